import { useMemo, useState } from 'preact/hooks';
import type { PhraseRecord } from '../../utils/db/types';
import { applyImport, readPackSnapshot } from '../../utils/packs/apply';
import { copyToPersonal } from '../../utils/db/phrase-writes';
import { planImport, type ImportMode, type ImportPlan, type PlannedPhrase } from '../../utils/packs/merge';
import type { PackIssue } from '../../utils/packs/messages';
import { buildImportPreview, checkPackName } from '../../utils/packs/preview';
import type { PackV1 } from '../../utils/packs/schema';
import { computeSearchKeys } from '../../utils/search';
import { checkFileSize, readImportFile, type ImportKind } from './import-file';
import type { ManagerContext } from './shared';
import type { ManagedPolicy } from '../../utils/managed-policy';

export interface Loaded {
  fileName: string;
  kind: ImportKind;
  pack: PackV1;
  rejected: PackIssue[];
  warnings: PackIssue[];
}

/** Yields to the browser so the progress bar repaints between chunks. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Phrases whose search keys are computed between two repaints of the progress bar. */
const CHUNK = 400;

/** Search keys are the slow part of an import: computed in chunks (the bar moves between them). */
async function keysInChunks(phrases: readonly PlannedPhrase[], onProgress: (done: number) => void): Promise<Map<string, unknown>> {
  const keys = new Map<string, unknown>();
  for (let i = 0; i < phrases.length; i += CHUNK) {
    for (const p of phrases.slice(i, i + CHUNK)) keys.set(p.id, computeSearchKeys(p));
    onProgress(Math.min(phrases.length, i + CHUNK));
    await tick();
  }
  return keys;
}

/** The import's state: the file read, its plan and preview, the mode, the name, progress and the result. */
export function useImport(ctx: ManagerContext, readPolicy: () => Promise<ManagedPolicy>, phrases: readonly PhraseRecord[]) {
  const { t, db, locale } = ctx;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [mode, setModeState] = useState<ImportMode>('merge');
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

  /** Refuses the file (nothing changed) and clears the input so the same file can be chosen again. */
  function refuse(input: HTMLInputElement, fileName: string, issues: PackIssue[]): void {
    setErrors({ fileName, issues });
    input.value = '';
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
    if (tooLarge) return refuse(input, file.name, [tooLarge]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readImportFile(file.name, bytes, { locale, now: ctx.now() });
    if (!read.ok) return refuse(input, file.name, read.errors);
    const next: Loaded = { fileName: file.name, kind: read.kind, pack: read.pack, rejected: read.rejected, warnings: read.warnings };
    setModeState('merge');
    setKeepEdits(true);
    setPackName(next.pack.pack.name);
    setNameTried(false);
    setLoaded(next);
    await makePlan(next, 'merge');
  }

  async function apply(plan: ImportPlan): Promise<string> {
    const total = plan.phrases.length;
    setProgress({ done: 0, total });
    const keys = await keysInChunks(plan.phrases, (done) => setProgress({ done, total }));
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
    const done = t('mgr.importDone', {
      name: plan.meta.name,
      added: applied.added,
      updated: applied.updated,
      unchanged: applied.unchanged,
      removed: applied.removed,
    });
    const kept = applied.keptLocalEdits;
    return kept > 0 ? `${done} ${t('mgr.keptLocalEdits', { count: kept })}` : done;
  }

  async function commit(): Promise<void> {
    if (!loaded || !plan) return;
    setNameTried(true);
    if (!nameCheck.ok) return;
    try {
      // Announced once, here by the import (not also in the page's toast).
      setResult(await apply({ ...plan, meta: { ...plan.meta, name: nameCheck.name } }));
      setLoaded(null);
      setPlan(null);
    } catch (error) {
      setResult(t('mgr.importFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setProgress(null);
    }
  }

  function setMode(next: ImportMode): void {
    setModeState(next);
    if (loaded) void makePlan(loaded, next);
  }

  function cancel(): void {
    setLoaded(null);
    setPlan(null);
  }

  return { loaded, plan, preview, mode, setMode, keepEdits, setKeepEdits, errors, progress, result, packName, setPackName, nameTried, nameCheck, onFile, commit, cancel };
}

export type ImportState = ReturnType<typeof useImport>;
