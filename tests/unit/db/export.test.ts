import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { applyImport, readPackSnapshot } from '../../../utils/packs/apply';
import {
  exportCsv,
  exportGroupFromDb,
  exportLibraryFromDb,
  exportPackFromDb,
  exportSelectionFromDb,
  serializePack,
} from '../../../utils/packs/export';
import { planImport } from '../../../utils/packs/merge';
import { parsePack, type PackGroup, type PackPhrase, type PackV1 } from '../../../utils/packs/schema';
import { samplePack } from '../packs/helpers';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`export-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function install(db: HuashuDB, pack: PackV1) {
  await applyImport(db, planImport(await readPackSnapshot(db, pack.pack.id), pack), { now: 1 });
}

// Arbitrary valid packs: ids and texts include CJK, HTML, quotes, line breaks, emoji and '/'.
const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9/_.-]{0,11}$/);
const textArb = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '，', '好', '發', '"', ',', '\n', '<', '>', '&', '😊', '=>', '\\'), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '');
const nameArb = fc.string({ unit: fc.constantFrom('物', '流', 'A', 'b', ' ', '&'), minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');
const packArb: fc.Arbitrary<PackV1> = fc
  .record({
    groupIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }),
    phraseIds: fc.uniqueArray(idArb, { maxLength: 25 }),
    names: fc.array(nameArb, { minLength: 5, maxLength: 5 }),
    texts: fc.array(textArb, { minLength: 25, maxLength: 25 }),
    titles: fc.array(fc.option(textArb.map((t) => t.replace(/\n/g, ' ')), { nil: '' }), { minLength: 25, maxLength: 25 }),
    shortcuts: fc.array(fc.option(fc.stringMatching(/^[a-z]{1,4}$/), { nil: undefined }), { minLength: 25, maxLength: 25 }),
    tags: fc.array(fc.uniqueArray(nameArb, { maxLength: 3 }), { minLength: 25, maxLength: 25 }),
    nest: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    description: fc.option(textArb, { nil: undefined }),
  })
  .map(({ groupIds, phraseIds, names, texts, titles, shortcuts, tags, nest, description }) => {
    const groups: PackGroup[] = groupIds.map((id, i) => {
      const group: PackGroup = { id, name: names[i] ?? 'g' };
      if (i > 0 && nest[i] === true) group.parent = groupIds[i - 1];
      return group;
    });
    const phrases: PackPhrase[] = phraseIds.map((id, i) => {
      const phrase: PackPhrase = { id, group: groupIds[i % groupIds.length] ?? 'g', title: titles[i] ?? '', text: texts[i] ?? 'x', tags: tags[i] ?? [] };
      const shortcut = shortcuts[i];
      if (shortcut !== undefined) phrase.shortcut = `${shortcut}${i}`;
      return phrase;
    });
    const pack: PackV1 = { format: 'huashu.pack', version: 1, pack: { id: 'prop-pack', name: '属性测试', updatedAt: '2026-11-20T08:00:00Z' }, groups, phrases };
    if (description !== undefined) pack.pack.description = description;
    return pack;
  });

/** Phrases in the order the library exports them: by group position, then position in the group. */
function inExportOrder(pack: PackV1): PackV1 {
  const rank = new Map<string, number>();
  const visit = (parent: string | undefined) => {
    for (const group of pack.groups.filter((g) => g.parent === parent)) {
      rank.set(group.id, rank.size);
      visit(group.id);
    }
  };
  visit(undefined);
  const groups = [...pack.groups].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const phrases = pack.phrases
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (rank.get(a.p.group) ?? 0) - (rank.get(b.p.group) ?? 0) || a.i - b.i)
    .map(({ p }) => p);
  return { ...pack, groups, phrases };
}

describe('JSON export → import round trip', () => {
  it('serializePack then parsePack gives back the same pack (property)', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const back = parsePack(serializePack(pack));
        expect(back.ok ? [] : back.errors).toEqual([]);
        if (back.ok) expect(back.pack).toEqual(pack);
      }),
      { numRuns: 200 },
    );
  });

  it('a pack installed in the library exports as the same pack, and re-importing changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(packArb, async (pack) => {
        const db = freshDb();
        await install(db, pack);
        const exported = await exportPackFromDb(db, pack.pack.id);
        expect(exported).toEqual(inExportOrder(pack));
        const reparsed = parsePack(serializePack(exported!));
        if (!reparsed.ok) throw new Error(reparsed.errors[0]?.message);
        const plan = planImport(await readPackSnapshot(db, pack.pack.id), reparsed.pack);
        expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: pack.phrases.length, removed: 0, invalid: 0 });
        await db.delete();
      }),
      { numRuns: 25 },
    );
  });
});

describe('exports from the library', () => {
  it('exports a group with its subgroups, a selection, and the whole library', async () => {
    const db = freshDb();
    await install(db, samplePack());
    await db.groups.put({ id: 'mine', name: '我的', order: 0, packId: 'personal' });
    await db.phrases.put({
      id: 'personal/x1', group: 'mine', title: '自己写的', text: '我的说法', tags: [], packId: 'personal',
      pinned: true, usageCount: 3, lastUsedAt: 5, createdAt: 1, updatedAt: 1, order: 0,
    });
    const meta = { id: 'export', name: 'Export' };

    const group = await exportGroupFromDb(db, 'acme-cs/after-sales', meta);
    expect(group.groups).toEqual([{ id: 'after-sales', name: '售后' }, { id: 'returns', name: '退货', parent: 'after-sales' }]);
    expect(group.phrases.map((p) => p.id)).toEqual(['sh-01', 'th-01']);

    const selection = await exportSelectionFromDb(db, ['acme-cs/th-01', 'personal/x1', 'missing'], meta);
    expect(selection.groups.map((g) => g.id)).toEqual(['mine', 'acme-cs/after-sales', 'acme-cs/returns']);
    expect(selection.phrases.map((p) => p.id)).toEqual(['personal/x1', 'acme-cs/th-01']);
    expect(parsePack(serializePack(selection)).ok).toBe(true);

    const library = await exportLibraryFromDb(db, meta);
    expect(library.phrases).toHaveLength(5);
    expect(library.phrases.find((p) => p.id === 'personal/x1')).toEqual({ id: 'personal/x1', group: 'mine', title: '自己写的', text: '我的说法', tags: [] });
    expect(JSON.stringify(library)).not.toContain('usageCount');
    await db.packs.update('acme-cs', { hidden: true });
    expect((await exportLibraryFromDb(db, meta, { includeHidden: false })).phrases.map((p) => p.id)).toEqual(['personal/x1']);
    // The built-in packs stay out when the lead exports the library for the team.
    await db.packs.update('acme-cs', { hidden: false, source: 'builtin' });
    expect((await exportLibraryFromDb(db, meta, { includeBuiltin: false })).phrases.map((p) => p.id)).toEqual(['personal/x1']);
    expect((await exportLibraryFromDb(db, meta, { includeBuiltin: true })).phrases).toHaveLength(5);
  });

  it('exports a pack as Qianniu CSV with nested group paths', async () => {
    const db = freshDb();
    await install(db, samplePack());
    const csv = exportCsv((await exportPackFromDb(db, 'acme-cs'))!);
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['\uFEFF分组,快捷编码,标题,快捷短语', '物流,wl,物流查询,亲，我这就帮您查一下物流进度。', '物流,,发货时间,今天下午四点前付款的订单当天发出。']);
    expect(csv).toContain('售后=>退货,,退货地址,');
  });
});
