/**
 * Phrase edits made in the phrase manager: each takes the database (and the time) as parameters
 * and writes in one transaction, so every open sidebar sees the whole change at once through its
 * live query. Deletions return an undo snapshot; who may edit what is in edit-rules.ts.
 */
import * as v from 'valibot';
import { copyVariants, VariantsSchema, type PhraseVariant } from '../packs/variants';
import type { HuashuDB } from './database';
import { DEFAULT_GROUP, PERSONAL, type PhraseRecord } from './types';
import { assertEditable, nextPhraseOrder, personalPhraseId, readOnlyPackIds, withKeys, type UndoSnapshot } from './edit-rules';
import { ensurePersonalGroup } from './group-writes';
import { nextRev, revOf, StaleWriteError } from './revision';
import { PACK_LIMITS } from '../packs/limits';
import { cleanLabel, hasLoneSurrogate } from '../packs/unicode';
import { DATED_FIELDS, datedFields, type DatedFields } from '../validity/fields';
import { checkedDates } from './date-writes';

/** What the phrase form holds when the agent saves it ('' or no dated field: none). */
export interface PhraseDraft extends DatedFields {
  /** Absent for a new phrase. */
  id?: string;
  group: string;
  title: string;
  text: string;
  shortcut: string;
  tags: string[];
  /** Example customer questions (suggested replies); absent: left as they are on an update, none on a new phrase. */
  questions?: string[];
  /** Per-site variants; absent: left as they are on an update, none on a new phrase; empty: removed. */
  variants?: PhraseVariant[];
  /** The phrase's revision when the form was opened (updates only; see utils/db/revision.ts). */
  rev?: number;
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
    const content = { title: cleanLabel(draft.title).trim(), text: draft.text, tags: [...draft.tags], ...(draft.questions ? { questions: [...draft.questions] } : {}) };
    const variants = draft.variants === undefined ? undefined : checkedVariants(draft.variants);
    const dates = checkedDates(draft);
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
        ...dates,
      };
      if (shortcut !== '') record.shortcut = shortcut;
      if (variants !== undefined && variants.length > 0) record.variants = variants;
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
    // What became of its insertions was about the old wording.
    if (record.text !== before.text) delete record.outcomes;
    for (const key of DATED_FIELDS) delete record[key];
    Object.assign(record, dates);
    if (draft.group !== before.group) record.order = await nextPhraseOrder(db, draft.group);
    if (shortcut !== '') record.shortcut = shortcut;
    else delete record.shortcut;
    if (variants !== undefined && variants.length > 0) record.variants = variants;
    else if (variants !== undefined) delete record.variants;
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
        ...(source.questions ? { questions: [...source.questions] } : {}),
        ...(source.variants ? { variants: copyVariants(source.variants) } : {}),
        packId: PERSONAL,
        pinned: false,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: options.now,
        updatedAt: options.now,
        order,
        rev: 1,
        // A copy of a campaign phrase ends with the campaign.
        ...datedFields(source),
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
    const readOnly = await readOnlyPackIds(db);
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
    const readOnly = await readOnlyPackIds(db);
    const phrases = (await db.phrases.bulkGet([...ids])).filter(
      (p): p is PhraseRecord => p !== undefined && !readOnly.has(p.packId) && !p.tags.includes(trimmed) && p.tags.length < PACK_LIMITS.maxTags,
    );
    await db.phrases.bulkPut(phrases.map((p) => withKeys(nextRev({ ...p, tags: [...p.tags, trimmed], updatedAt: now }))));
    return phrases.length;
  });
}

/** The variants as the pack format takes them (sites normalised), or an error naming the first problem. */
function checkedVariants(variants: readonly PhraseVariant[]): PhraseVariant[] {
  const parsed = v.safeParse(VariantsSchema, variants);
  if (!parsed.success) throw new Error(`A per-site variant is not valid (${parsed.issues[0]?.message ?? 'invalid'}).`);
  return copyVariants(parsed.output);
}
