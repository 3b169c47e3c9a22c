/**
 * Phrase search: Chinese substring, pinyin (full, initials, mixed), Traditional ↔ Simplified,
 * typos, several words in any order, English words and prefixes, shortcut codes.
 *
 * Query path: an inverted index of grams (grams.ts: characters, same-sound syllables,
 * pinyin-initial pairs, English letter pairs, shortcut prefixes) picks at most 80 candidates
 * (prefilter.ts); exact matchers score them per field, and Fuse.js scores typos on those
 * candidates only when the exact matchers find too little (scoring.ts). Ranking (rank.ts): exact
 * shortcut > title > tags > group > text, then the agent's own usage (count, recency) and pins
 * break near-ties. store.ts holds the documents and postings; phrase-index.ts wires them into
 * the public index with its result cache and warm().
 */
export type { SearchKeys } from './keys';
export { computeSearchKeys } from './keys';
export type { MatchField } from './fields';
export type { FieldMatch, IndexOptions, PhraseIndex, PhraseInput, SearchHit, SearchOptions } from './types';
export { createPhraseIndex } from './phrase-index';
