/**
 * Search keys computed once when a phrase is saved and stored with it (`PhraseRecord.keys`),
 * so building an index of 10,000 phrases does not run pinyin conversion again.
 *
 * Compact on purpose: only what is costly to recompute is stored.
 * - `s`: the field in Simplified script, present only when it differs from the field
 *   (same UTF-16 length as the field, so offsets carry over).
 * - `p`: toneless pinyin of each Han character of the field, in order, separated by spaces
 *   (an unknown ideograph leaves an empty slot). Absent when the field has no Han character.
 * - `a`: other common readings of polyphonic characters (`hanIndex:syllable`, see readings.ts).
 * - `h`: a hash of the source fields; keys whose hash no longer matches are recomputed.
 */
import { alternativeReadings, parseAlternatives } from './readings';
import { hanSyllables, isHan, toSimplified } from './text';

/** Bumped whenever the stored shape or the way it is computed changes. */
export const SEARCH_KEYS_VERSION = 2;

export interface FieldKeys {
  s?: string;
  p?: string;
  a?: string;
}

export interface SearchKeys {
  v: number;
  h: string;
  title?: FieldKeys;
  text?: FieldKeys;
  group?: FieldKeys;
  /** One entry per tag, in order (empty object for tags without Han characters). */
  tags?: FieldKeys[];
}

export interface KeySource {
  title: string;
  text: string;
  group?: string;
  tags?: readonly string[];
}

/** FNV-1a over the source fields, base 36. */
export function hashSource(src: KeySource): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  };
  feed(src.title);
  feed(src.text);
  feed(src.group ?? '');
  for (const t of src.tags ?? []) feed(t);
  return (h >>> 0).toString(36);
}

function fieldKeys(value: string): FieldKeys | undefined {
  const keys: FieldKeys = {};
  const simplified = toSimplified(value);
  if (simplified !== value) keys.s = simplified;
  const syllables = hanSyllables(simplified);
  if (syllables.length > 0) {
    keys.p = syllables.join(' ');
    const alternatives = alternativeReadings(simplified, syllables);
    if (alternatives) keys.a = alternatives;
  }
  return keys.s === undefined && keys.p === undefined ? undefined : keys;
}

/** Compute the keys to store with a phrase. Call again whenever title, text, group or tags change. */
export function computeSearchKeys(src: KeySource): SearchKeys {
  const keys: SearchKeys = { v: SEARCH_KEYS_VERSION, h: hashSource(src) };
  const title = fieldKeys(src.title);
  if (title) keys.title = title;
  const text = fieldKeys(src.text);
  if (text) keys.text = text;
  if (src.group) {
    const group = fieldKeys(src.group);
    if (group) keys.group = group;
  }
  const tags = (src.tags ?? []).map((t) => fieldKeys(t) ?? {});
  if (tags.some((t) => t.s !== undefined || t.p !== undefined)) keys.tags = tags;
  return keys;
}

/** True when stored keys were computed by this version from exactly these fields. */
export function keysMatch(keys: unknown, src: KeySource): keys is SearchKeys {
  if (typeof keys !== 'object' || keys === null) return false;
  const k = keys as Partial<SearchKeys>;
  return k.v === SEARCH_KEYS_VERSION && k.h === hashSource(src);
}

/** A field expanded from its stored keys: Simplified form and per-Han-character syllables. */
export interface ExpandedField {
  simplified: string;
  /** Syllable for each Han code point, in order. */
  syllables: string[];
  /** Other readings by Han index (polyphonic characters only), or null. */
  alternatives: Map<number, string[]> | null;
}

/** Expand one field's stored keys, checking they still fit the field. */
export function expandField(value: string, keys: FieldKeys | undefined): ExpandedField {
  const simplified = keys?.s !== undefined && keys.s.length === value.length ? keys.s : value;
  const syllables = keys?.p !== undefined ? keys.p.split(' ') : [];
  let han = 0;
  for (const ch of simplified) if (isHan(ch)) han++;
  if (han !== syllables.length) {
    const s = toSimplified(value);
    const syl = hanSyllables(s);
    return { simplified: s, syllables: syl, alternatives: parseAlternatives(alternativeReadings(s, syl), syl.length) };
  }
  return { simplified, syllables, alternatives: parseAlternatives(keys?.a, han) };
}
