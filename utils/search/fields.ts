/**
 * Field views used by the matchers: one entry per code point, holding its normalised
 * character, its UTF-16 offset in the original string and its pinyin syllable (Han only).
 */
import { expandField } from './keys';
import type { FieldKeys } from './keys';
import { foldCase, isHan } from './text';

export type MatchField = 'title' | 'text' | 'group' | 'tags' | 'shortcut';

export interface FieldView {
  field: MatchField;
  /** Tag position for `tags`, 0 otherwise. */
  index: number;
  original: string;
  /** Simplified, case- and width-folded; same UTF-16 length as `original`. */
  norm: string;
  /** Normalised code points. */
  chars: string[];
  /** UTF-16 offset of each code point; one extra entry holds the string length. */
  offsets: number[];
  /** Toneless syllable per code point, '' for non-Han code points. */
  syllables: string[];
  /** Number of Han code points. */
  hanCount: number;
  /** Other readings of polyphonic characters by code point index, or null (see readings.ts). */
  alternatives: Map<number, string[]> | null;
}

export function makeFieldView(field: MatchField, index: number, original: string, keys: FieldKeys | undefined): FieldView {
  const { simplified, syllables: hanSyl, alternatives: byHan } = expandField(original, keys);
  const alternatives: Map<number, string[]> | null = byHan ? new Map() : null;
  const norm = foldCase(simplified);
  const chars: string[] = [];
  const offsets: number[] = [];
  const syllables: string[] = [];
  let offset = 0;
  let h = 0;
  for (const ch of norm) {
    chars.push(ch);
    offsets.push(offset);
    if (isHan(ch)) {
      syllables.push(hanSyl[h] ?? '');
      const alt = byHan?.get(h);
      if (alt) alternatives?.set(chars.length - 1, alt);
      h++;
    } else {
      syllables.push('');
    }
    offset += ch.length;
  }
  offsets.push(offset);
  return { field, index, original, norm, chars, offsets, syllables, hanCount: h, alternatives };
}

/**
 * The field spelled in pinyin (syllables joined, other characters kept), with a map from
 * each position of that string to the code point it came from. Used for fuzzy pinyin.
 */
export interface PinyinSpelling {
  text: string;
  toChar: number[];
}

export function pinyinSpelling(view: FieldView): PinyinSpelling {
  let text = '';
  const toChar: number[] = [];
  view.chars.forEach((ch, i) => {
    const piece = view.syllables[i] || ch;
    text += piece;
    for (let k = 0; k < piece.length; k++) toChar.push(i);
  });
  return { text, toChar };
}
