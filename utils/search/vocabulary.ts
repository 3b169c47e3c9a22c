/**
 * The library's Latin words, for typos: a mistyped English word (refnud, warrenty) is looked up
 * as the library words one or two edits away (refund, warranty), whose phrases the exact
 * matchers then score at a lower weight. Candidates come from the corrected word's postings, so
 * which phrase comes first does not depend on how many other phrases share its letters.
 */
import { foldCase } from './text';
import type { PhraseInput } from './types';

/** Word → number of phrases holding it. */
export type Vocabulary = Map<string, number>;

/** Shortest word corrected, and length from which two edits are allowed. */
const MIN_TYPO_LENGTH = 4;
const TWO_EDITS_FROM = 8;
/** Most corrections per typed word. */
const MAX_CORRECTIONS = 3;

const WORD = /[a-z]{3,}/g;

/** Distinct Latin words (3+ letters, folded) of a phrase's searched fields. */
export function wordsOf(p: PhraseInput): Set<string> {
  const out = new Set<string>();
  for (const field of [p.title, p.text, p.group ?? '', ...(p.tags ?? [])]) {
    for (const w of foldCase(field).match(WORD) ?? []) out.add(w);
  }
  return out;
}

export function addWords(vocab: Vocabulary, words: Iterable<string>): void {
  for (const w of words) vocab.set(w, (vocab.get(w) ?? 0) + 1);
}

export function removeWords(vocab: Vocabulary, words: Iterable<string>): void {
  for (const w of words) {
    const n = (vocab.get(w) ?? 0) - 1;
    if (n > 0) vocab.set(w, n);
    else vocab.delete(w);
  }
}

/**
 * Optimal string alignment distance (edits: insert, delete, substitute, swap neighbours), or
 * `max + 1` once it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Library words a typed word may be a typo of: fewest edits first, then the commonest. */
export function corrections(vocab: Vocabulary, typed: string): string[] {
  if (typed.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(typed) || vocab.has(typed)) return [];
  const max = typed.length >= TWO_EDITS_FROM ? 2 : 1;
  const found: { w: string; d: number; n: number }[] = [];
  for (const [w, n] of vocab) {
    if (Math.abs(w.length - typed.length) > max || (w[0] !== typed[0] && w[1] !== typed[1])) continue;
    const d = editDistance(typed, w, max);
    if (d <= max) found.push({ w, d, n });
  }
  found.sort((x, y) => x.d - y.d || y.n - x.n || (x.w < y.w ? -1 : 1));
  return found.slice(0, MAX_CORRECTIONS).map((f) => f.w);
}
