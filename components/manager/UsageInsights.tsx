import type { JSX } from 'preact';
import { EDITED_MIN_SENDS, IDLE_DAYS, meanChange, usageInsights, type UsageCounts } from '../../utils/usage/insights';
import { NO_OUTCOMES } from '../../utils/usage/outcomes';
import type { UsageTranslate } from '../../utils/locales/usage';
import type { UiLocale } from '../../utils/settings';

/** One phrase as the usage lists show it (a phrase of this library, or of the team's files). */
export interface UsageRow {
  key: string;
  title: string;
  where: string;
  counts: UsageCounts;
  /** Team view: how many agents' files used it. */
  agents?: number;
}

const IDLE_SHOWN = 50;
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const day = (ms: number | null, locale: UiLocale, never: string) => (ms === null ? never : new Date(ms).toLocaleDateString(locale));

function Table({ id, caption, rows, t, locale }: { id: string; caption: string; rows: readonly UsageRow[]; t: UsageTranslate; locale: UiLocale }): JSX.Element {
  return (
    <>
      <h4 id={id}>{caption}</h4>
      <Rows id={id} rows={rows} t={t} locale={locale} />
    </>
  );
}

function Rows({ id, rows, t, locale }: { id: string; rows: readonly UsageRow[]; t: UsageTranslate; locale: UiLocale }): JSX.Element {
  const team = rows.some((r) => r.agents !== undefined);
  return (
    <>
      {rows.length === 0 ? (
        <p>{t('use.none')}</p>
      ) : (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('use.col.phrase')}</th>
              <th scope="col">{t('use.col.where')}</th>
              {team ? <th scope="col">{t('use.col.agents')}</th> : null}
              <th scope="col">{t('use.col.inserted')}</th>
              <th scope="col">{t('use.col.outcomes')}</th>
              <th scope="col">{t('use.col.change')}</th>
              <th scope="col">{t('use.col.last')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const o = r.counts.outcomes ?? NO_OUTCOMES;
              return (
                <tr key={r.key}>
                  <td>{r.title}</td>
                  <td>{r.where}</td>
                  {team ? <td>{r.agents ?? 0}</td> : null}
                  <td>{r.counts.inserted}</td>
                  <td>{`${o.asIs} / ${o.edited} / ${o.removed}`}</td>
                  <td>{percent(meanChange(o))}</td>
                  <td>{day(r.counts.lastUsedAt, locale, t('use.never'))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Most used, usually edited before sending, and not used in 30 days: for one library or for the team. */
export function UsageInsights({ id, rows, now, t, locale }: { id: string; rows: readonly UsageRow[]; now: number; t: UsageTranslate; locale: UiLocale }): JSX.Element {
  const insights = usageInsights(rows, (r) => r.counts, now);
  const hidden = insights.idle.length - IDLE_SHOWN;
  return (
    <div class="usage-insights">
      <Table id={`${id}-most`} caption={t('use.mostUsed')} rows={insights.mostUsed} t={t} locale={locale} />
      <Table id={`${id}-edited`} caption={t('use.edited')} rows={insights.usuallyEdited} t={t} locale={locale} />
      <p class="hint">{t('use.editedNote', { min: EDITED_MIN_SENDS })}</p>
      {/* Often most of the library: folded until the lead asks for it. */}
      <details>
        <summary id={`${id}-idle`}>{t('use.idle', { days: IDLE_DAYS, count: insights.idle.length })}</summary>
        <Rows id={`${id}-idle`} rows={insights.idle.slice(0, IDLE_SHOWN)} t={t} locale={locale} />
        {hidden > 0 ? <p>{t('use.idleMore', { count: hidden })}</p> : null}
      </details>
    </div>
  );
}
