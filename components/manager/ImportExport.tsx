import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { PERSONAL } from '../../utils/db/types';
import type { PhraseRecord } from '../../utils/db/types';
import { applyImport, readPackSnapshot } from '../../utils/packs/apply';
import { copyToPersonal } from './ops';
import { exportCsv, exportGroupFromDb, exportLibraryFromDb, exportPackFromDb, exportSelectionFromDb, serializePack } from '../../utils/packs/export';
import { planImport, type ImportMode, type ImportPlan } from '../../utils/packs/merge';
import { localizeIssue, type PackIssue } from '../../utils/packs/messages';
import { checkQianniuLimits } from '../../utils/packs/qianniu';
import { PackMetaSchema, type PackV1 } from '../../utils/packs/schema';
import { computeSearchKeys } from '../../utils/search';
import { revealBidi } from '../../utils/packs/unicode';
import * as v from 'valibot';
import { checkFileSize, IMPORT_ACCEPT, readImportFile, type ImportKind } from './import-file';
import { groupTree, packLabel, type LibraryData, type ManagerContext } from './shared';

const ISSUES_SHOWN = 50;

function IssueList({ issues, label }: { issues: readonly PackIssue[]; label: string }): JSX.Element | null {
  if (issues.length === 0) return null;
  return (
    <details open={issues.length <= 10}>
      <summary>{label}</summary>
      <ul class="issues">
        {issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
          <li key={`${issue.path}-${i}`}>{issue.message}</li>
        ))}
        {issues.length > ISSUES_SHOWN && <li>…</li>}
      </ul>
    </details>
  );
}

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

export function ImportPanel({ ctx }: { ctx: ManagerContext }): JSX.Element {
  const { t, db, locale } = ctx;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  /** Keep the agent's edits of this pack's phrases as personal copies (see ImportPlan.localEdits). */
  const [keepEdits, setKeepEdits] = useState(true);
  const [errors, setErrors] = useState<{ fileName: string; issues: PackIssue[] } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState('');

  async function makePlan(next: Loaded, nextMode: ImportMode): Promise<void> {
    const snapshot = await readPackSnapshot(db, next.pack.pack.id);
    if (snapshot.pack?.source === 'url') {
      setPlan(null);
      setErrors({ fileName: next.fileName, issues: [] });
      setResult(t('mgr.importSubscribed', { name: snapshot.pack.name }));
      return;
    }
    setPlan(planImport(snapshot, next.pack, { mode: nextMode, invalid: next.rejected }));
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
    setLoaded(next);
    await makePlan(next, 'merge');
  }

  async function commit(): Promise<void> {
    if (!loaded || !plan) return;
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
      const summary = kept > 0 ? `${done} ${t('mgr.keptLocalEdits', { count: kept })}` : done;
      setResult(summary);
      ctx.notify(summary);
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
            void commit();
          }}
        >
          <h3>{t('mgr.importPreviewOf', { name: plan.meta.name, file: loaded.fileName })}</h3>
          <p class="muted">
            {t('mgr.packId')}: <code>{plan.packId}</code> · {t(`mgr.kind.${loaded.kind}`)}
            {plan.existingPack ? ` · ${t('mgr.importOver')}` : ` · ${t('mgr.importFirst')}`}
          </p>
          <dl class="counts" aria-label={t('mgr.importCounts')}>
            <div>
              <dt>{t('mgr.count.new')}</dt>
              <dd data-count="new">{counts.new}</dd>
            </div>
            <div>
              <dt>{t('mgr.count.updated')}</dt>
              <dd data-count="updated">{counts.updated}</dd>
            </div>
            <div>
              <dt>{t('mgr.count.unchanged')}</dt>
              <dd data-count="unchanged">{counts.unchanged}</dd>
            </div>
            <div>
              <dt>{t('mgr.count.removed')}</dt>
              <dd data-count="removed">{counts.removed}</dd>
            </div>
            <div>
              <dt>{t('mgr.count.invalid')}</dt>
              <dd data-count="invalid">{counts.invalid}</dd>
            </div>
            {rules > 0 && (
              <div>
                <dt>{t('mgr.count.rules')}</dt>
                <dd data-count="rules">{rules}</dd>
              </div>
            )}
          </dl>
          <IssueList issues={plan.invalid.map((i) => localizeIssue(i, locale))} label={t('mgr.invalidReasons', { count: plan.invalid.length })} />
          <IssueList issues={loaded.warnings.map((i) => localizeIssue(i, locale))} label={t('mgr.warnings', { count: loaded.warnings.length })} />
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

export type ExportScope = 'library' | 'group' | 'selection' | 'pack';

export interface ExportPanelProps {
  ctx: ManagerContext;
  library: LibraryData;
  selection: ReadonlySet<string>;
  initialScope?: ExportScope;
}

export function ExportPanel({ ctx, library, selection, initialScope }: ExportPanelProps): JSX.Element {
  const { t, db, locale } = ctx;
  const [scope, setScope] = useState<ExportScope>(initialScope ?? 'library');
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [groupId, setGroupId] = useState('');
  const [packId, setPackId] = useState('');
  const [metaId, setMetaId] = useState('my-phrases');
  const [metaName, setMetaName] = useState(t('mgr.myPhrases'));
  const [messages, setMessages] = useState<PackIssue[]>([]);
  const [status, setStatus] = useState('');
  const packs = new Map(library.packs.map((p) => [p.id, p]));
  const packIds = [PERSONAL, ...library.packs.map((p) => p.id)];
  const tree = packIds.flatMap((id) => groupTree(library.groups.filter((g) => g.packId === id)).map((e) => ({ ...e, packId: id })));

  async function build(): Promise<PackV1 | null> {
    if (scope === 'pack') {
      if (packId === '') return null;
      if (packId === PERSONAL) {
        const phrases = library.phrases.filter((p) => p.packId === PERSONAL).map((p: PhraseRecord) => p.id);
        return exportSelectionFromDb(db, phrases, meta());
      }
      return exportPackFromDb(db, packId);
    }
    if (scope === 'group') return groupId === '' ? null : exportGroupFromDb(db, groupId, meta());
    if (scope === 'selection') return exportSelectionFromDb(db, [...selection], meta());
    return exportLibraryFromDb(db, meta());
  }

  function meta() {
    return { id: metaId.trim(), name: metaName.trim(), updatedAt: new Date(ctx.now()).toISOString() };
  }

  async function onExport(e: Event): Promise<void> {
    e.preventDefault();
    setMessages([]);
    setStatus('');
    if (scope !== 'pack' || packId === PERSONAL) {
      const checked = v.safeParse(PackMetaSchema, meta());
      if (!checked.success) {
        setStatus(t('mgr.exportBadMeta'));
        return;
      }
    }
    const pack = await build();
    if (!pack) {
      setStatus(t('mgr.exportNothing'));
      return;
    }
    if (format === 'csv') {
      const report = checkQianniuLimits(pack, locale);
      setMessages(report.issues);
      ctx.download(`${pack.pack.id}.csv`, exportCsv(pack, { locale }), 'text/csv;charset=utf-8');
    } else {
      ctx.download(`${pack.pack.id}.json`, serializePack(pack), 'application/json');
    }
    setStatus(t('mgr.exported', { count: pack.phrases.length, file: `${pack.pack.id}.${format}` }));
  }

  const needsMeta = scope !== 'pack' || packId === PERSONAL;
  return (
    <section aria-labelledby="export-h" class="panel">
      <h2 id="export-h">{t('mgr.export')}</h2>
      <form onSubmit={(e) => void onExport(e)}>
        <fieldset>
          <legend>{t('mgr.exportWhat')}</legend>
          {(['library', 'group', 'selection', 'pack'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="scope" checked={scope === s} disabled={s === 'selection' && selection.size === 0} onChange={() => setScope(s)} />
              {s === 'selection' ? t('mgr.scope.selection', { count: selection.size }) : t(`mgr.scope.${s}`)}
            </label>
          ))}
        </fieldset>
        {scope === 'group' && (
          <label>
            {t('mgr.field.group')}
            <select value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
              <option value="">—</option>
              {tree.map(({ group, depth, packId: p }) => (
                <option key={group.id} value={group.id}>{`${'  '.repeat(depth)}${group.name} (${packLabel(t, packs, p)})`}</option>
              ))}
            </select>
          </label>
        )}
        {scope === 'pack' && (
          <label>
            {t('mgr.pack')}
            <select value={packId} onChange={(e) => setPackId(e.currentTarget.value)}>
              <option value="">—</option>
              {packIds.map((id) => (
                <option key={id} value={id}>
                  {packLabel(t, packs, id)}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsMeta && (
          <div class="row">
            <label>
              {t('mgr.packId')}
              <input value={metaId} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" onInput={(e) => setMetaId(e.currentTarget.value)} />
            </label>
            <label>
              {t('mgr.packName')}
              <input value={metaName} onInput={(e) => setMetaName(e.currentTarget.value)} />
            </label>
          </div>
        )}
        <fieldset>
          <legend>{t('mgr.exportFormat')}</legend>
          <label>
            <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
            {t('mgr.formatJson')}
          </label>
          <label>
            <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            {t('mgr.formatCsv')}
          </label>
        </fieldset>
        <button type="submit" class="primary">
          {t('mgr.exportButton')}
        </button>
      </form>
      {messages.length > 0 && (
        <div class="warn-box" role="alert">
          <strong>{t('mgr.qianniuWarnings')}</strong>
          <ul class="issues">
            {messages.slice(0, ISSUES_SHOWN).map((m, i) => (
              <li key={i}>{m.message}</li>
            ))}
          </ul>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
