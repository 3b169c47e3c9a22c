// Phrases whose example customer questions another phrase of the same pack answers better: for each of its
// questions, the suggestion engine (utils/suggest/) ranks some other phrase first. Such a phrase is never suggested
// for the questions it carries. Pure: the intents are passed in.
import { createSuggestEngine } from '../suggest/engine';
import type { SuggestIntent, SuggestPhrase } from '../suggest/types';

export interface ShadowedQuestions {
  /** Index of the phrase in the list given. */
  readonly index: number;
  /** Index of the phrase ranked first for most of its questions. */
  readonly by: number;
}

/** Every phrase with questions none of which ranks it first; `by` is the phrase that took most of them. */
export function shadowedQuestions(phrases: readonly SuggestPhrase[], intents: readonly SuggestIntent[]): ShadowedQuestions[] {
  const asking = phrases.filter((p) => (p.questions ?? []).some((q) => q.trim() !== ''));
  if (asking.length === 0 || phrases.length < 2) return [];
  const engine = createSuggestEngine(phrases, { intents });
  const indexOf = new Map(phrases.map((p, i) => [p.id, i] as const));
  const out: ShadowedQuestions[] = [];
  for (const phrase of asking) {
    const winners = new Map<string, number>();
    let own = false;
    for (const question of (phrase.questions ?? []).filter((q) => q.trim() !== '')) {
      const first = engine.suggest(question, { limit: 1 })[0]?.phraseId;
      if (first === undefined || first === phrase.id) {
        own = true;
        break;
      }
      winners.set(first, (winners.get(first) ?? 0) + 1);
    }
    const top = [...winners.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const index = indexOf.get(phrase.id);
    const by = top === undefined ? undefined : indexOf.get(top);
    if (!own && index !== undefined && by !== undefined) out.push({ index, by });
  }
  return out;
}
