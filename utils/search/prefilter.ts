/**
 * Prefilter: from the postings, the few candidates worth scoring exactly. Each term's readings
 * are looked up gram by gram; a slot holding at least half of one reading's grams is offered,
 * grams in short fields counting more than grams only in text.
 */
import { GRAM, termGramLists } from './grams';
import type { Term } from './matchers';
import type { Doc } from './store';
import type { PhraseInput } from './types';

/** What a gram hit in each field tier (text, group, tags, title) is worth. */
const TIER_WEIGHT = [0.5, 0.55, 0.8, 1];

/** Per-slot scratch space, reused by every query (reset after use). */
interface Scratch {
  counter: Uint16Array;
  weight: Float32Array;
  best: Float32Array;
  termHits: Uint8Array;
  sum: Float32Array;
}

export interface Prefilter<P extends PhraseInput> {
  /**
   * Candidates that every term reaches (if none, those any term reaches), live and kept by
   * `keep`, best prefilter ratio first, at most `max`.
   */
  candidates(terms: Term[], joined: string, keep: (d: Doc<P>) => boolean, habit: (d: Doc<P>) => number, max: number): Doc<P>[];
}

/** What one term offers: slots and their ratios (the share of a reading's grams each holds), computed once. */
interface TermOffers {
  slots: Int32Array;
  ratios: Float32Array;
}

/** Terms whose offers are kept: while the agent types "address shipping cha", the first two words repeat. */
const TERM_CACHE = 64;

export function createPrefilter<P extends PhraseInput>(docs: () => Doc<P>[], postings: Map<string, number[]>, version: () => number): Prefilter<P> {
  let scratch: Scratch = makeScratch(0);
  const cache = new Map<string, TermOffers>();
  let cachedAt = -1;

  /** A term before the last one is kept (the agent is typing the last); the last is looked up afresh. */
  function offersOf(term: Term, keepIt: boolean): TermOffers {
    if (!keepIt) return termOffers(scratch, postings, term);
    if (cachedAt !== version()) {
      cache.clear();
      cachedAt = version();
    }
    const key = `${term.tolerant ? 1 : 0}:${term.text}`;
    let offers = cache.get(key);
    if (!offers) {
      offers = termOffers(scratch, postings, term);
      if (cache.size >= TERM_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(key, offers);
    }
    return offers;
  }

  return {
    candidates(terms, joined, keep, habit, max) {
      const all = docs();
      if (scratch.counter.length < all.length) scratch = makeScratch(all.length * 2 + 64);
      const { termHits, sum } = scratch;
      const touched: number[] = [];
      const shortcut = postings.get(GRAM.shortcut + joined);
      terms.forEach((t, i) => addCandidates(scratch, offersOf(t, i < terms.length - 1), shortcut, touched));
      let slots = touched.filter((s) => termHits[s] === terms.length);
      if (slots.length === 0) slots = touched;
      const ratios = slots.map((s) => sum[s] as number);
      for (const s of touched) {
        termHits[s] = 0;
        sum[s] = 0;
      }
      return pickCandidates(slots, ratios, all, keep, habit, max);
    },
  };
}

function makeScratch(n: number): Scratch {
  return { counter: new Uint16Array(n), weight: new Float32Array(n), best: new Float32Array(n), termHits: new Uint8Array(n), sum: new Float32Array(n) };
}

/** The slots one term reaches through its grams, each with the best ratio over the term's readings. */
function termOffers(scratch: Scratch, postings: Map<string, number[]>, term: Term): TermOffers {
  const { counter, weight, best } = scratch;
  const reached: number[] = [];
  for (const { grams, factor } of termGramLists(term)) {
    const touched: number[] = [];
    for (const g of grams) {
      const list = postings.get(g);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const v = list[i] as number;
        const s = v >> 2;
        const c = counter[s] as number;
        counter[s] = c + 1;
        weight[s] = (weight[s] as number) + (TIER_WEIGHT[v & 3] as number);
        if (c === 0) touched.push(s);
      }
    }
    const need = grams.length <= 1 ? 1 : Math.ceil(grams.length * 0.5);
    for (const s of touched) {
      const c = counter[s] as number;
      const w = weight[s] as number;
      counter[s] = 0;
      weight[s] = 0;
      // Holding every gram matters more than where: all of 门卫 in a text beats 卫 alone in a title.
      if (c < need) continue;
      const ratio = ((factor * w) / grams.length) * (c / grams.length) ** 2;
      if ((best[s] as number) === 0) reached.push(s);
      if (ratio > (best[s] as number)) best[s] = ratio;
    }
  }
  const slots = Int32Array.from(reached);
  const ratios = new Float32Array(reached.length);
  reached.forEach((s, i) => {
    ratios[i] = best[s] as number;
    best[s] = 0;
  });
  return { slots, ratios };
}

/** One term's candidates (and the exact shortcut's, which count fully for every term), added into termHits/sum. */
function addCandidates(scratch: Scratch, offers: TermOffers, shortcut: number[] | undefined, touchedAll: number[]): void {
  const { best, termHits, sum } = scratch;
  const touchedTerm: number[] = [];
  const offer = (s: number, ratio: number): void => {
    if ((best[s] ?? 0) === 0) touchedTerm.push(s);
    if (ratio > (best[s] ?? 0)) best[s] = ratio;
  };
  if (shortcut) for (const v of shortcut) offer(v >> 2, 1);
  for (let i = 0; i < offers.slots.length; i++) offer(offers.slots[i] as number, offers.ratios[i] as number);
  for (const s of touchedTerm) {
    if (termHits[s] === 0) touchedAll.push(s);
    termHits[s] = (termHits[s] as number) + 1;
    sum[s] = (sum[s] as number) + (best[s] as number);
    best[s] = 0;
  }
}

/**
 * What the exact score adds between phrases the prefilter cannot tell apart: the share of a
 * short title the query covers (the general 发货时间 before 夏季连衣裙发货时间).
 */
const tieShare = <P extends PhraseInput>(d: Doc<P>): number => 0.15 / (1 + d.phrase.title.length);

/** Highest prefilter ratios first, the agent's habits and short titles breaking ties, at most `max`. */
export function pickCandidates<P extends PhraseInput>(
  slots: number[],
  ratios: number[],
  docs: Doc<P>[],
  keep: (d: Doc<P>) => boolean,
  habit: (d: Doc<P>) => number,
  max: number,
): Doc<P>[] {
  const ds: Doc<P>[] = [];
  const rs: number[] = [];
  slots.forEach((s, i) => {
    const d = docs[s];
    if (d && keep(d)) {
      ds.push(d);
      rs.push(ratios[i] as number);
    }
  });
  if (ds.length <= max) return ds;
  // Cut-off ratio via a numeric typed-array sort (no comparator calls).
  const sorted = Float64Array.from(rs).sort();
  const cut = sorted[sorted.length - max] as number;
  const out: Doc<P>[] = [];
  const tied: Doc<P>[] = [];
  ds.forEach((d, i) => {
    const r = rs[i] as number;
    if (r > cut) out.push(d);
    else if (r === cut) tied.push(d);
  });
  const room = max - out.length;
  if (tied.length <= room) return out.concat(tied);
  const h = tied.map((d) => habit(d) + tieShare(d));
  const hs = Float64Array.from(h).sort();
  const hCut = hs[hs.length - room] as number;
  for (let i = 0; i < tied.length && out.length < max; i++) if ((h[i] as number) > hCut) out.push(tied[i] as Doc<P>);
  for (let i = 0; i < tied.length && out.length < max; i++) if (h[i] === hCut) out.push(tied[i] as Doc<P>);
  return out;
}
