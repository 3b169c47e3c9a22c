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
  /** Normalised code points: `norm` itself when it has no surrogate pair (nothing stored twice). */
  chars: ArrayLike<string>;
  /**
   * UTF-16 offset of each code point and one more entry for the length, or null when every code
   * point is one UTF-16 unit (offset = index). Read through offsetAt.
   */
  offsets: readonly number[] | null;
  /** One char code per code point: the id of its syllable (0 for non-Han), '' without Han. Read through syllableAt. */
  syllableCodes: string;
  /** Number of Han code points. */
  hanCount: number;
  /** Other readings of polyphonic characters by code point index, or null (see readings.ts). */
  alternatives: Map<number, string[]> | null;
}

/** Syllables by id (0 is no syllable), shared by every view, so a view keeps two bytes per character. */
const SYLLABLE_OF: string[] = [''];
const SYLLABLE_ID = new Map<string, number>([['', 0]]);

function syllableId(syl: string): number {
  let id = SYLLABLE_ID.get(syl);
  if (id === undefined) {
    id = SYLLABLE_OF.length;
    SYLLABLE_OF.push(syl);
    SYLLABLE_ID.set(syl, id);
  }
  return id;
}

/** Toneless syllable of code point `i` of the view ('' for non-Han). */
export const syllableAt = (view: FieldView, i: number): string => SYLLABLE_OF[view.syllableCodes.charCodeAt(i)] ?? '';

/** UTF-16 offset of code point `i` of the view (`i` = chars.length gives the length). */
export const offsetAt = (view: FieldView, i: number): number => (view.offsets ? (view.offsets[i] ?? view.norm.length) : Math.min(i, view.norm.length));

/** The code point holding UTF-16 offset `k`, or -1. */
export function charAtOffset(view: FieldView, k: number): number {
  if (k < 0 || k >= view.norm.length) return -1;
  if (!view.offsets) return k;
  for (let i = 0; i < view.chars.length; i++) if ((view.offsets[i + 1] ?? 0) > k) return i;
  return -1;
}

export function makeFieldView(field: MatchField, index: number, original: string, keys: FieldKeys | undefined): FieldView {
  const { simplified, syllables: hanSyl, alternatives: byHan } = expandField(original, keys);
  const alternatives: Map<number, string[]> | null = byHan ? new Map() : null;
  const norm = foldCase(simplified);
  const wide = /[\ud800-\udbff]/.test(norm);
  const chars: string[] = [];
  const offsets: number[] = [];
  const codes: number[] = [];
  let offset = 0;
  let h = 0;
  for (const ch of norm) {
    if (wide) {
      chars.push(ch);
      offsets.push(offset);
    }
    if (isHan(ch)) {
      codes.push(syllableId(hanSyl[h] ?? ''));
      const alt = byHan?.get(h);
      if (alt) alternatives?.set(codes.length - 1, alt);
      h++;
    } else {
      codes.push(0);
    }
    offset += ch.length;
  }
  if (wide) offsets.push(offset);
  let syllableCodes = '';
  for (let k = 0; h > 0 && k < codes.length; k += 4096) syllableCodes += String.fromCharCode(...codes.slice(k, k + 4096));
  return { field, index, original, norm, chars: wide ? chars : norm, offsets: wide ? offsets : null, syllableCodes, hanCount: h, alternatives };
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
  for (let i = 0; i < view.chars.length; i++) {
    const piece = syllableAt(view, i) || (view.chars[i] as string);
    text += piece;
    for (let k = 0; k < piece.length; k++) toChar.push(i);
  }
  return { text, toChar };
}
