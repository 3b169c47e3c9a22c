/** The intent layer: which intents (phrases/suggest/intents.ts, passed in) a normalised text names, and with which words. */
import { normalize } from '../search/text';
import type { SuggestIntent } from './types';

export interface IntentHit {
  readonly id: string;
  /** The words of the text that named it (as written in the text). */
  readonly words: readonly string[];
}

interface CompiledIntent {
  readonly id: string;
  readonly zh: readonly string[];
  readonly en: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const parts = words.map((w) => {
    const open = w.endsWith('*');
    const body = escape(normalize(open ? w.slice(0, -1) : w)).replace(/\\\*/g, '.?').replace(/ /g, '\\s+');
    return open ? `${body}[a-z]*` : body;
  });
  return new RegExp(`(?<![a-z])(?:${parts.join('|')})(?![a-z])`, 'g');
}

/** Prepares the intent data once (per engine). */
export function compileIntents(intents: readonly SuggestIntent[]): readonly CompiledIntent[] {
  return intents.map((i) => ({ id: i.id, zh: i.zh.map(normalize), en: englishPattern(i.en) }));
}

/** The intents `text` names (normalise it first with search/text `normalize`). */
export function intentsIn(norm: string, intents: readonly CompiledIntent[]): IntentHit[] {
  const hits: IntentHit[] = [];
  for (const intent of intents) {
    const words = intent.zh.filter((w) => norm.includes(w));
    if (intent.en) for (const m of norm.matchAll(intent.en)) words.push(m[0]);
    if (words.length > 0) hits.push({ id: intent.id, words: [...new Set(words)] });
  }
  return hits;
}

