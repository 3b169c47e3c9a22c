/**
 * Suggested replies at 10,000 phrases with questions (printed beside the search figures): engine build time and
 * per-message p50/p95, with top-3 for the built-in phrases' own questions asked with a few words around them.
 * The library: the three built-in packs (every phrase has questions) plus generated phrases with three questions each.
 */
import { cpus, loadavg } from 'node:os';
import { createSuggestEngine } from '../utils/suggest/engine';
import type { SuggestPhrase } from '../utils/suggest/types';
import { SUGGEST_INTENTS } from '../phrases/suggest/intents';
import { builtinPhrases } from '../tests/unit/suggest/builtin';
import { generatePhrases } from './_corpus';

const SIZE = 10_000;
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(8);

function library(): { phrases: SuggestPhrase[]; asked: { message: string; id: string }[] } {
  const builtin = (['zh-CN', 'zh-TW', 'en'] as const).flatMap((l) => builtinPhrases(l).map((p) => ({ ...p, id: `${l}/${p.id}` })));
  const generated = generatePhrases(SIZE - builtin.length).map((p) => ({
    id: p.id,
    title: p.title,
    text: p.text,
    tags: p.tags,
    groupName: p.group,
    questions: p.locale === 'en' ? [`What about the ${p.title}?`, `Question on ${p.title}`, `Tell me about ${p.title}`] : [`${p.title}怎么样`, `想问下${p.title}`, `${p.title}是怎么回事`],
  }));
  const asked = builtin.flatMap((p) => (p.questions ?? []).slice(0, 2).map((q) => ({ message: p.id.startsWith('en/') ? `hi, ${q} thanks` : `亲，${q}谢谢`, id: p.id })));
  return { phrases: [...builtin, ...generated], asked };
}

export default async function main(): Promise<void> {
  const { phrases, asked } = library();
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores; suggested replies, ${phrases.length} phrases with questions; times in ms`);
  const t = performance.now();
  const engine = createSuggestEngine(phrases, { intents: SUGGEST_INTENTS });
  const buildMs = performance.now() - t;
  engine.suggest(asked[0]?.message ?? '');
  const times: number[] = [];
  let top1 = 0;
  let top3 = 0;
  for (let round = 0; round < 3; round++) {
    for (const { message, id } of asked) {
      const s = performance.now();
      const ids = engine.suggest(message, { limit: 3 }).map((x) => x.phraseId);
      times.push(performance.now() - s);
      if (round > 0) continue;
      if (ids[0] === id) top1++;
      if (ids.includes(id)) top3++;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const pct = (n: number) => `${((100 * n) / asked.length).toFixed(1)}%`.padStart(6);
  console.log(`${'size'.padStart(6)}  ${'engine'.padEnd(15)} ${'build'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  ${'top-1'.padStart(6)}  ${'top-3'.padStart(6)}`);
  console.log(`${String(phrases.length).padStart(6)}  ${'suggest (this)'.padEnd(15)} ${ms(buildMs)} ${ms(at(0.5))} ${ms(at(0.95))}  ${pct(top1)}  ${pct(top3)}   (${asked.length} messages × 3)`);
}
