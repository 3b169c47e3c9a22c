import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { PhraseRecord } from '../../utils/db/types';
import { applyImport, readPackSnapshot } from '../../utils/packs/apply';
import { copyToPersonal } from '../../utils/db/phrase-writes';
import { planImport, type ImportMode, type ImportPlan } from '../../utils/packs/merge';
import { localizeIssue, type PackIssue } from '../../utils/packs/messages';
import { buildImportPreview, checkPackName } from '../../utils/packs/preview';
import type { PackV1 } from '../../utils/packs/schema';
import { computeSearchKeys } from '../../utils/search';
import { revealBidi } from '../../utils/packs/unicode';
import { checkFileSize, IMPORT_ACCEPT, readImportFile, type ImportKind } from './import-file';
import { ISSUES_SHOWN, type ManagerContext } from './shared';
import { RuleOverrideList } from './RuleOverrides';
import { ImportPreviewTable } from './ImportPreviewTable';
import { IssueList } from './IssueList';
import type { ManagedPolicy } from '../../utils/managed-policy';


interface Loaded {
  fileName: string;
  kind: ImportKind;
  pack: PackV1;
  rejected: PackIssue[];
  warnings: PackIssue[];
}

/** Yields to the browser so the progress bar repaints between chunks. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Edited phrases named in the import preview (the rest are counted). */
const LOCAL_EDITS_LISTED = 10;

export interface ImportPanelProps {
  ctx: ManagerContext;
  /** The administrator's managed policy (from the background); the plan leaves out what it refuses. */
  readPolicy(): Promise<ManagedPolicy>;
  /** The library's phrases, to count incoming phrases it already holds. */
  phrases: readonly PhraseRecord[];
}

export function ImportPanel({ ctx, readPolicy, phrases }: ImportPanelProps): JSX.Element {
  const { t, db, locale } = ctx;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  /** Keep the agent's edits of this pack's phrases as personal copies (see ImportPlan.localEdits). */
  const [keepEdits, setKeepEdits] = useState(true);
  const [errors, setErrors] = useState<{ fileName: string; issues: PackIssue[] } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState('');
  /** The pack's name as it will be installed (the lead may rename it here). */
  const [packName, setPackName] = useState('');
  const [nameTried, setNameTried] = useState(false);
  const preview = useMemo(() => (plan ? buildImportPreview(plan, phrases) : null), [plan, phrases]);
  const nameCheck = checkPackName(packName);

  async function makePlan(next: Loaded, nextMode: ImportMode): Promise<void> {
    const snapshot = await readPackSnapshot(db, next.pack.pack.id);
    if (snapshot.pack?.source === 'url') {
      setPlan(null);
      setErrors({ fileName: next.fileName, issues: [] });
      setResult(t('mgr.importSubscribed', { name: snapshot.pack.name }));
      return;
    }
    // Without an answer the preview follows the default (allowed); the background's tone:get still applies the policy.
    const policy = await readPolicy().catch(() => ({ allowBuiltInRuleOverrides: true }));
    setPlan(planImport(snapshot, next.pack, { mode: nextMode, invalid: next.rejected, allowBuiltInOverrides: policy.allowBuiltInRuleOverrides }));
  }

  async function onFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    setLoaded(null);
    setPlan(null);
    setErrors(null);
    setResult('');
    if (!file) return;
    // A file over the limit is refused before it is read into memory.
    const tooLarge = checkFileSize(file.size, locale);
    if (tooLarge) {
      setErrors({ fileName: file.name, issues: [tooLarge] });
      input.value = '';
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readImportFile(file.name, bytes, { locale, now: ctx.now() });
    if (!read.ok) {
      setErrors({ fileName: file.name, issues: read.errors });
      input.value = '';
      return;
    }
    const next: Loaded = { fileName: file.name, kind: read.kind, pack: read.pack, rejected: read.rejected, warnings: read.warnings };
    setMode('merge');
    setKeepEdits(true);
    setPackName(next.pack.pack.name);
    setNameTried(false);
    setLoaded(next);
    await makePlan(next, 'merge');
  }

  async function commit(base: ImportPlan | null): Promise<void> {
    if (!loaded || !base) return;
    setNameTried(true);
    if (!nameCheck.ok) return;
    const plan = { ...base, meta: { ...base.meta, name: nameCheck.name } };
    const total = plan.phrases.length;
    setProgress({ done: 0, total });
    try {
      // Search keys are the slow part: compute them in chunks (the bar moves), then write everything in one transaction.
      const keys = new Map<string, unknown>();
      const CHUNK = 400;
      for (let i = 0; i < total; i += CHUNK) {
        for (const p of plan.phrases.slice(i, i + CHUNK)) keys.set(p.id, computeSearchKeys(p));
        setProgress({ done: Math.min(total, i + CHUNK), total });
        await tick();
      }
      const now = ctx.now();
      // One transaction: the agent's versions are copied and the pack applied together, or neither.
      // What to keep is decided inside it from the library as it is then (an edit made after the
      // preview is kept too), as are pins and uses.
      const applied = await applyImport(db, plan, {
        now,
        source: 'file',
        computeKeys: (p) => keys.get(p.id) ?? computeSearchKeys(p),
        ...(keepEdits
          ? { keepLocalEdits: (edits) => copyToPersonal(db, edits.map((p) => p.id), { now, defaultGroupName: t('mgr.myPhrases'), suffix: t('mgr.myVersion') }) }
          : {}),
      });
      const kept = applied.keptLocalEdits;
      const done = t('mgr.importDone', {
        name: plan.meta.name,
        added: applied.added,
        updated: applied.updated,
        unchanged: applied.unchanged,
        removed: applied.removed,
      });
      // Announced once, here by the import (not also in the page's toast).
      setResult(kept > 0 ? `${done} ${t('mgr.keptLocalEdits', { count: kept })}` : done);
      setLoaded(null);
      setPlan(null);
    } catch (error) {
      setResult(t('mgr.importFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setProgress(null);
    }
  }

  const counts = plan?.counts;
  /** Custom tone rules the pack carries (a pack may hold rules only). */
  const rules = plan?.rules?.length ?? 0;
  return (
    <section aria-labelledby="import-h" class="panel">
      <h2 id="import-h">{t('mgr.import')}</h2>
      <p class="muted">{t('mgr.importHelp')}</p>
      <label class="file">
        {t('mgr.importFile')}
        <input type="file" accept={IMPORT_ACCEPT} onChange={(e) => void onFile(e.currentTarget)} disabled={progress !== null} />
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
      {loaded && plan && counts && (
        <form
          class="preview-box"
          aria-label={t('mgr.importPreview')}
          onSubmit={(e) => {
            e.preventDefault();
            void commit(plan);
          }}
        >
          <h3>{t('mgr.importPreviewOf', { name: plan.meta.name, file: loaded.fileName })}</h3>
          <label>
            {t('mgr.packName')}
            <input
              value={packName}
              size={40}
              onInput={(e) => setPackName(e.currentTarget.value)}
              {...(nameTried && !nameCheck.ok ? { 'aria-invalid': true, 'aria-describedby': 'import-name-err' } : {})}
            />
          </label>
          {nameTried && !nameCheck.ok && (
            <span id="import-name-err" class="field-error">
              {t(nameCheck.problem === 'empty' ? 'mgrd.packNameEmpty' : 'mgrd.packNameTooLong')}
            </span>
          )}
          <p class="muted">
            {t('mgr.packId')}: <code>{plan.packId}</code> · {t(`mgr.kind.${loaded.kind}`)}
            {plan.existingPack ? ` · ${t('mgr.importOver')}` : ` · ${t('mgr.importFirst')}`}
          </p>
          <dl class="counts" aria-label={t('mgr.importCounts')}>
            {(['new', 'updated', 'unchanged', 'removed', 'invalid'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`mgr.count.${k}`)}</dt>
                <dd data-count={k}>{counts[k]}</dd>
              </div>
            ))}
            {rules > 0 && (
              <div>
                <dt>{t('mgr.count.rules')}</dt>
                <dd data-count="rules">{rules}</dd>
              </div>
            )}
          </dl>
          {preview && (
            <>
              <p data-duplicates={preview.duplicates}>
                {preview.duplicates > 0 ? t('mgrd.duplicates', { count: preview.duplicates }) : t('mgrd.noDuplicates')}
              </p>
              {preview.shortcutClashes > 0 && (
                <p class="warn" data-shortcut-clashes={preview.shortcutClashes}>
                  {t('mgrd.shortcutClashes', { count: preview.shortcutClashes })}
                </p>
              )}
              <ImportPreviewTable t={t} locale={locale} preview={preview} />
            </>
          )}
          <IssueList issues={plan.invalid.map((i) => localizeIssue(i, locale))} label={t('mgr.invalidReasons', { count: plan.invalid.length })} />
          <IssueList issues={loaded.warnings.map((i) => localizeIssue(i, locale))} label={t('mgr.warnings', { count: loaded.warnings.length })} />
          <RuleOverrideList overrides={plan.ruleOverrides} t={t} locale={locale} />
          {plan.localEdits.length > 0 && (
            <div class="local-edits" role="group" aria-label={t('mgr.keepLocalEdits')}>
              <p>{t('mgr.localEdits', { count: plan.localEdits.length })}</p>
              <ul>
                {plan.localEdits.slice(0, LOCAL_EDITS_LISTED).map((p) => (
                  <li key={p.id}>{revealBidi(p.title)}</li>
                ))}
                {plan.localEdits.length > LOCAL_EDITS_LISTED && <li>…</li>}
              </ul>
              <label>
                <input type="checkbox" checked={keepEdits} onChange={(e) => setKeepEdits(e.currentTarget.checked)} />
                {t('mgr.keepLocalEdits')}
              </label>
            </div>
          )}
          <fieldset>
            <legend>{t('mgr.importMode')}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === 'merge'}
                onChange={() => {
                  setMode('merge');
                  void makePlan(loaded, 'merge');
                }}
              />
              {t('mgr.modeMerge')}
            </label>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === 'replace'}
                onChange={() => {
                  setMode('replace');
                  void makePlan(loaded, 'replace');
                }}
              />
              {t('mgr.modeReplace')}
            </label>
          </fieldset>
          <div class="row">
            <button type="submit" class="primary" disabled={progress !== null || (plan.phrases.length === 0 && rules === 0)}>
              {rules > 0 ? t('mgr.importCommitRules', { count: plan.phrases.length, rules }) : t('mgr.importCommit', { count: plan.phrases.length })}
            </button>
            <button
              type="button"
              onClick={() => {
                setLoaded(null);
                setPlan(null);
              }}
            >
              {t('mgr.cancel')}
            </button>
          </div>
        </form>
      )}
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
