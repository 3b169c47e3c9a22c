/**
 * Pack import at 1,000 and 10,000 phrases into Dexie on fake-indexeddb: JSON parse + validation,
 * the merge plan, the atomic apply (first install without and with search keys, and a re-import
 * with 10% of the phrases changed, keys recomputed for those), and CSV import — side by side with a
 * plain JSON.parse, a plain Papa.parse and a naive one-transaction-per-phrase write as peers.
 */
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { HuashuDB } from '../utils/db/database';
import { applyImport, readPackSnapshot } from '../utils/packs/apply';
import { parseCsvPack, packToCsv } from '../utils/packs/csv';
import { serializePack } from '../utils/packs/export';
import { planImport } from '../utils/packs/merge';
import { parsePack, type PackV1 } from '../utils/packs/schema';
import { computeSearchKeys } from '../utils/search/index';
import { generatePhrases } from './_corpus';

function buildPack(count: number): PackV1 {
  const phrases = generatePhrases(count);
  const groups = [...new Set(phrases.map((p) => p.group ?? 'general'))];
  return {
    format: 'huashu.pack',
    version: 1,
    pack: { id: 'bench-pack', name: 'Bench', updatedAt: '2026-11-20T08:00:00Z' },
    groups: groups.map((g, i) => ({ id: `g${i}`, name: g })),
    phrases: phrases.map((p, i) => ({
      id: `p${i}`,
      group: `g${groups.indexOf(p.group ?? 'general')}`,
      title: p.title,
      text: p.text,
      tags: [...new Set(p.tags)],
      ...(p.shortcut === undefined ? {} : { shortcut: `${p.shortcut}${i}` }),
    })),
  };
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const keys = (p: { title: string; text: string; tags: string[] }, group: { name: string } | undefined) =>
  computeSearchKeys({ title: p.title, text: p.text, tags: p.tags, ...(group === undefined ? {} : { group: group.name }) });

async function measure(count: number): Promise<Map<string, number>> {
  const row = new Map<string, number>();
  const pack = buildPack(count);
  const json = serializePack(pack);
  const db = new HuashuDB(`bench-packs-${count}-${Date.now()}`);

  row.set('peer: JSON.parse only', (await time(() => JSON.parse(json) as unknown)).ms);
  const parsed = await time(() => parsePack(json));
  if (!parsed.value.ok) throw new Error(parsed.value.errors[0]?.message);
  const incoming = parsed.value.pack;
  row.set('parsePack (JSON + schema)', parsed.ms);
  const plan = await time(async () => planImport(await readPackSnapshot(db, incoming.pack.id), incoming));
  row.set('planImport (first install)', plan.ms);
  const apply = await time(() => applyImport(db, plan.value));
  row.set('applyImport (first install)', apply.ms);
  row.set('= parse + plan + apply', parsed.ms + plan.ms + apply.ms);
  // Search keys (pinyin etc., utils/search) computed inside the same transaction, on a fresh library.
  const keyedDb = new HuashuDB(`bench-packs-keys-${count}-${Date.now()}`);
  const keyedPlan = planImport({ phrases: [], groups: [] }, incoming);
  row.set('applyImport (first install, + search keys)', (await time(() => applyImport(keyedDb, keyedPlan, { computeKeys: keys }))).ms);
  await keyedDb.delete();

  const next = structuredClone(incoming);
  next.phrases = next.phrases.map((p, i) => (i % 10 === 0 ? { ...p, text: `${p.text}（已更新）` } : p));
  const reParsed = await time(() => parsePack(serializePack(next)));
  if (!reParsed.value.ok) throw new Error('re-import did not parse');
  const rePack = reParsed.value.pack;
  const rePlan = await time(async () => planImport(await readPackSnapshot(db, rePack.pack.id), rePack));
  const reApply = await time(() => applyImport(db, rePlan.value, { computeKeys: keys }));
  row.set('re-import, 10% changed (+ keys): parse + plan + apply', reParsed.ms + rePlan.ms + reApply.ms);

  const csv = packToCsv(incoming);
  row.set('peer: Papa.parse only (CSV)', (await time(() => Papa.parse(csv))).ms);
  const csvImport = await time(() => parseCsvPack(new TextEncoder().encode(csv), { meta: { id: 'bench-csv', name: 'CSV' } }));
  if (!csvImport.value.ok) throw new Error(csvImport.value.errors[0]?.message);
  row.set('parseCsvPack (decode + CSV + schema)', csvImport.ms);

  if (count <= 1000) {
    const naiveDb = new HuashuDB(`bench-packs-naive-${Date.now()}`);
    const records = await naiveDb.transaction('r', naiveDb.phrases, () => plan.value.phrases);
    const naive = await time(async () => {
      for (const p of records) {
        await naiveDb.phrases.put({ ...p, packId: 'x', pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 0, updatedAt: 0 });
      }
    });
    row.set('peer: one put per phrase (no tx)', naive.ms);
    await naiveDb.delete();
  }
  await db.delete();
  return row;
}

export default async function main(): Promise<void> {
  const sizes = [1000, 10_000];
  const results = [];
  for (const size of sizes) results.push(await measure(size));
  const labels = [...new Set(results.flatMap((r) => [...r.keys()]))];
  const width = Math.max(...labels.map((l) => l.length));
  console.log(`${'stage (ms)'.padEnd(width)}  ${sizes.map((s) => `${s.toLocaleString('en')} phrases`.padStart(16)).join('')}`);
  for (const label of labels) {
    const cells = results.map((r) => {
      const ms = r.get(label);
      return (ms === undefined ? '—' : ms.toFixed(1)).padStart(16);
    });
    console.log(`${label.padEnd(width)}  ${cells.join('')}`);
  }
  const last = results.at(-1);
  const total = last?.get('= parse + plan + apply') ?? NaN;
  const size = sizes.at(-1) ?? 0;
  console.log(`\nImporting ${size.toLocaleString('en')} phrases (parse + plan + apply): ${total.toFixed(0)} ms (budget 2000 ms for 10,000)`);
}
