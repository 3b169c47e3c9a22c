/**
 * Library edits made in the phrase manager. Each function takes the database (and a clock) as
 * parameters and writes in one transaction, so every open sidebar sees the whole change at once
 * through its live query. Deletions return an undo snapshot.
 *
 * Who may edit what: personal phrases and groups (packId 'personal'), and phrases of packs the
 * agent installed from a file or that came built in. Phrases of subscribed packs (source 'url')
 * are read-only: the subscription owns them; "copy to my phrases" makes an editable copy.
 * Pins and usage are the agent's own state and can be changed on every phrase.
 */
import type { HuashuDB } from '../../utils/db/database';
import { DEFAULT_GROUP, PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../../utils/db/types';
import { PACK_LIMITS } from '../../utils/packs/limits';
import { cleanLabel, hasLoneSurrogate } from '../../utils/packs/unicode';
import type { PhraseDraft } from './draft';
import { nextRev, revOf, StaleWriteError } from '../../utils/db/revision';
import { computeSearchKeys } from '../../utils/search';

export type Clock = () => number;

/** Random part of a personal id: 12 base-36 characters from the platform's CSPRNG. */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += b.toString(36).padStart(2, '0');
  return out.slice(0, 12);
}

export const personalPhraseId = (): string => `${PERSONAL}/${randomId()}`;
export const personalGroupId = (): string => `${PERSONAL}/g-${randomId()}`;

/** Keys stored with a phrase, computed from the record exactly as the search index reads it. */
export function withKeys(record: PhraseRecord): PhraseRecord {
  return { ...record, keys: computeSearchKeys(record) };
}

export function isReadOnlyPack(pack: PackRecord | undefined): boolean {
  return pack?.source === 'url';
}

async function packOf(db: HuashuDB, packId: string): Promise<PackRecord | undefined> {
  return packId === PERSONAL ? undefined : db.packs.get(packId);
}

async function assertEditable(db: HuashuDB, packId: string): Promise<void> {
  if (isReadOnlyPack(await packOf(db, packId))) throw new SubscribedPackError(packId);
}

/** (Not named like Dexie's own error classes, which Dexie would otherwise map onto its ReadOnlyError.) */
export class SubscribedPackError extends Error {
  constructor(readonly packId: string) {
    super(`Phrases of the subscribed pack "${packId}" are read-only.`);
    this.name = 'SubscribedPackError';
  }
}

export { parseTags, validateDraft, type DraftError, type DraftField, type DraftProblem, type PhraseDraft } from './draft';

// ---------------------------------------------------------------------------------------------
// Groups

/** The agent's default group ("My phrases"), created the first time it is needed. */
export async function ensurePersonalGroup(db: HuashuDB, name: string): Promise<GroupRecord> {
  return db.transaction('rw', db.groups, async () => {
    const existing = await db.groups.get(DEFAULT_GROUP);
    if (existing) return existing;
    const record: GroupRecord = { id: DEFAULT_GROUP, name, order: await nextGroupOrder(db, PERSONAL, undefined), packId: PERSONAL };
    await db.groups.add(record);
    return record;
  });
}

async function nextGroupOrder(db: HuashuDB, packId: string, parentId: string | undefined): Promise<number> {
  const siblings = (await db.groups.where('packId').equals(packId).toArray()).filter((g) => g.parentId === parentId);
  return siblings.reduce((max, g) => Math.max(max, g.order + 1), 0);
}

export async function createGroup(db: HuashuDB, name: string, parentId?: string): Promise<GroupRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A group needs a name.');
  return db.transaction('rw', db.groups, async () => {
    const record: GroupRecord = { id: personalGroupId(), name: trimmed, order: await nextGroupOrder(db, PERSONAL, parentId), packId: PERSONAL };
    if (parentId !== undefined) record.parentId = parentId;
    await db.groups.add(record);
    return record;
  });
}

export async function renameGroup(db: HuashuDB, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A group needs a name.');
  await db.transaction('rw', db.groups, db.packs, async () => {
    const group = await db.groups.get(id);
    if (!group) return;
    await assertEditable(db, group.packId);
    await db.groups.update(id, { name: trimmed });
  });
}

/** Moves a group one place up (-1) or down (+1) among its siblings (same pack, same parent). */
export async function moveGroup(db: HuashuDB, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.groups, db.packs, async () => {
    const group = await db.groups.get(id);
    if (!group) return;
    await assertEditable(db, group.packId);
    const siblings = (await db.groups.where('packId').equals(group.packId).toArray())
      .filter((g) => g.parentId === group.parentId)
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
    const at = siblings.findIndex((g) => g.id === id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= siblings.length) return;
    const [moved] = siblings.splice(at, 1);
    if (!moved) return;
    siblings.splice(to, 0, moved);
    await db.groups.bulkPut(siblings.map((g, order) => ({ ...g, order })));
  });
}

/** What a deletion removed or changed (records as they were), to undo it. */
export interface UndoSnapshot {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
}

/** Ids of a group and all groups below it. */
function subtree(all: readonly GroupRecord[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of all) {
      if (g.parentId !== undefined && ids.has(g.parentId) && !ids.has(g.id)) {
        ids.add(g.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * Deletes a group and the groups below it. Their phrases are deleted too, or moved to
 * `moveTo` (a group of the same pack outside the deleted ones). Returns the undo snapshot.
 */
export async function deleteGroup(db: HuashuDB, id: string, options: { moveTo?: string; now: number }): Promise<UndoSnapshot> {
  return db.transaction('rw', db.groups, db.phrases, db.packs, async () => {
    const group = await db.groups.get(id);
    if (!group) return { phrases: [], groups: [] };
    await assertEditable(db, group.packId);
    const packGroups = await db.groups.where('packId').equals(group.packId).toArray();
    const ids = subtree(packGroups, id);
    const groups = packGroups.filter((g) => ids.has(g.id));
    const phrases = await db.phrases.where('group').anyOf([...ids]).toArray();
    if (options.moveTo !== undefined) {
      const target = await db.groups.get(options.moveTo);
      if (!target || ids.has(target.id) || target.packId !== group.packId) throw new Error('Choose another group of the same pack.');
      let order = await nextPhraseOrder(db, target.id);
      await db.phrases.bulkPut(phrases.map((p) => withKeys(nextRev({ ...p, group: target.id, order: order++, updatedAt: options.now }))));
    } else {
      await db.phrases.bulkDelete(phrases.map((p) => p.id));
    }
    await db.groups.bulkDelete([...ids]);
    return { phrases, groups };
  });
}

/** Puts records back as they were before a deletion (or a move that came with it). */
export async function restoreSnapshot(db: HuashuDB, snapshot: UndoSnapshot): Promise<void> {
  await db.transaction('rw', db.groups, db.phrases, async () => {
    await db.groups.bulkPut(snapshot.groups);
    await db.phrases.bulkPut(snapshot.phrases);
  });
}

// ---------------------------------------------------------------------------------------------
// Phrases

async function nextPhraseOrder(db: HuashuDB, groupId: string): Promise<number> {
  const inGroup = await db.phrases.where('group').equals(groupId).toArray();
  return inGroup.reduce((max, p) => Math.max(max, p.order + 1), 0);
}

/**
 * Creates a personal phrase (no id in the draft) or updates an editable one. Returns its id.
 * An update whose draft names the revision it was opened at is refused with a StaleWriteError
 * when the phrase changed since (another tab saved first), unless `overwrite` is set.
 */
export async function savePhrase(db: HuashuDB, draft: PhraseDraft, now: number, options: { overwrite?: boolean } = {}): Promise<string> {
  return db.transaction('rw', db.phrases, db.groups, db.packs, async () => {
    const group = await db.groups.get(draft.group);
    if ([draft.title, draft.text, draft.shortcut].some(hasLoneSurrogate)) throw new Error('The phrase contains a broken character (half of a surrogate pair).');
    const shortcut = cleanLabel(draft.shortcut).trim();
    const content = { title: cleanLabel(draft.title).trim(), text: draft.text, tags: [...draft.tags] };
    if (draft.id === undefined) {
      if (group && group.packId !== PERSONAL) throw new Error('New phrases go into your own groups.');
      const record: PhraseRecord = {
        id: personalPhraseId(),
        group: draft.group,
        ...content,
        packId: PERSONAL,
        pinned: false,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: now,
        updatedAt: now,
        order: await nextPhraseOrder(db, draft.group),
        rev: 1,
      };
      if (shortcut !== '') record.shortcut = shortcut;
      await db.phrases.add(withKeys(record));
      return record.id;
    }
    const before = await db.phrases.get(draft.id);
    if (!before) throw new Error('This phrase no longer exists.');
    await assertEditable(db, before.packId);
    // Decided here, inside the transaction: no other write can land between this check and the put.
    if (draft.rev !== undefined && draft.rev !== revOf(before) && options.overwrite !== true) throw new StaleWriteError(before);
    if (group && group.packId !== before.packId) throw new Error('A phrase stays within its own pack.');
    const record: PhraseRecord = nextRev({ ...before, ...content, group: draft.group, updatedAt: now });
    if (draft.group !== before.group) record.order = await nextPhraseOrder(db, draft.group);
    if (shortcut !== '') record.shortcut = shortcut;
    else delete record.shortcut;
    await db.phrases.put(withKeys(record));
    return record.id;
  });
}

/**
 * Personal copies of phrases (editable, with fresh usage): duplicates of personal phrases stay in
 * their group; copies of pack phrases go to the agent's default group. Returns the new ids.
 */
export async function copyToPersonal(db: HuashuDB, ids: readonly string[], options: { now: number; defaultGroupName: string; suffix?: string }): Promise<string[]> {
  await ensurePersonalGroup(db, options.defaultGroupName);
  return db.transaction('rw', db.phrases, db.groups, async () => {
    const sources = (await db.phrases.bulkGet([...ids])).filter((p): p is PhraseRecord => p !== undefined);
    const orders = new Map<string, number>();
    const out: PhraseRecord[] = [];
    for (const source of sources) {
      const group = source.packId === PERSONAL ? source.group : DEFAULT_GROUP;
      const order = orders.get(group) ?? (await nextPhraseOrder(db, group));
      orders.set(group, order + 1);
      const record: PhraseRecord = {
        id: personalPhraseId(),
        group,
        title: options.suffix === undefined ? source.title : `${source.title}${options.suffix}`,
        text: source.text,
        tags: [...source.tags],
        packId: PERSONAL,
        pinned: false,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: options.now,
        updatedAt: options.now,
        order,
        rev: 1,
      };
      // A copy of a personal phrase would clash with its original's shortcut; pack copies keep theirs.
      if (source.shortcut !== undefined && source.packId !== PERSONAL) record.shortcut = source.shortcut;
      out.push(withKeys(record));
    }
    await db.phrases.bulkAdd(out);
    return out.map((p) => p.id);
  });
}

/** Deletes editable phrases (read-only ones are skipped). Returns the undo snapshot. */
export async function deletePhrases(db: HuashuDB, ids: readonly string[]): Promise<UndoSnapshot> {
  return db.transaction('rw', db.phrases, db.packs, async () => {
    const readOnly = new Set((await db.packs.toArray()).filter(isReadOnlyPack).map((p) => p.id));
    const phrases = (await db.phrases.bulkGet([...ids])).filter((p): p is PhraseRecord => p !== undefined && !readOnly.has(p.packId));
    await db.phrases.bulkDelete(phrases.map((p) => p.id));
    return { phrases, groups: [] };
  });
}

/** Moves editable phrases to a group of their own pack (others are left where they are). Returns how many moved. */
export async function movePhrases(db: HuashuDB, ids: readonly string[], groupId: string, now: number): Promise<number> {
  return db.transaction('rw', db.phrases, db.groups, db.packs, async () => {
    const target = await db.groups.get(groupId);
    const targetPack = target?.packId ?? (groupId === DEFAULT_GROUP ? PERSONAL : undefined);
    if (targetPack === undefined) throw new Error('That group no longer exists.');
    await assertEditable(db, targetPack);
    const phrases = (await db.phrases.bulkGet([...ids])).filter(
      (p): p is PhraseRecord => p !== undefined && p.packId === targetPack && p.group !== groupId,
    );
    let order = await nextPhraseOrder(db, groupId);
    await db.phrases.bulkPut(phrases.map((p) => withKeys(nextRev({ ...p, group: groupId, order: order++, updatedAt: now }))));
    return phrases.length;
  });
}

/** Moves a phrase one place up (-1) or down (+1) inside its group. */
export function movePhrase(db: HuashuDB, id: string, delta: -1 | 1): Promise<void> {
  return placePhrase(db, id, (at) => at + delta);
}

/** Moves a phrase to where another phrase of the same group is (dragged onto it); other groups are refused. */
export function movePhraseOnto(db: HuashuDB, id: string, targetId: string): Promise<void> {
  return placePhrase(db, id, (_at, siblings) => {
    const to = siblings.findIndex((p) => p.id === targetId);
    if (to < 0) throw new Error('A phrase can only be dragged within its own group.');
    return to;
  });
}

/** Moves a phrase inside its group to the position `where` picks (from its position and the ordered group). */
async function placePhrase(db: HuashuDB, id: string, where: (at: number, siblings: readonly PhraseRecord[]) => number): Promise<void> {
  await db.transaction('rw', db.phrases, db.packs, async () => {
    const phrase = await db.phrases.get(id);
    if (!phrase) return;
    await assertEditable(db, phrase.packId);
    const siblings = (await db.phrases.where('group').equals(phrase.group).toArray()).sort(
      (a, b) => a.order - b.order || (a.id < b.id ? -1 : 1),
    );
    const at = siblings.findIndex((p) => p.id === id);
    const to = where(at, siblings);
    if (at < 0 || to < 0 || to >= siblings.length || to === at) return;
    const [moved] = siblings.splice(at, 1);
    if (!moved) return;
    siblings.splice(to, 0, moved);
    const changed = siblings.flatMap((p, order) => (p.order === order ? [] : [{ key: p.id, changes: { order } }]));
    await db.phrases.bulkUpdate(changed);
  });
}

/** Pins or unpins phrases (any phrase: pins are the agent's own). */
export async function setPinned(db: HuashuDB, ids: readonly string[], pinned: boolean): Promise<void> {
  await db.phrases.bulkUpdate(ids.map((key) => ({ key, changes: { pinned } })));
}

/** Adds a tag to editable phrases. Returns how many changed. */
export async function addTag(db: HuashuDB, ids: readonly string[], tag: string, now: number): Promise<number> {
  const trimmed = tag.trim();
  if (trimmed === '') return 0;
  return db.transaction('rw', db.phrases, db.packs, async () => {
    const readOnly = new Set((await db.packs.toArray()).filter(isReadOnlyPack).map((p) => p.id));
    const phrases = (await db.phrases.bulkGet([...ids])).filter(
      (p): p is PhraseRecord => p !== undefined && !readOnly.has(p.packId) && !p.tags.includes(trimmed) && p.tags.length < PACK_LIMITS.maxTags,
    );
    await db.phrases.bulkPut(phrases.map((p) => withKeys(nextRev({ ...p, tags: [...p.tags, trimmed], updatedAt: now }))));
    return phrases.length;
  });
}
