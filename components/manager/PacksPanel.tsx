import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { PERSONAL } from '../../utils/db/types';
import { removePack, setPackHidden } from '../../utils/packs/apply';
import { exportPackFromDb, exportSelectionFromDb } from '../../utils/packs/export';
import { lintForSharing, type LintRow } from './lint';
import type { LibraryData } from '../../utils/db/library';
import { packLabel, type ManagerContext } from './shared';
import { useLibraryDay } from '../useLibraryDay';

type PanelProps = { ctx: ManagerContext; library: LibraryData };

/** The library's packs (show, hide, remove a file's pack) and the pack lint. */
export function PacksPanel(props: PanelProps): JSX.Element {
  return (
    <>
      <PackCards {...props} />
      <PackLint {...props} />
    </>
  );
}

/** Phrases per pack id. */
function countByPack(library: LibraryData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of library.phrases) counts.set(p.packId, (counts.get(p.packId) ?? 0) + 1);
  return counts;
}

function PackCards({ ctx, library }: PanelProps): JSX.Element {
  const { t, db } = ctx;
  const counts = countByPack(library);
  const [confirm, setConfirm] = useState<string | null>(null);
  return (
    <section aria-labelledby="packs-h" class="panel">
      <h2 id="packs-h">{t('options.packs')}</h2>
      <ul class="cards">
        {library.packs.map((pack) => (
          <li key={pack.id} aria-label={pack.name}>
            <h3>
              {pack.name} <span class="badge">{t(`mgr.source.${pack.source}`)}</span>
              {pack.hidden && <span class="badge">{t('mgr.hidden')}</span>}
            </h3>
            <p class="muted">
              <code>{pack.id}</code> · {t('options.phrases', { count: counts.get(pack.id) ?? 0 })}
              {pack.updatedAt ? ` · ${pack.updatedAt}` : ''}
              {pack.author ? ` · ${pack.author}` : ''}
            </p>
            {pack.description && <p>{pack.description}</p>}
            <div class="row">
              <button type="button" aria-label={`${pack.hidden ? t('options.showPack') : t('options.hidePack')} ${pack.name}`} onClick={() => void setPackHidden(db, pack.id, !pack.hidden)}>
                {pack.hidden ? t('options.showPack') : t('options.hidePack')}
              </button>
              {pack.source === 'file' &&
                (confirm === pack.id ? (
                  <>
                    <span>{t('mgr.removePackAsk', { count: counts.get(pack.id) ?? 0 })}</span>
                    <button
                      type="button"
                      class="danger"
                      onClick={() =>
                        void removePack(db, pack.id).then(() => {
                          setConfirm(null);
                          ctx.notify(t('mgr.packRemoved', { name: pack.name }));
                        })
                      }
                    >
                      {t('mgr.removePack')}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {t('mgr.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" aria-label={`${t('mgr.removePack')} ${pack.name}`} onClick={() => setConfirm(pack.id)}>
                    {t('mgr.removePack')}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Lints a pack as it would be shared (my phrases or any pack) and lists what it finds. */
function PackLint({ ctx, library }: PanelProps): JSX.Element {
  const { t, db, locale } = ctx;
  const packs = new Map(library.packs.map((p) => [p.id, p]));
  const [lintTarget, setLintTarget] = useState<string>(PERSONAL);
  const [findings, setFindings] = useState<LintRow[] | null>(null);
  const today = useLibraryDay(db, ctx.now);

  async function runLint(): Promise<void> {
    const pack =
      lintTarget === PERSONAL
        ? await exportSelectionFromDb(
            db,
            library.phrases.filter((p) => p.packId === PERSONAL).map((p) => p.id),
            { id: 'my-phrases', name: t('mgr.myPhrases') },
          )
        : await exportPackFromDb(db, lintTarget);
    setFindings(pack ? lintForSharing(pack, locale, today ?? undefined) : []);
  }

  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  return (
    <section aria-labelledby="lint-h" class="panel">
      <h2 id="lint-h">{t('mgr.lint')}</h2>
      <p class="muted">{t('mgr.lintHelp')}</p>
      <div class="row">
        <label>
          {t('mgr.pack')}
          <select value={lintTarget} onChange={(e) => setLintTarget(e.currentTarget.value)}>
            {[PERSONAL, ...library.packs.map((p) => p.id)].map((id) => (
              <option key={id} value={id}>
                {packLabel(t, packs, id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={() => void runLint()}>
          {t('mgr.lintRun')}
        </button>
      </div>
      {findings && (
        <div role="status">
          <p>{findings.length === 0 ? t('mgr.lintClean') : t('mgr.lintSummary', { count: findings.length, errors })}</p>
          {findings.length > 0 && (
            <table class="lint-table">
              <thead>
                <tr>
                  <th scope="col">{t('mgr.lintLevel')}</th>
                  <th scope="col">{t('mgr.field.title')}</th>
                  <th scope="col">{t('mgr.lintProblem')}</th>
                  <th scope="col">{t('mgr.lintSuggestion')}</th>
                </tr>
              </thead>
              <tbody>
                {findings.slice(0, 500).map((f, i) => (
                  <tr key={i} class={f.severity}>
                    <td>{t(f.severity === 'error' ? 'tone.error' : f.severity === 'warning' ? 'tone.warning' : 'tone.hint')}</td>
                    <td>{f.phrase || '—'}</td>
                    <td>
                      {f.message} <code class="muted">{f.ruleId}</code>
                    </td>
                    <td>{f.suggestion ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
