/**
 * Phrase search at 1,000 and 10,000 phrases: index build time, per-query p50/p95 and top-1 on
 * the labelled queries, for Huashu's search and, over the same fields, plain Fuse.js,
 * MiniSearch and uFuzzy. Queries are the relevance test's labelled queries; Huashu is also
 * timed on every prefix of them (what each keystroke costs while typing).
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import uFuzzy from '@leeoniya/ufuzzy';
import { computeSearchKeys, createPhraseIndex } from '../utils/search/index';
import type { CorpusPhrase } from '../tests/unit/search/corpus';
import { CORPUS_NOW, LABELLED_QUERIES, scoreQueries } from '../tests/unit/search/corpus';
import { generatePhrases } from './_corpus';

interface Engine {
  name: string;
  build(phrases: CorpusPhrase[]): (query: string) => string[];
}

const LIMIT = 10;

const huashu: Engine = {
  name: 'huashu (this)',
  build(phrases) {
    // Uncached: every query is searched in full (the sidebar also reuses recent results).
    const index = createPhraseIndex(phrases, { now: () => CORPUS_NOW, cache: false });
    return (q) => index.search(q, { limit: LIMIT }).map((h) => h.phrase.id);
  },
};

const plainFuse: Engine = {
  name: 'Fuse.js plain',
  build(phrases) {
    const fuse = new Fuse(phrases, {
      keys: ['title', 'text', 'group', 'tags', 'shortcut'],
      ignoreLocation: true,
      threshold: 0.35,
    });
    return (q) => fuse.search(q, { limit: LIMIT }).map((r) => r.item.id);
  },
};

const miniSearch: Engine = {
  name: 'MiniSearch',
  build(phrases) {
    const ms = new MiniSearch<CorpusPhrase>({
      fields: ['title', 'text', 'group', 'tagText', 'shortcut'],
      extractField: (doc, field) => (field === 'tagText' ? doc.tags.join(' ') : String((doc as unknown as Record<string, unknown>)[field] ?? '')),
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { shortcut: 3, title: 2 } },
    });
    ms.addAll(phrases);
    return (q) =>
      ms
        .search(q)
        .slice(0, LIMIT)
        .map((r) => String(r.id));
  },
};

const microFuzzy: Engine = {
  name: 'uFuzzy',
  build(phrases) {
    const uf = new uFuzzy({ unicode: true, interSplit: "[^\\p{L}\\d']+", intraSplit: '\\p{Ll}\\p{Lu}', intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}', intraChars: "[\\p{L}\\d']", intraContr: "'\\p{L}{1,2}\\b" });
    const haystack = phrases.map((p) => [p.shortcut ?? '', p.title, p.group ?? '', p.tags.join(' '), p.text].join(' '));
    return (q) => {
      const [idxs, info, order] = uf.search(haystack, q, 1);
      if (!idxs) return [];
      const ranked = info && order ? order.map((o) => info.idx[o] as number) : idxs;
      return ranked.slice(0, LIMIT).map((i) => (phrases[i] as CorpusPhrase).id);
    };
  },
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * Per-query wall time; each query runs `rounds` times and keeps its fastest run, which filters
 * out pauses caused by other processes on a busy machine (the load average is printed).
 */
function timeQueries(run: (q: string) => unknown, queries: readonly string[], rounds: number): { p50: number; p95: number } {
  for (const q of queries.slice(0, 20)) run(q); // warm up
  const best = queries.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      run(q);
      best[i] = Math.min(best[i] as number, performance.now() - t);
    });
  }
  const times = best.slice().sort((x, y) => x - y);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Fastest of `rounds` builds. */
function timeBuild<T>(build: () => T, rounds: number): { value: T; ms: number } {
  let best = Infinity;
  let value: T | undefined;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    value = build();
    best = Math.min(best, performance.now() - t);
  }
  return { value: value as T, ms: best };
}

/** Heap held by a fully warmed index (postings, docs and every phrase's match data), in bytes. */
function indexHeap(phrases: CorpusPhrase[]): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = createPhraseIndex(phrases, { now: () => CORPUS_NOW, cache: false });
  while (!index.warm(1_000));
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  return index.size > 0 ? bytes : 0;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(8);

export default async function main(): Promise<void> {
  const queries = LABELLED_QUERIES.map((lq) => lq.query);
  const keystrokes = [...new Set(queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((s) => s.trim())))];
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores; best of 3 runs per query and build (Fuse.js plain: 1)`);
  console.log(`queries: ${queries.length} labelled (${keystrokes.length} keystroke prefixes for huashu); limit ${LIMIT}; times in ms`);
  console.log(`${'size'.padStart(6)}  ${'engine'.padEnd(15)} ${'build'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  ${'top-1'.padStart(6)}  ${'top-3'.padStart(6)}`);
  for (const size of [1_000, 10_000]) {
    const raw = generatePhrases(size);
    const t = performance.now();
    // Keys are computed once per phrase when it is saved; the database hands them to the index.
    const withKeys = raw.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    const keysMs = performance.now() - t;
    for (const engine of [huashu, plainFuse, miniSearch, microFuzzy]) {
      const phrases = engine === huashu ? withKeys : raw;
      // Plain Fuse.js scans every phrase per query: one round is all the time it gets.
      const rounds = engine === plainFuse ? 1 : 3;
      const { value: run, ms: buildMs } = timeBuild(() => engine.build(phrases), rounds);
      const { p50, p95 } = timeQueries(run, queries, rounds);
      const rows = scoreQueries(run);
      const overall = rows[rows.length - 1]!;
      const pct = (n: number): string => `${((100 * n) / overall.total).toFixed(1)}%`.padStart(6);
      console.log(`${String(size).padStart(6)}  ${engine.name.padEnd(15)} ${ms(buildMs)} ${ms(p50)} ${ms(p95)}  ${pct(overall.top1)}  ${pct(overall.top3)}`);
      if (engine === huashu) {
        const k = timeQueries(run, keystrokes, 3);
        console.log(`${String(size).padStart(6)}  ${'  per keystroke'.padEnd(15)} ${''.padStart(8)} ${ms(k.p50)} ${ms(k.p95)}`);
        console.log(`${String(size).padStart(6)}  ${'  keys at save'.padEnd(15)} ${ms(keysMs)}   (one-off, all ${size} phrases; stored with each phrase)`);
        const heap = indexHeap(withKeys);
        console.log(`${String(size).padStart(6)}  ${'  index heap'.padEnd(15)} ${(heap / 2 ** 20).toFixed(1).padStart(8)} MB (${(heap / size / 1024).toFixed(2)} KB per phrase, warmed)`);
        const misses = rows.flatMap((r) => (r.category === 'overall' ? [] : r.misses.map((m) => `"${m.query}"`)));
        if (misses.length) console.log(`${''.padStart(8)}huashu top-1 misses: ${misses.join(' ')}`);
      }
    }
  }
}
