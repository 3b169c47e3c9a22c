/**
 * Learning from use: when the agent inserts phrase P right after the customer wrote M, the pair (M, P) is kept; the
 * engine then counts M as one more question of P (corpus.ts), weighted by how often the pair recurs. Pure: the
 * records are stored by utils/db/learned.ts.
 */
import { normalize } from '../search/text';
import type { LearnedPair } from './types';

/** Longest message kept for a pair, and the most pairs kept (the oldest go first). */
export const LEARNED_LIMITS = Object.freeze({ messageMax: 200, pairsMax: 2000 });

/** How long after the customer's message an insertion still counts as answering it. */
export const ANSWER_WINDOW_MS = 10 * 60 * 1000;

/** The form a message is kept and compared in (a repeat of the same message adds to one pair). */
export function learnedKey(message: string): string {
  return normalize(message.trim().slice(0, LEARNED_LIMITS.messageMax)).replace(/\s+/g, ' ');
}

/** The pairs after one more insertion of `phraseId` after `message` at `at`. */
export function addPair(pairs: readonly LearnedPair[], message: string, phraseId: string, at: number): LearnedPair[] {
  const key = learnedKey(message);
  if (key === '') return [...pairs];
  const same = pairs.find((p) => p.phraseId === phraseId && learnedKey(p.message) === key);
  const rest = pairs.filter((p) => p !== same);
  const next: LearnedPair = { message: message.trim().slice(0, LEARNED_LIMITS.messageMax), phraseId, count: (same?.count ?? 0) + 1, at };
  return [...rest, next].sort((a, b) => a.at - b.at).slice(-LEARNED_LIMITS.pairsMax);
}
