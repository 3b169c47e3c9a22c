import type { HuashuDB } from '../db/database';
import { copyVariants } from './variants';
import type { GroupRecord, PackRecord, PackSource, PhraseRecord } from '../db/types';
import { PERSONAL } from '../db/types';
import { revOf } from '../db/revision';
import { changedFields, findLocalEdits, planImport, type ImportPlan, type PlannedPhrase } from './merge';
import type { PackIssue, PackLocale } from './messages';
import { parsePack, type PackV1 } from './schema';
import { datedFields, type DatedField } from '../validity/fields';

export interface ApplyOptions {
  /** Precomputes search keys for a new or changed phrase (stored opaque in `keys`); gets its group record too. */
  computeKeys?: (phrase: PhraseRecord, group: GroupRecord | undefined) => unknown;
  /** Clock (ms since epoch); default Date.now(). */
  now?: number;
  /** Where the pack came from; default: the source already recorded, else 'file'. */
  source?: PackSource;
  /** Extra pack record fields to set in the same transaction (subscription url, etag…). */
  packFields?: Partial<Omit<PackRecord, 'id'>>;
  /**
   * Keep the agent's edits: called inside the import's transaction, before anything is written,
   * with the phrases edited since the last import that this import would overwrite or remove, as
   * they are at that moment (an edit made after the preview is included). It may copy them.
   */
  keepLocalEdits?: (edits: PhraseRecord[]) => Promise<unknown>;
}

export interface ApplyResult {
  packId: string;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  groupsWritten: number;
  groupsRemoved: number;
  /** Phrases handed to `keepLocalEdits` (0 without it). */
  keptLocalEdits: number;
}

/**
 * Writes an import plan in ONE read-write transaction over phrases, groups and packs: if anything
 * fails, Dexie aborts the transaction and the library is exactly as it was.
 * The diff is recomputed inside the transaction from the records as they are then, so a pin or a
 * use recorded between the preview and the click is kept.
 */
export async function applyImport(db: HuashuDB, plan: ImportPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  if (plan.packId === PERSONAL) throw new Error('The personal pack id cannot be imported over.');
  return db.transaction('rw', db.phrases, db.groups, db.packs, () => writePlan(db, plan, options));
}

async function writePlan(db: HuashuDB, plan: ImportPlan, options: ApplyOptions): Promise<ApplyResult> {
  const now = options.now ?? Date.now();
  const packId = plan.packId;
  const [currentPhrases, currentGroups, currentPack] = await Promise.all([
    db.phrases.where('packId').equals(packId).toArray(),
    db.groups.where('packId').equals(packId).toArray(),
    db.packs.get(packId),
  ]);
  const currentById = new Map(currentPhrases.map((p) => [p.id, p]));
  const localEdits = options.keepLocalEdits === undefined ? [] : findLocalEdits(currentPhrases, currentPack, plan.phrases);
  if (localEdits.length > 0) await options.keepLocalEdits?.(localEdits);
  const keep = plan.mode === 'merge';
  const groupById = new Map(plan.groups.map((g) => [g.id, g]));
  const keyed = options.computeKeys;
  const keyOptions: ApplyOptions = {
    ...options,
    ...(keyed === undefined ? {} : { computeKeys: (p: PhraseRecord) => keyed(p, groupById.get(p.group)) }),
  };

  const toWrite: PhraseRecord[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const plannedIds = new Set<string>();
  for (const planned of plan.phrases) {
    plannedIds.add(planned.id);
    const before = keep ? currentById.get(planned.id) : undefined;
    if (before === undefined) {
      added++;
      toWrite.push(newRecord(planned, packId, now, keyOptions));
      continue;
    }
    const changed = changedFields(before, planned).length > 0;
    if (changed) updated++;
    else unchanged++;
    if (changed || before.order !== planned.order || before.keys === undefined) {
      toWrite.push(keptRecord(before, planned, changed ? now : before.updatedAt, changed, keyOptions));
    }
  }
  const removedIds = keep
    ? currentPhrases.filter((p) => !plannedIds.has(p.id)).map((p) => p.id)
    : currentPhrases.map((p) => p.id).filter((id) => !plannedIds.has(id));
  const removed = keep ? removedIds.length : currentPhrases.length;

  const plannedGroupIds = new Set(plan.groups.map((g) => g.id));
  const groupsToRemove = currentGroups.filter((g) => !plannedGroupIds.has(g.id)).map((g) => g.id);

  await db.phrases.bulkDelete(removedIds);
  await db.phrases.bulkPut(toWrite);
  await db.groups.bulkDelete(groupsToRemove);
  await db.groups.bulkPut(plan.groups.map((g): GroupRecord => ({ ...g })));
  await db.packs.put(packRecord(plan, currentPack, now, options));

  return {
    packId,
    added,
    updated,
    unchanged,
    removed,
    groupsWritten: plan.groups.length,
    groupsRemoved: groupsToRemove.length,
    keptLocalEdits: localEdits.length,
  };
}

function contentOf(planned: PlannedPhrase, packId: string) {
  const content: Pick<PhraseRecord, 'id' | 'group' | 'title' | 'text' | 'tags' | 'packId' | 'packPhraseId' | 'order' | 'shortcut' | 'questions' | 'variants' | DatedField> = {
    id: planned.id,
    group: planned.group,
    title: planned.title,
    text: planned.text,
    tags: [...planned.tags],
    packId,
    packPhraseId: planned.packPhraseId,
    order: planned.order,
    ...datedFields(planned),
  };
  if (planned.shortcut !== undefined) content.shortcut = planned.shortcut;
  if (planned.questions !== undefined) content.questions = [...planned.questions];
  if (planned.variants !== undefined) content.variants = copyVariants(planned.variants);
  return content;
}

function newRecord(planned: PlannedPhrase, packId: string, now: number, options: ApplyOptions): PhraseRecord {
  const record: PhraseRecord = {
    ...contentOf(planned, packId),
    pinned: false,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
    rev: 1,
  };
  if (options.computeKeys !== undefined) record.keys = options.computeKeys(record, undefined);
  return record;
}

/** A kept phrase: the pack's content, the agent's own state (pin, usage, last use, creation). */
function keptRecord(before: PhraseRecord, planned: PlannedPhrase, updatedAt: number, changed: boolean, options: ApplyOptions): PhraseRecord {
  const record: PhraseRecord = {
    ...contentOf(planned, before.packId),
    pinned: before.pinned,
    usageCount: before.usageCount,
    lastUsedAt: before.lastUsedAt,
    createdAt: before.createdAt,
    updatedAt,
    // New content from the pack is a new revision: an editor opened before the import cannot save over it unawares.
    rev: revOf(before) + (changed ? 1 : 0),
  };
  // What became of its insertions stays while the wording does (the lead's fix of a phrase starts its counts afresh).
  if (before.outcomes !== undefined && before.text === record.text) record.outcomes = { ...before.outcomes };
  if (options.computeKeys !== undefined && (changed || before.keys === undefined)) record.keys = options.computeKeys(record, undefined);
  else if (before.keys !== undefined) record.keys = before.keys;
  return record;
}

function packRecord(plan: ImportPlan, current: PackRecord | undefined, now: number, options: ApplyOptions): PackRecord {
  const meta = plan.meta;
  const record: PackRecord = {
    id: plan.packId,
    name: meta.name,
    source: options.source ?? current?.source ?? 'file',
    importedAt: now,
    hidden: current?.hidden ?? false,
  };
  if (meta.description !== undefined) record.description = meta.description;
  if (meta.author !== undefined) record.author = meta.author;
  if (meta.updatedAt !== undefined) record.updatedAt = meta.updatedAt;
  if (meta.locale !== undefined) record.locale = meta.locale;
  if (plan.rules !== undefined) record.rules = plan.rules;
  if (plan.ruleOverrides.length > 0) record.ruleOverrides = plan.ruleOverrides;
  // Subscription bookkeeping survives a re-import unless the caller sets it.
  if (current?.url !== undefined) record.url = current.url;
  if (current?.etag !== undefined) record.etag = current.etag;
  if (current?.lastModified !== undefined) record.lastModified = current.lastModified;
  if (current?.lastCheckedAt !== undefined) record.lastCheckedAt = current.lastCheckedAt;
  const merged: PackRecord = { ...record, ...options.packFields, id: plan.packId };
  // Explicitly cleared fields (e.g. lastError: undefined) are dropped rather than stored as undefined.
  for (const key of Object.keys(merged) as (keyof PackRecord)[]) {
    if (merged[key] === undefined) delete merged[key];
  }
  return merged;
}

export interface BuiltinInstallResult {
  packId: string;
  status: 'installed' | 'updated' | 'current' | 'skipped' | 'invalid';
  errors?: PackIssue[];
  result?: ApplyResult;
}

/**
 * Installs the built-in packs on first run and updates them when the extension ships a newer
 * copy (a different `pack.updatedAt`), with the merge rules: pins, usage and hidden state are
 * kept. A pack id already used by a non-built-in pack is left alone ('skipped').
 * All packs are written in one transaction.
 */
export async function installBuiltinPacks(
  db: HuashuDB,
  packs: readonly unknown[],
  options: Omit<ApplyOptions, 'source' | 'packFields'> & { locale?: PackLocale } = {},
): Promise<BuiltinInstallResult[]> {
  const parsed = packs.map((value) => parsePack(value, options.locale === undefined ? {} : { locale: options.locale }));
  return db.transaction('rw', db.phrases, db.groups, db.packs, async () => {
    const results: BuiltinInstallResult[] = [];
    for (const [index, result] of parsed.entries()) {
      if (!result.ok) {
        results.push({ packId: packIdOf(packs[index]), status: 'invalid', errors: result.errors });
        continue;
      }
      const pack: PackV1 = result.pack;
      const current = await db.packs.get(pack.pack.id);
      if (current !== undefined && current.source !== 'builtin') {
        results.push({ packId: pack.pack.id, status: 'skipped' });
        continue;
      }
      if (current !== undefined && current.updatedAt === pack.pack.updatedAt) {
        results.push({ packId: pack.pack.id, status: 'current' });
        continue;
      }
      const plan = planImport({ phrases: [], groups: [] }, pack, { mode: 'merge' });
      const applied = await writePlan(db, plan, { ...options, source: 'builtin' });
      results.push({ packId: pack.pack.id, status: current === undefined ? 'installed' : 'updated', result: applied });
    }
    return results;
  });
}

function packIdOf(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'pack' in value) {
    const pack: unknown = value.pack;
    if (pack !== null && typeof pack === 'object' && 'id' in pack && typeof pack.id === 'string') return pack.id;
  }
  return '';
}

/** Hides or shows a pack: hidden packs keep their phrases but are left out of search and the sidebar. */
export async function setPackHidden(db: HuashuDB, packId: string, hidden: boolean): Promise<boolean> {
  const changed = await db.packs.update(packId, { hidden });
  return changed === 1;
}

/** Removes a pack with its phrases and groups in one transaction. Personal phrases are never removed here. */
export async function removePack(db: HuashuDB, packId: string): Promise<{ phrases: number; groups: number }> {
  if (packId === PERSONAL) throw new Error('Personal phrases cannot be removed as a pack.');
  return db.transaction('rw', db.phrases, db.groups, db.packs, async () => {
    const phrases = await db.phrases.where('packId').equals(packId).delete();
    const groups = await db.groups.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    return { phrases, groups };
  });
}

/** Reads the library's current copy of one pack, the input planImport compares against. */
export async function readPackSnapshot(db: HuashuDB, packId: string) {
  return db.transaction('r', db.phrases, db.groups, db.packs, async () => ({
    pack: await db.packs.get(packId),
    phrases: await db.phrases.where('packId').equals(packId).toArray(),
    groups: await db.groups.where('packId').equals(packId).toArray(),
  }));
}
