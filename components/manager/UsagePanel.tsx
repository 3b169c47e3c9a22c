import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import { usageText } from '../../utils/locales/usage';
import { titleOrDerived } from '../../utils/packs/title';
import { formatTime, groupLabel, packLabel, type ManagerContext } from './shared';
import { TeamUsage } from './TeamUsage';
import { usageCsv, usageReport } from './usage';
import { UsageInsights, type UsageRow } from './UsageInsights';

export function UsagePanel({ ctx, library }: { ctx: ManagerContext; library: LibraryData }): JSX.Element {
  const { t, locale } = ctx;
  const report = useMemo(
    () =>
      usageReport(library.phrases, library.groups, library.packs, {
        personal: t('mgr.myPhrases'),
        groupName: (id) => id,
      }),
    [library, t],
  );

  const ut = useMemo(() => usageText(locale), [locale]);
  const mine = useMemo((): UsageRow[] => {
    const packs = new Map(library.packs.map((p) => [p.id, p]));
    const groups = new Map(library.groups.map((g) => [g.id, g]));
    return library.phrases.map((p) => ({
      key: p.id,
      title: titleOrDerived(p),
      where: `${packLabel(t, packs, p.packId)} / ${groupLabel(t, groups, p.group)}`,
      counts: { inserted: p.usageCount, outcomes: p.outcomes, lastUsedAt: p.lastUsedAt },
    }));
  }, [library, t]);

  function exportCsv(): void {
    const csv = usageCsv(report, {
      kind: t('mgr.usage.kind'),
      phrase: t('mgr.field.title'),
      group: t('mgr.field.group'),
      pack: t('mgr.pack'),
      uses: t('mgr.uses'),
      lastUsed: t('mgr.lastUsed'),
      phraseKind: t('mgr.usage.phrase'),
      groupKind: t('mgr.usage.group'),
    });
    ctx.download(`huashu-usage-${new Date(ctx.now()).toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
  }

  return (
    <section aria-labelledby="usage-h" class="panel">
      <h2 id="usage-h">{t('mgr.usage')}</h2>
      <p>
        {t('mgr.usageTotal', { count: report.total })}{' '}
        <button type="button" onClick={exportCsv}>
          {t('mgr.usageExport')}
        </button>
      </p>
      <section aria-labelledby="usage-mine-h">
        <h3 id="usage-mine-h">{ut('use.mine')}</h3>
        <UsageInsights id="usage-mine" rows={mine} now={ctx.now()} t={ut} locale={locale} />
      </section>
      <TeamUsage ctx={ctx} library={library} ut={ut} />
      <h3 id="usage-groups">{t('mgr.usage.byGroup')}</h3>
      <table aria-labelledby="usage-groups">
        <thead>
          <tr>
            <th scope="col">{t('mgr.field.group')}</th>
            <th scope="col">{t('mgr.pack')}</th>
            <th scope="col">{t('mgr.usage.usedOf')}</th>
            <th scope="col">{t('mgr.uses')}</th>
            <th scope="col">{t('mgr.lastUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((g) => (
            <tr key={g.id}>
              <td>{g.name}</td>
              <td>{g.pack}</td>
              <td>{`${g.used} / ${g.phrases}`}</td>
              <td>{g.uses}</td>
              <td>{formatTime(g.lastUsedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
