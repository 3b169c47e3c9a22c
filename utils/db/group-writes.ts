/**
 * Group edits made in the phrase manager: each takes the database (and the time) as parameters and
 * writes in one transaction, so every open sidebar sees the whole change at once through its live
 * query. Deleting a group returns an undo snapshot (see edit-rules.ts).
 */
import type { HuashuDB } from './database';
import { DEFAULT_GROUP, PERSONAL, type GroupRecord } from './types';
import { assertEditable, nextPhraseOrder, personalGroupId, withKeys, type UndoSnapshot } from './edit-rules';
import { nextRev } from './revision';

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

/** Ids of a group and all groups below it. */
export function groupSubtree(all: readonly GroupRecord[], id: string): Set<string> {
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
    const ids = groupSubtree(packGroups, id);
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
