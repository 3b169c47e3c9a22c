import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import type { GroupRecord, PackRecord, PhraseRecord } from '../../../utils/db/types';
import { createPhraseIndex } from '../../../utils/search';
import { restoreSnapshot, SubscribedPackError } from '../../../utils/db/edit-rules';
import { createGroup, deleteGroup, ensurePersonalGroup, moveGroup, renameGroup } from '../../../utils/db/group-writes';
import { addTag, copyToPersonal, deletePhrases, movePhrase, movePhraseOnto, movePhrases, savePhrase, setPinned } from '../../../utils/db/phrase-writes';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`library-writes-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOW = 1_800_000_000_000;

function phrase(id: string, group: string, packId: string, extra: Partial<PhraseRecord> = {}): PhraseRecord {
  return {
    id, group, packId, title: id, text: `text of ${id}`, tags: [], pinned: false, usageCount: 0, lastUsedAt: null,
    createdAt: 1, updatedAt: 1, order: 0, ...extra,
  };
}

const subscribed: PackRecord = { id: 'team', name: '团队', source: 'url', url: 'https://packs.example.com/team.json', importedAt: 1, hidden: false };
const fromFile: PackRecord = { id: 'file-a', name: '文件包', source: 'file', importedAt: 1, hidden: false };

async function seed(db: HuashuDB) {
  await db.packs.bulkAdd([subscribed, fromFile]);
  const groups: GroupRecord[] = [
    { id: 'general', name: '我的话术', order: 0, packId: 'personal' },
    { id: 'personal/g-a', name: '售后', order: 1, packId: 'personal' },
    { id: 'personal/g-b', name: '物流', order: 2, packId: 'personal' },
    { id: 'personal/g-b1', name: '物流·退回', order: 0, packId: 'personal', parentId: 'personal/g-b' },
    { id: 'team/wl', name: '团队物流', order: 0, packId: 'team' },
    { id: 'file-a/x', name: '文件分组', order: 0, packId: 'file-a' },
  ];
  await db.groups.bulkAdd(groups);
  await db.phrases.bulkAdd([
    phrase('personal/a1', 'personal/g-a', 'personal', { order: 0, shortcut: 'sh', usageCount: 5, pinned: true }),
    phrase('personal/a2', 'personal/g-a', 'personal', { order: 1 }),
    phrase('personal/a3', 'personal/g-a', 'personal', { order: 2 }),
    phrase('personal/b1', 'personal/g-b', 'personal'),
    phrase('personal/b2', 'personal/g-b1', 'personal'),
    phrase('team/w1', 'team/wl', 'team', { shortcut: 'tw', usageCount: 3 }),
    phrase('file-a/x1', 'file-a/x', 'file-a'),
  ]);
}

describe('personal phrases', () => {
  it('creates a personal phrase with a personal/ id, search keys and the next place in its group', async () => {
    const db = freshDb();
    await seed(db);
    const id = await savePhrase(db, { group: 'personal/g-a', title: '催单回复', text: '亲，已经帮您催促仓库了', shortcut: ' cd ', tags: ['催单'] }, NOW);
    expect(id).toMatch(/^personal\/[a-z0-9]{12}$/);
    const saved = await db.phrases.get(id);
    expect(saved).toMatchObject({ packId: 'personal', group: 'personal/g-a', shortcut: 'cd', order: 3, createdAt: NOW, usageCount: 0, pinned: false });
    // The stored keys make pinyin search work without recomputing.
    const index = createPhraseIndex(saved ? [saved] : []);
    expect(index.search('cuidan').map((h) => h.phrase.id)).toEqual([id]);
  });

  it('saves per-site variants as the pack format takes them, keeps them on a save that does not name them, and removes them when emptied', async () => {
    const db = freshDb();
    await seed(db);
    const draft = { group: 'personal/g-a', title: '欢迎语', text: '您好，很高兴为您服务。', shortcut: '', tags: [] };
    const id = await savePhrase(db, { ...draft, variants: [{ sites: [' TaoBao.com', '*.tmall.com'], text: '亲，在的呢~' }] }, NOW);
    expect((await db.phrases.get(id))?.variants).toEqual([{ sites: ['taobao.com', 'tmall.com'], text: '亲，在的呢~' }]);
    await savePhrase(db, { ...draft, id, text: '您好！' }, NOW);
    expect((await db.phrases.get(id))?.variants).toHaveLength(1);
    await expect(savePhrase(db, { ...draft, id, variants: [{ sites: ['https://jd.com'], text: '您好' }] }, NOW)).rejects.toThrow(/variant/);
    expect((await db.phrases.get(id))?.text).toBe('您好！');
    await savePhrase(db, { ...draft, id, variants: [] }, NOW);
    expect(await db.phrases.get(id)).not.toHaveProperty('variants');
  });

  it('edits keep usage and pins and recompute keys; clearing the shortcut removes it', async () => {
    const db = freshDb();
    await seed(db);
    await savePhrase(db, { id: 'personal/a1', group: 'personal/g-a', title: '退货地址', text: '退货请寄到杭州市西湖区', shortcut: '', tags: [] }, NOW);
    const saved = await db.phrases.get('personal/a1');
    expect(saved).toMatchObject({ title: '退货地址', usageCount: 5, pinned: true, updatedAt: NOW });
    expect(saved?.shortcut).toBeUndefined();
    expect(createPhraseIndex(saved ? [saved] : []).search('thdz').length).toBe(1);
  });

  it('a new wording starts its send outcomes afresh; a retitled phrase keeps them', async () => {
    const db = freshDb();
    await seed(db);
    const outcomes = { asIs: 0, edited: 4, removed: 1, changeSum: 1.5 };
    await db.phrases.update('personal/a1', { outcomes });
    const draft = { id: 'personal/a1', group: 'personal/g-a', title: '退货地址', text: 'text of personal/a1', shortcut: '', tags: [] };
    await savePhrase(db, draft, NOW);
    expect((await db.phrases.get('personal/a1'))?.outcomes).toEqual(outcomes);
    await savePhrase(db, { ...draft, text: '退货请寄到杭州市西湖区' }, NOW);
    expect((await db.phrases.get('personal/a1'))?.outcomes).toBeUndefined();
  });

  it('refuses to edit a subscribed phrase but edits a phrase from a file pack', async () => {
    const db = freshDb();
    await seed(db);
    await expect(savePhrase(db, { id: 'team/w1', group: 'team/wl', title: 'x', text: 'y', shortcut: '', tags: [] }, NOW)).rejects.toBeInstanceOf(SubscribedPackError);
    expect((await db.phrases.get('team/w1'))?.text).toBe('text of team/w1');
    await savePhrase(db, { id: 'file-a/x1', group: 'file-a/x', title: '改过', text: '改过的内容', shortcut: '', tags: [] }, NOW);
    expect((await db.phrases.get('file-a/x1'))?.text).toBe('改过的内容');
  });

  it('copies a subscribed phrase into my phrases (editable, fresh usage, keeps its shortcut)', async () => {
    const db = freshDb();
    await seed(db);
    const [id] = await copyToPersonal(db, ['team/w1'], { now: NOW, defaultGroupName: '我的话术' });
    const copy = id === undefined ? undefined : await db.phrases.get(id);
    expect(copy).toMatchObject({ packId: 'personal', group: 'general', text: 'text of team/w1', shortcut: 'tw', usageCount: 0 });
    expect((await db.phrases.get('team/w1'))?.usageCount).toBe(3);
  });

  it('duplicates a personal phrase in its own group, without the shortcut (it would clash)', async () => {
    const db = freshDb();
    await seed(db);
    const [id] = await copyToPersonal(db, ['personal/a1'], { now: NOW, defaultGroupName: '我的话术', suffix: '（副本）' });
    const copy = id === undefined ? undefined : await db.phrases.get(id);
    expect(copy).toMatchObject({ group: 'personal/g-a', title: 'personal/a1（副本）', order: 3 });
    expect(copy?.shortcut).toBeUndefined();
  });

  it('deletes editable phrases, skips subscribed ones, and undo restores them exactly', async () => {
    const db = freshDb();
    await seed(db);
    const before = await db.phrases.get('personal/a1');
    const snapshot = await deletePhrases(db, ['personal/a1', 'team/w1']);
    expect(snapshot.phrases.map((p) => p.id)).toEqual(['personal/a1']);
    expect(await db.phrases.get('personal/a1')).toBeUndefined();
    expect(await db.phrases.get('team/w1')).toBeDefined();
    await restoreSnapshot(db, snapshot);
    expect(await db.phrases.get('personal/a1')).toEqual(before);
  });

  it('reorders inside a group and moves phrases only between groups of their own pack', async () => {
    const db = freshDb();
    await seed(db);
    await movePhrase(db, 'personal/a3', -1);
    const order = (await db.phrases.where('group').equals('personal/g-a').sortBy('order')).map((p) => p.id);
    expect(order).toEqual(['personal/a1', 'personal/a3', 'personal/a2']);
    const moved = await movePhrases(db, ['personal/a1', 'team/w1', 'file-a/x1'], 'personal/g-b', NOW);
    expect(moved).toBe(1);
    expect(await db.phrases.get('personal/a1')).toMatchObject({ group: 'personal/g-b', order: 1 });
    expect((await db.phrases.get('team/w1'))?.group).toBe('team/wl');
    await expect(movePhrases(db, ['team/w1'], 'team/wl', NOW)).rejects.toBeInstanceOf(SubscribedPackError);
  });

  it('a phrase dragged onto another of its group takes its place; onto another group it is refused', async () => {
    const db = freshDb();
    await seed(db);
    await movePhraseOnto(db, 'personal/a3', 'personal/a1');
    const order = async () => (await db.phrases.where('group').equals('personal/g-a').sortBy('order')).map((p) => p.id);
    expect(await order()).toEqual(['personal/a3', 'personal/a1', 'personal/a2']);
    await movePhraseOnto(db, 'personal/a3', 'personal/a2');
    expect(await order()).toEqual(['personal/a1', 'personal/a2', 'personal/a3']);
    await expect(movePhraseOnto(db, 'personal/a1', 'team/w1')).rejects.toThrow(/own group/);
    expect(await order()).toEqual(['personal/a1', 'personal/a2', 'personal/a3']);
  });

  it('pins any phrase (pins are the agent’s own) and tags only editable ones', async () => {
    const db = freshDb();
    await seed(db);
    await setPinned(db, ['team/w1', 'personal/a2'], true);
    expect((await db.phrases.get('team/w1'))?.pinned).toBe(true);
    expect(await addTag(db, ['team/w1', 'personal/a2'], ' 重要 ', NOW)).toBe(1);
    expect((await db.phrases.get('personal/a2'))?.tags).toEqual(['重要']);
    expect((await db.phrases.get('team/w1'))?.tags).toEqual([]);
  });
});

describe('groups', () => {
  it('creates the default group once, then personal groups at the end', async () => {
    const db = freshDb();
    const first = await ensurePersonalGroup(db, '我的话术');
    const again = await ensurePersonalGroup(db, 'My phrases');
    expect(again).toEqual(first);
    const created = await createGroup(db, '  催单  ');
    expect(created).toMatchObject({ name: '催单', packId: 'personal', order: 1 });
    expect(created.id).toMatch(/^personal\/g-/);
    await expect(createGroup(db, ' ')).rejects.toThrow();
  });

  it('renames and reorders among siblings; subscribed groups stay as they are', async () => {
    const db = freshDb();
    await seed(db);
    await renameGroup(db, 'personal/g-a', '售后服务');
    expect((await db.groups.get('personal/g-a'))?.name).toBe('售后服务');
    await moveGroup(db, 'personal/g-b', -1);
    const order = (await db.groups.where('packId').equals('personal').toArray())
      .filter((g) => g.parentId === undefined)
      .sort((a, b) => a.order - b.order)
      .map((g) => g.id);
    expect(order).toEqual(['general', 'personal/g-b', 'personal/g-a']);
    await expect(renameGroup(db, 'team/wl', '改名')).rejects.toBeInstanceOf(SubscribedPackError);
    expect((await db.groups.get('team/wl'))?.name).toBe('团队物流');
  });

  it('deletes a group with its subgroups and their phrases; undo brings all back', async () => {
    const db = freshDb();
    await seed(db);
    const snapshot = await deleteGroup(db, 'personal/g-b', { now: NOW });
    expect(snapshot.groups.map((g) => g.id).sort()).toEqual(['personal/g-b', 'personal/g-b1']);
    expect(snapshot.phrases.map((p) => p.id).sort()).toEqual(['personal/b1', 'personal/b2']);
    expect(await db.phrases.get('personal/b2')).toBeUndefined();
    expect(await db.groups.get('personal/g-b1')).toBeUndefined();
    await restoreSnapshot(db, snapshot);
    expect(await db.groups.get('personal/g-b1')).toBeDefined();
    expect((await db.phrases.get('personal/b2'))?.group).toBe('personal/g-b1');
  });

  it('deletes a group but moves its phrases to another group of the same pack; undo puts them back', async () => {
    const db = freshDb();
    await seed(db);
    const snapshot = await deleteGroup(db, 'personal/g-b', { now: NOW, moveTo: 'personal/g-a' });
    expect(await db.phrases.get('personal/b1')).toMatchObject({ group: 'personal/g-a', order: 3 });
    expect(await db.phrases.get('personal/b2')).toMatchObject({ group: 'personal/g-a', order: 4 });
    await expect(deleteGroup(db, 'personal/g-a', { now: NOW, moveTo: 'team/wl' })).rejects.toThrow();
    expect(await db.groups.get('personal/g-a')).toBeDefined();
    await restoreSnapshot(db, snapshot);
    expect((await db.phrases.get('personal/b1'))?.group).toBe('personal/g-b');
  });
});
