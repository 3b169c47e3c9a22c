/**
 * Ranking of one query over the store: exact shortcut codes first, then for each reading of the
 * query the prefilter's candidates scored exactly (and by Fuse when too few match), the agent's
 * habits breaking near-ties. The empty query ranks by habit alone.
 */
import { repairedReadings } from './grams';
import type { Term } from './matchers';
import { makeTerm } from './matchers';
import type { Prefilter } from './prefilter';
import { EXACT_SHORTCUT, exactTerm, fuzzyTerms, toHit } from './scoring';
import type { TermScore } from './scoring';
import type { Doc, Store } from './store';
import { habit } from './store';
import type { PhraseInput, SearchHit } from './types';
import type { Vocabulary } from './vocabulary';
import { corrections } from './vocabulary';

/** Most candidates scored exactly per query (or `limit`, when a caller asks for more). */
export const MAX_CANDIDATES = 80;
/** Fuse runs only when fewer phrases than this match every term exactly. */
const FUZZY_WHEN_FEWER = 3;
/** A word corrected from a typo (refnud → refund) is worth this much of the word typed right. */
const CORRECTED_FACTOR = 0.8;
/** Most corrected readings of one query. */
const MAX_CORRECTED = 4;
/** Candidates handed to Fuse when exact matchers find too little. */
const MAX_FUZZY_CANDIDATES = 40;

interface Scored {
  score: number;
  matched: TermScore[];
  shortcutHit: boolean;
}

/** Hits for a normalised, trimmed query at time `at`. */
export function rank<P extends PhraseInput>(store: Store<P>, prefilter: Prefilter<P>, normalized: string, limit: number, group: string | undefined, at: number): SearchHit<P>[] {
  if (!normalized) return rankByHabit(store, limit, group, at);
  const words = normalized.split(/[\s,，、;；/|]+/).filter(Boolean);
  const joined = words.join('');
  const inGroup = (d: Doc<P>): boolean => d.alive && (group === undefined || d.phrase.group === group);
  const habitAt = (d: Doc<P>): number => habit(store, d, at);

  // Readings of the query: its words (all must match), and for letters typed with spaces
  // ("tui kuan") the words joined as one term.
  const readings: Term[][] = [words.map(makeTerm)];
  if (words.length > 1 && words.every((w) => /^[a-z]+$/.test(w))) readings.push([makeTerm(joined)]);

  const results = new Map<number, Scored>();
  for (const d of store.shortcuts.get(joined) ?? []) {
    if (inGroup(d)) results.set(d.slot, { score: EXACT_SHORTCUT + habitAt(d), matched: [], shortcutHit: true });
  }
  const max = Math.max(MAX_CANDIDATES, limit);
  let complete = 0;
  for (const terms of readings) {
    const cands = prefilter.candidates(terms, joined, inGroup, habitAt, max);
    complete += scoreReading(cands, terms, habitAt, results, (tolerant) => prefilter.candidates(tolerant, joined, inGroup, habitAt, max), true);
  }
  // Mistyped English words: the library words they may be typos of, scored exactly (and lower).
  if (complete < FUZZY_WHEN_FEWER) {
    for (const terms of correctedReadings(readings[0] as Term[], store.vocabulary)) {
      scoreReading(prefilter.candidates(terms, joined, inGroup, habitAt, max), terms, habitAt, results, () => [], false);
    }
  }

  const ranked = [...results.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  return ranked.slice(0, limit).map(([slot, r]) => toHit(store.docs[slot] as Doc<P>, r.score, r.matched, r.shortcutHit));
}

/**
 * Score one reading's candidates into `results`, keeping each slot's best (a shortcut hit stays).
 * When none matches every term, letters are read again as IMEs tolerate them (`more` gives
 * that reading's candidates); when too few do, Fuse looks for typos.
 */
function scoreReading<P extends PhraseInput>(
  cands: Doc<P>[],
  terms: Term[],
  habitAt: (d: Doc<P>) => number,
  results: Map<number, Scored>,
  more: (tolerant: Term[]) => Doc<P>[],
  typos: boolean,
): number {
  const scores = new Map<number, TermScore[]>();
  let complete = 0;
  for (const doc of cands) {
    const ts = terms.map((t) => exactTerm(doc, t));
    scores.set(doc.slot, ts);
    if (ts.every((x) => x.score > 0)) complete++;
  }
  // Letters that match some phrase as typed were most likely typed as meant.
  if (typos && complete === 0 && terms.some((t) => repairedReadings(t).length > 0)) {
    const tolerant = terms.map((t) => (t.hasLetters ? { ...t, tolerant: true } : t));
    for (const doc of more(tolerant)) {
      const before = scores.get(doc.slot);
      if (before?.every((x) => x.score > 0)) continue;
      const ts = tolerant.map((t, k) => {
        const had = before?.[k];
        return had && had.score > 0 ? had : exactTerm(doc, t);
      });
      if (!before) cands.push(doc);
      scores.set(doc.slot, ts);
    }
  }
  if (typos && complete < FUZZY_WHEN_FEWER) fuzzyTerms(cands.slice(0, MAX_FUZZY_CANDIDATES), terms, scores);

  const totalUnits = terms.reduce((a, t) => a + t.units.length, 0);
  let anyComplete = false;
  for (const ts of scores.values()) if (ts.every((x) => x.score > 0)) anyComplete = true;
  for (const doc of cands) {
    const ts = scores.get(doc.slot);
    if (!ts) continue;
    const hitCount = ts.filter((x) => x.score > 0).length;
    if (hitCount === 0 || (anyComplete && hitCount < ts.length)) continue;
    // A phrase holding only some words must hold most of what was typed (not zengji ng of zengji ng cangsdjfkl).
    if (hitCount < ts.length && heldUnits(terms, ts) * 2 < totalUnits) continue;
    let score = ts.reduce((a, x) => a + x.score, 0) / ts.length;
    if (hitCount < ts.length) score *= 0.5 * (hitCount / ts.length);
    score += habitAt(doc);
    const prev = results.get(doc.slot);
    if (!prev || (!prev.shortcutHit && score > prev.score)) results.set(doc.slot, { score, matched: ts, shortcutHit: false });
    else if (prev.shortcutHit && prev.matched.length === 0) prev.matched = ts;
  }
  return complete;
}

/**
 * The query with one mistyped Latin word replaced by a library word it may be a typo of
 * (refnud → refund), at CORRECTED_FACTOR; at most MAX_CORRECTED readings.
 */
function correctedReadings(terms: Term[], vocabulary: Vocabulary): Term[][] {
  const out: Term[][] = [];
  terms.forEach((t, k) => {
    for (const word of corrections(vocabulary, t.text)) {
      if (out.length >= MAX_CORRECTED) return;
      const fixed = { ...makeTerm(word), factor: CORRECTED_FACTOR };
      out.push(terms.map((x, i) => (i === k ? fixed : x)));
    }
  });
  return out;
}

/** Units of the terms a phrase matched. */
function heldUnits(terms: Term[], ts: TermScore[]): number {
  let n = 0;
  ts.forEach((x, k) => {
    if (x.score > 0) n += terms[k]?.units.length ?? 0;
  });
  return n;
}

/** No query: pinned first, then the agent's habits. Top-k selection, not a sort of the library. */
function rankByHabit<P extends PhraseInput>(store: Store<P>, limit: number, group: string | undefined, at: number): SearchHit<P>[] {
  const top: { d: Doc<P>; s: number }[] = [];
  for (const d of store.docs) {
    if (!d.alive || (group !== undefined && d.phrase.group !== group)) continue;
    if (top.length === limit && !d.phrase.pinned && !d.phrase.usageCount && !d.phrase.lastUsedAt) {
      // Unused and unpinned (score 0): later slots never beat what is already kept.
      if ((top[limit - 1] as { s: number }).s >= 0) continue;
    }
    const s = (d.phrase.pinned ? 1 : 0) + habit(store, d, at);
    if (top.length === limit && s <= (top[limit - 1] as { s: number }).s) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1] as { s: number }).s < s) i--;
    top.splice(i, 0, { d, s });
    if (top.length > limit) top.pop();
  }
  return top.map(({ d, s }) => ({ phrase: d.phrase, score: s, matches: [] }));
}
