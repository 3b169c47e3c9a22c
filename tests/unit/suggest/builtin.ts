/** The built-in packs as the suggestion engine reads them (phrases with their group names). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSuggestEngine } from '../../../utils/suggest/engine';
import type { LearnedPair, SuggestPhrase } from '../../../utils/suggest/types';
import { SUGGEST_INTENTS } from '../../../phrases/suggest/intents';

export type BuiltinLocale = 'zh-CN' | 'zh-TW' | 'en';

interface PackFile {
  groups: { id: string; name: string }[];
  phrases: { id: string; group: string; title: string; text: string; questions?: string[]; tags?: string[] }[];
}

export function builtinPhrases(locale: BuiltinLocale): SuggestPhrase[] {
  const pack = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../phrases/builtin/${locale}.json`, import.meta.url)), 'utf8')) as PackFile;
  const names = new Map(pack.groups.map((g) => [g.id, g.name]));
  return pack.phrases.map((p) => ({ ...p, groupName: names.get(p.group) ?? '' }));
}

export function builtinEngine(locale: BuiltinLocale, learned: readonly LearnedPair[] = []) {
  return createSuggestEngine(builtinPhrases(locale), { intents: SUGGEST_INTENTS, learned });
}

export const top = (engine: ReturnType<typeof builtinEngine>, message: string, limit = 3) => engine.suggest(message, { limit }).map((s) => s.phraseId);
