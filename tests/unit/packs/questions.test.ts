import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { applyImport, readPackSnapshot } from '../../../utils/packs/apply';
import { parseCsvPack } from '../../../utils/packs/csv';
import { exportCsv, exportPackFromDb, serializePack } from '../../../utils/packs/export';
import { planImport } from '../../../utils/packs/merge';
import { splitQuestions } from '../../../utils/packs/questions';
import { parsePack, type PackV1 } from '../../../utils/packs/schema';

const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const PACK: PackV1 = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'acme', name: 'ACME' },
  groups: [{ id: 'wl', name: '物流' }],
  phrases: [
    { id: 'wl-01', group: 'wl', title: '物流查询', text: '亲，我这就帮您查一下物流进度。', tags: [], questions: ['我的快递到哪了？', '几天能到, 急用 | 真的'] },
    { id: 'wl-02', group: 'wl', title: '发货', text: '今天下单今天发。', tags: ['发货'] },
  ],
};

async function installed(pack: PackV1): Promise<HuashuDB> {
  const db = new HuashuDB(`questions-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  await applyImport(db, planImport(await readPackSnapshot(db, pack.pack.id), pack), { now: 1 });
  return db;
}

describe('questions in the pack format', () => {
  it('are checked with their path: non-blank, at most 200 characters, at most 50; repeats are dropped', () => {
    const bad = structuredClone(PACK) as unknown as { phrases: { questions: unknown }[] };
    (bad.phrases[0] as { questions: unknown }).questions = ['  ', 'x'.repeat(201)];
    (bad.phrases[1] as { questions: unknown }).questions = Array.from({ length: 51 }, (_, i) => `q${i}`);
    const result = parsePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['phrases[0].questions[0]', 'phrases[0].questions[1]', 'phrases[1].questions']);
    const twice = parsePack({ ...PACK, phrases: [{ ...PACK.phrases[1], questions: ['几天到', ' 几天到 '] }] });
    expect(twice.ok && twice.pack.phrases[0]?.questions).toEqual(['几天到']);
  });

  it('round-trip through the library and JSON export unchanged; a phrase without questions writes none', async () => {
    const db = await installed(PACK);
    expect((await db.phrases.get('acme/wl-01'))?.questions).toEqual(PACK.phrases[0]?.questions);
    const exported = await exportPackFromDb(db, 'acme');
    const text = serializePack(exported as PackV1);
    const again = parsePack(text);
    expect(again.ok && again.pack.phrases.map((p) => p.questions)).toEqual([PACK.phrases[0]?.questions, undefined]);
    expect(JSON.parse(text).phrases[1]).not.toHaveProperty('questions');
  });

  it('count as an update on re-import when they change, and are removed when the pack drops them', async () => {
    const db = await installed(PACK);
    const edited = structuredClone(PACK);
    (edited.phrases[0] as { questions?: string[] }).questions = ['快递到哪了'];
    const plan = planImport(await readPackSnapshot(db, 'acme'), edited);
    expect(plan.updated.map((u) => [u.after.id, u.fields])).toEqual([['acme/wl-01', ['questions']]]);
    delete (edited.phrases[0] as { questions?: string[] }).questions;
    await applyImport(db, planImport(await readPackSnapshot(db, 'acme'), edited), { now: 2 });
    expect((await db.phrases.get('acme/wl-01'))?.questions).toBeUndefined();
  });

  it('round-trip through the CSV sheet in a questions column, one per line; a sheet without questions has no such column', async () => {
    const csv = exportCsv(PACK, { locale: 'zh-CN' });
    expect(csv.split('\r\n')[0]).toBe('\uFEFF分组,快捷编码,标题,快捷短语,示例问题');
    const back = parseCsvPack(csv, { meta: PACK.pack });
    expect(back.ok && back.pack.phrases.map((p) => p.questions)).toEqual([['我的快递到哪了？', '几天能到, 急用', '真的'], undefined]);
    expect(exportCsv({ ...PACK, phrases: [PACK.phrases[1] as PackV1['phrases'][number]] }).split('\r\n')[0]).toBe('\uFEFF分组,快捷编码,标题,快捷短语');
    const en = parseCsvPack('text,questions\r\nHi,"Where is my parcel?\nWhen will it come?"\r\n', { meta: PACK.pack });
    expect(en.ok && en.pack.phrases[0]?.questions).toEqual(['Where is my parcel?', 'When will it come?']);
  });

  it('are split from one cell at line breaks and |, trimmed, without repeats', () => {
    expect(splitQuestions(' 到哪了 \r\n\n几天到｜到哪了|包邮吗 ')).toEqual(['到哪了', '几天到', '包邮吗']);
  });
});
