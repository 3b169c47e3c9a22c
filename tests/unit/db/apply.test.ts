import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import type { GroupRecord, PhraseRecord } from '../../../utils/db/types';
import { applyImport, installBuiltinPacks, readPackSnapshot, removePack, setPackHidden } from '../../../utils/packs/apply';
import { planImport } from '../../../utils/packs/merge';
import type { PackV1 } from '../../../utils/packs/schema';
import { samplePack } from '../packs/helpers';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`apply-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const personalGroup: GroupRecord = { id: 'general', name: '我的话术', order: 0, packId: 'personal' };
const personalPhrase: PhraseRecord = {
  id: 'personal/p1',
  group: 'general',
  title: '我的开场白',
  text: '亲，我是小王，很高兴为您服务',
  tags: [],
  packId: 'personal',
  pinned: true,
  usageCount: 12,
  lastUsedAt: 1_700_000_000_000,
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_000_000,
  order: 0,
};

async function importPack(db: HuashuDB, pack: PackV1, mode: 'merge' | 'replace' = 'merge', now = 1000) {
  const plan = planImport(await readPackSnapshot(db, pack.pack.id), pack, { mode });
  return { plan, result: await applyImport(db, plan, { now, computeKeys: (p, group) => ({ initials: p.text.slice(0, 2), group: group?.name }) }) };
}

async function libraryDump(db: HuashuDB) {
  return {
    phrases: await db.phrases.orderBy('id').toArray(),
    groups: await db.groups.orderBy('id').toArray(),
    packs: await db.packs.orderBy('id').toArray(),
  };
}

describe('applyImport', () => {
  it('installs a pack: phrases with library ids, groups with parents, the pack record', async () => {
    const db = freshDb();
    const { result } = await importPack(db, samplePack());
    expect(result).toMatchObject({ packId: 'acme-cs', added: 4, updated: 0, removed: 0 });
    const phrase = await db.phrases.get('acme-cs/wl-01');
    expect(phrase).toMatchObject({
      group: 'acme-cs/logistics',
      packId: 'acme-cs',
      packPhraseId: 'wl-01',
      shortcut: 'wl',
      pinned: false,
      usageCount: 0,
      lastUsedAt: null,
      createdAt: 1000,
      keys: { initials: '亲，', group: '物流' },
    });
    expect(await db.groups.get('acme-cs/returns')).toEqual({ id: 'acme-cs/returns', name: '退货', order: 2, packId: 'acme-cs', parentId: 'acme-cs/after-sales' });
    expect(await db.packs.get('acme-cs')).toEqual({
      id: 'acme-cs',
      name: 'ACME 客服话术',
      updatedAt: '2026-11-20T08:00:00Z',
      locale: 'zh-CN',
      source: 'file',
      importedAt: 1000,
      hidden: false,
    });
  });

  it('re-import updates by id, removes dropped phrases, keeps pins and usage, never touches personal phrases', async () => {
    const db = freshDb();
    await db.groups.put(personalGroup);
    await db.phrases.put(personalPhrase);
    await importPack(db, samplePack(), 'merge', 1000);
    const outcomes = { asIs: 1, edited: 5, removed: 1, changeSum: 2 };
    await db.phrases.update('acme-cs/wl-01', { pinned: true, usageCount: 7, lastUsedAt: 5000, outcomes });
    await db.phrases.update('acme-cs/sh-01', { usageCount: 3, outcomes });

    const next = samplePack();
    next.pack.updatedAt = '2026-12-01T00:00:00Z';
    next.phrases = [
      { ...next.phrases[0]!, text: '亲，物流信息我查到了，马上发您。' },
      next.phrases[2]!,
      { id: 'new-01', group: 'logistics', title: '新话术', text: '新来的', tags: [] },
    ];
    next.groups = next.groups.filter((g) => g.id !== 'returns');
    const { plan, result } = await importPack(db, next, 'merge', 9000);

    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, removed: 2, invalid: 0 });
    expect(plan.updated[0]?.fields).toEqual(['text']);
    expect(plan.removed.map((p) => p.id).sort()).toEqual(['acme-cs/th-01', 'acme-cs/wl-02']);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1, removed: 2, groupsRemoved: 1 });

    const wl = await db.phrases.get('acme-cs/wl-01');
    expect(wl).toMatchObject({ text: '亲，物流信息我查到了，马上发您。', pinned: true, usageCount: 7, lastUsedAt: 5000, createdAt: 1000, updatedAt: 9000 });
    // What agents did with the old wording goes with it; an unchanged phrase keeps its counts.
    expect(wl?.outcomes).toBeUndefined();
    expect(await db.phrases.get('acme-cs/sh-01')).toMatchObject({ usageCount: 3, updatedAt: 1000, outcomes });
    expect(await db.phrases.get('acme-cs/wl-02')).toBeUndefined();
    expect(await db.groups.get('acme-cs/returns')).toBeUndefined();
    expect(await db.phrases.get('personal/p1')).toEqual(personalPhrase);
    expect(await db.groups.get('general')).toEqual(personalGroup);
    expect((await db.packs.get('acme-cs'))?.updatedAt).toBe('2026-12-01T00:00:00Z');
  });

  it('keeps a use recorded between the preview and the apply', async () => {
    const db = freshDb();
    await importPack(db, samplePack());
    const next = samplePack();
    next.phrases[0] = { ...next.phrases[0]!, text: '改过的' };
    const plan = planImport(await readPackSnapshot(db, 'acme-cs'), next);
    await db.phrases.update('acme-cs/wl-01', { usageCount: 1, lastUsedAt: 4242 });
    await applyImport(db, plan, { now: 5000 });
    expect(await db.phrases.get('acme-cs/wl-01')).toMatchObject({ text: '改过的', usageCount: 1, lastUsedAt: 4242 });
  });

  it('replace ("clear current list") removes the pack\'s phrases first; personal phrases stay', async () => {
    const db = freshDb();
    await db.phrases.put(personalPhrase);
    await importPack(db, samplePack());
    await db.phrases.update('acme-cs/wl-01', { pinned: true, usageCount: 9 });
    const next = samplePack();
    next.phrases = next.phrases.slice(0, 2);
    const { plan, result } = await importPack(db, next, 'replace', 7000);
    expect(plan.counts).toEqual({ new: 2, updated: 0, unchanged: 0, removed: 4, invalid: 0 });
    expect(result).toMatchObject({ added: 2, removed: 4 });
    expect((await db.phrases.where('packId').equals('acme-cs').primaryKeys()).sort()).toEqual(['acme-cs/wl-01', 'acme-cs/wl-02']);
    expect(await db.phrases.get('acme-cs/wl-01')).toMatchObject({ pinned: false, usageCount: 0, createdAt: 7000 });
    expect(await db.phrases.get('personal/p1')).toEqual(personalPhrase);
  });

  it.each([
    ['the pack record write (the last step)', (db: HuashuDB) => db.packs.hook('updating', () => { throw new Error('disk full'); })],
    ['the group writes', (db: HuashuDB) => db.groups.hook('creating', () => { throw new Error('disk full'); })],
    ['the 3rd phrase write', (db: HuashuDB) => {
      let n = 0;
      db.phrases.hook('updating', () => { n++; if (n === 2) throw new Error('disk full'); });
      db.phrases.hook('creating', () => { n++; if (n === 3) throw new Error('disk full'); });
    }],
  ])('a failure at %s leaves the library exactly as it was', async (_where, inject) => {
    const db = freshDb();
    await db.groups.put(personalGroup);
    await db.phrases.put(personalPhrase);
    await importPack(db, samplePack(), 'merge', 1000);
    await db.phrases.update('acme-cs/wl-01', { pinned: true, usageCount: 4 });
    const before = await libraryDump(db);

    const next = samplePack({ pack: { id: 'acme-cs', name: 'ACME v2', updatedAt: '2027-01-01T00:00:00Z' } });
    next.groups.push({ id: 'new-group', name: '新分组' });
    next.phrases = [
      { ...next.phrases[0]!, text: '新文本' },
      { id: 'n1', group: 'new-group', title: '', text: '一', tags: [] },
      { id: 'n2', group: 'new-group', title: '', text: '二', tags: [] },
      { id: 'n3', group: 'new-group', title: '', text: '三', tags: [] },
    ];
    const plan = planImport(await readPackSnapshot(db, 'acme-cs'), next);
    inject(db);
    await expect(applyImport(db, plan, { now: 2000 })).rejects.toThrow('disk full');
    expect(await libraryDump(db)).toEqual(before);
  });

  it('a failing key computation aborts the import without writing anything', async () => {
    const db = freshDb();
    await importPack(db, samplePack());
    const before = await libraryDump(db);
    const next = samplePack();
    next.phrases = next.phrases.map((p) => ({ ...p, text: `${p.text}!` }));
    const plan = planImport(await readPackSnapshot(db, 'acme-cs'), next);
    let calls = 0;
    const computeKeys = () => {
      calls++;
      if (calls === 3) throw new Error('pinyin failed');
      return {};
    };
    await expect(applyImport(db, plan, { computeKeys })).rejects.toThrow('pinyin failed');
    expect(await libraryDump(db)).toEqual(before);
  });

  it('refuses to import over the personal pack id', () => {
    const pack = samplePack();
    pack.pack.id = 'personal';
    expect(() => planImport({ phrases: [], groups: [] }, pack)).toThrow();
  });
});

describe('built-in packs, hiding, removal', () => {
  const builtins = ['zh-CN', 'zh-TW', 'en'].map(
    (locale): unknown => JSON.parse(readFileSync(new URL(`../../../phrases/builtin/${locale}.json`, import.meta.url), 'utf8')),
  );

  it('installs the three built-in packs on first run, then leaves them alone when unchanged', async () => {
    const db = freshDb();
    const first = await installBuiltinPacks(db, builtins, { now: 1 });
    expect(first.map((r) => [r.packId, r.status])).toEqual([
      ['builtin-zh-CN', 'installed'],
      ['builtin-zh-TW', 'installed'],
      ['builtin-en', 'installed'],
    ]);
    const counts = await Promise.all(['builtin-zh-CN', 'builtin-zh-TW', 'builtin-en'].map((id) => db.phrases.where('packId').equals(id).count()));
    expect(counts.every((c) => c > 40)).toBe(true);
    expect((await db.packs.get('builtin-en'))?.source).toBe('builtin');
    const second = await installBuiltinPacks(db, builtins, { now: 2 });
    expect(second.map((r) => r.status)).toEqual(['current', 'current', 'current']);
  });

  it('updates a built-in pack shipped with a newer date, keeping usage and the hidden state', async () => {
    const db = freshDb();
    await installBuiltinPacks(db, builtins.slice(0, 1), { now: 1 });
    const [first] = await db.phrases.where('packId').equals('builtin-zh-CN').limit(1).toArray();
    await db.phrases.update(first!.id, { usageCount: 5 });
    await setPackHidden(db, 'builtin-zh-CN', true);
    const newer = structuredClone(builtins[0]) as PackV1;
    newer.pack.updatedAt = '2027-06-01T00:00:00Z';
    const [result] = await installBuiltinPacks(db, [newer], { now: 2 });
    expect(result?.status).toBe('updated');
    expect((await db.phrases.get(first!.id))?.usageCount).toBe(5);
    expect(await db.packs.get('builtin-zh-CN')).toMatchObject({ hidden: true, updatedAt: '2027-06-01T00:00:00Z' });
  });

  it('reports an invalid built-in pack instead of installing half of it', async () => {
    const db = freshDb();
    const broken = structuredClone(builtins[2]) as { pack: { id: string }; phrases: { text: string }[] };
    broken.phrases[0]!.text = '';
    const [result] = await installBuiltinPacks(db, [broken]);
    expect(result).toMatchObject({ packId: 'builtin-en', status: 'invalid' });
    expect(await db.phrases.count()).toBe(0);
  });

  it('hides and shows a pack without touching its phrases; removes a pack but never personal phrases', async () => {
    const db = freshDb();
    await db.phrases.put(personalPhrase);
    await importPack(db, samplePack());
    expect(await setPackHidden(db, 'acme-cs', true)).toBe(true);
    expect((await db.packs.get('acme-cs'))?.hidden).toBe(true);
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(4);
    await setPackHidden(db, 'acme-cs', false);
    expect((await db.packs.get('acme-cs'))?.hidden).toBe(false);
    expect(await removePack(db, 'acme-cs')).toEqual({ phrases: 4, groups: 3 });
    expect(await db.phrases.toArray()).toEqual([personalPhrase]);
    await expect(removePack(db, 'personal')).rejects.toThrow();
  });
});
