import type { JSX } from 'preact';
import type { PhraseRecord } from '../../utils/db/types';
import { localizeIssue } from '../../utils/packs/messages';
import { IMPORT_ACCEPT } from './import-file';
import { ISSUES_SHOWN, type ManagerContext } from './shared';
import { ImportPreview } from './ImportPreview';
import { useImport } from './useImport';
import type { ManagedPolicy } from '../../utils/managed-policy';

export interface ImportPanelProps {
  ctx: ManagerContext;
  /** The administrator's managed policy (from the background); the plan leaves out what it refuses. */
  readPolicy(): Promise<ManagedPolicy>;
  /** The library's phrases, to count incoming phrases it already holds. */
  phrases: readonly PhraseRecord[];
}

/** Import a pack file: choose it, see what it would do (preview), commit it in one step with progress. */
export function ImportPanel({ ctx, readPolicy, phrases }: ImportPanelProps): JSX.Element {
  const { t, locale } = ctx;
  const state = useImport(ctx, readPolicy, phrases);
  const { errors, progress, result } = state;
  return (
    <section aria-labelledby="import-h" class="panel">
      <h2 id="import-h">{t('mgr.import')}</h2>
      <p class="muted">{t('mgr.importHelp')}</p>
      <label class="file">
        {t('mgr.importFile')}
        <input type="file" accept={IMPORT_ACCEPT} onChange={(e) => void state.onFile(e.currentTarget)} disabled={progress !== null} />
      </label>
      {errors && errors.issues.length > 0 && (
        <div role="alert" class="error-box">
          <strong>{t('mgr.importRejected', { file: errors.fileName })}</strong>
          <ul class="issues">
            {errors.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
              <li key={i}>{localizeIssue(issue, locale).message}</li>
            ))}
          </ul>
          <p>{t('mgr.nothingChanged')}</p>
        </div>
      )}
      <ImportPreview state={state} t={t} locale={locale} />
      {progress && (
        <label class="progress">
          {t('mgr.importing', { done: progress.done, total: progress.total })}
          <progress max={progress.total || 1} value={progress.done} />
        </label>
      )}
      {result && <p role="status">{result}</p>}
    </section>
  );
}
