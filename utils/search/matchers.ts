/**
 * Exact matchers run on prefiltered candidates: substring, pinyin (full, initials, mixed,
 * same-sound characters) and a proximity "bag" for swapped or dropped Chinese characters.
 * Each returns a quality in (0, 1] and the code-point span it covers.
 */
import type { FieldView } from './fields';
import { offsetAt, syllableAt } from './fields';
import { fuzzyVariants, isTransposed } from './fuzzy-pinyin';
import { hanSyllables, isHan, isSeparator } from './text';

export interface Term {
  /** Normalised term, no spaces. */
  text: string;
  /** Code points of `text`. */
  units: string[];
  /** Syllable of each Han unit, '' otherwise. */
  syllables: string[];
  hasHan: boolean;
  hasLetters: boolean;
  /**
   * Also read letters as IMEs tolerate them (模糊音, ü as u, swapped letters): the second pass,
   * when the letters as typed match too little.
   */
  tolerant: boolean;
  /** What a match of this term is worth (below 1 for a word corrected from a typo). */
  factor: number;
}

export function makeTerm(text: string): Term {
  const units = Array.from(text);
  const hanSyl = hanSyllables(text);
  let h = 0;
  const syllables = units.map((u) => (isHan(u) ? (hanSyl[h++] ?? '') : ''));
  return {
    text,
    units,
    syllables,
    hasHan: h > 0,
    hasLetters: /[a-z]/.test(text),
    tolerant: false,
    factor: 1,
  };
}

export interface SpanMatch {
  quality: number;
  /** Matched code points (indices into FieldView.chars). */
  chars: number[];
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

/** Substring of the normalised field. English terms inside a word score lower than at a word start. */
export function substringMatch(term: Term, view: FieldView): SpanMatch | null {
  const at = view.norm.indexOf(term.text);
  if (at < 0) return null;
  let quality = 1;
  if (isWordChar(term.text[0]) && isWordChar(view.norm[at - 1])) {
    // Prefer an occurrence at a word start when there is one.
    const re = new RegExp(`(^|[^a-z0-9])${term.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    const m = re.exec(view.norm);
    if (m) return spanFromUtf16(view, m.index + m[1]!.length, term.text.length, 1);
    quality = 0.85;
  }
  return spanFromUtf16(view, at, term.text.length, quality);
}

function spanFromUtf16(view: FieldView, start: number, length: number, quality: number): SpanMatch {
  const chars: number[] = [];
  for (let i = 0; i < view.chars.length; i++) {
    const o = offsetAt(view, i);
    if (o >= start && o < start + length) chars.push(i);
  }
  return { quality, chars };
}

const TWO_LETTER_INITIALS = new Set(['zh', 'ch', 'sh']);
/** Fewest characters a run of initials must cover inside a reply text (two letters match everywhere). */
const MIN_TEXT_INITIALS = 3;

/** Quality of each way a term unit may consume a field character. */
const Q = {
  literal: 1,
  fullSyllable: 0.95,
  partialLast: 0.9,
  initial: 0.85,
  sameSound: 0.72,
  /** Factor for another reading of a polyphonic character (会计 typed huij). */
  alternative: 0.9,
  /** A syllable typed as an IME tolerates it (sun for 顺, yaun for 远). */
  typo: 0.8,
} as const;

/**
 * Pinyin match: the term, read as pinyin and/or characters, consumes consecutive characters of
 * the field. Each Han character takes its full syllable (tuikuan), its initial (tklc), a prefix
 * of its syllable at the end of the term (tuik), itself (tui款), or another character with the
 * same sound (退宽). `strict` (long texts) asks for at least two characters, and for initials
 * before the last character at least three (fwm: 防伪码), so two letters do not match everywhere.
 */
export function pinyinMatch(term: Term, view: FieldView, strict: boolean): SpanMatch | null {
  const { units } = term;
  const n = units.length;
  const chars = view.chars;
  let best: SpanMatch | null = null;
  let budget = 4000;
  const path: number[] = [];
  // Initials inside a text: three or more units with letters (fwm, 欢yingshy), never two letters alone.
  const textInitials = strict && term.hasLetters && n >= MIN_TEXT_INITIALS;

  // Characters typed as characters: at least one must be right, the others may sound the same.
  let literalHan = 0;
  // Initials taken before the last character (in long texts only for 3+ letters of initials).
  let innerInitials = 0;
  const visit = (i: number, j: number, sum: number, han: number): void => {
    if (--budget < 0) return;
    if (j === n) {
      if (path.length === 0) return;
      if (strict && han < 2 && !term.hasHan) return;
      if (strict && innerInitials > 0 && han < MIN_TEXT_INITIALS) return;
      if (term.hasHan && !term.hasLetters && literalHan === 0) return;
      const quality = sum / path.length;
      if (!best || quality > best.quality) best = { quality, chars: path.slice() };
      return;
    }
    if (i >= chars.length) return;
    const ch = chars[i] as string;
    const syl = syllableAt(view, i);
    const u = units[j] as string;
    if (syl) {
      if (isHan(u)) {
        if (u === ch) {
          literalHan++;
          step(i, j + 1, sum + Q.literal, han + 1);
          literalHan--;
        }
        else if (term.syllables[j] && term.syllables[j] === syl) step(i, j + 1, sum + Q.sameSound, han + 1);
        return;
      }
      const full = letters(i, j, sum, han, syl, 1);
      // Other readings of a polyphonic character count a little less, and only in full or at the end.
      for (const alt of view.alternatives?.get(i) ?? []) {
        if (alt[0] !== syl[0] || alt.length <= 1) letters(i, j, sum, han, alt, Q.alternative);
        else letters(i, j, sum, han, alt, Q.alternative, 2);
      }
      if (!full && term.tolerant && n - j >= 2) typos(i, j, sum, han, syl);
      return;
    }
    if (ch === u) {
      step(i, j + 1, sum + Q.literal, han);
      return;
    }
    // Spaces and punctuation inside the field may be skipped once the match has begun.
    if (j > 0 && isSeparator(ch)) visit(i + 1, j, sum, han);
  };
  /** Spellings an IME tolerates for `syl` (模糊音, ü as u, swapped letters), in full or at the end. */
  const typos = (i: number, j: number, sum: number, han: number, syl: string): void => {
    const rest = units.slice(j).join('');
    const typed = rest.slice(0, syl.length);
    if (isTransposed(typed, syl)) step(i, j + syl.length, sum + Q.typo, han + 1);
    for (const v of fuzzyVariants(syl)) {
      if (v[0] !== units[j]) continue;
      if (rest.startsWith(v)) step(i, j + v.length, sum + Q.typo, han + 1);
      else if (rest.length >= 2 && rest.length < v.length && v.startsWith(rest)) step(i, n, sum + Q.typo * Q.partialLast, han + 1);
    }
  };
  /**
   * Letters from units[j] consuming character i read as `syl`: longest useful prefix first.
   * Returns whether the whole syllable was typed.
   */
  const letters = (i: number, j: number, sum: number, han: number, syl: string, factor: number, minLen = 1): boolean => {
    let run = 0;
    while (j + run < n && run < syl.length && units[j + run] === syl[run]) run++;
    for (let len = run; len >= minLen; len--) {
      const end = j + len === n;
      if (len === syl.length) step(i, j + len, sum + factor * Q.fullSyllable, han + 1);
      else if (len === 1 || (len === 2 && TWO_LETTER_INITIALS.has(syl.slice(0, 2)))) {
        if (end) step(i, j + len, sum + factor * Q.partialLast, han + 1);
        else if (!strict || textInitials) {
          innerInitials++;
          step(i, j + len, sum + factor * Q.initial, han + 1);
          innerInitials--;
        }
      } else if (end) step(i, j + len, sum + factor * Q.partialLast, han + 1);
    }
    return run === syl.length;
  };
  const step = (i: number, j: number, sum: number, han: number): void => {
    path.push(i);
    visit(i + 1, j, sum, han);
    path.pop();
  };

  const first = units[0];
  if (first === undefined) return null;
  const firstSyl = term.syllables[0];
  const typoStart = term.tolerant && term.hasLetters && n >= 2;
  for (let i = 0; i < chars.length && budget > 0; i++) {
    const ch = chars[i] as string;
    const syl = syllableAt(view, i);
    const canStart =
      ch === first ||
      (syl !== '' && (syl[0] === first || (firstSyl !== '' && firstSyl === syl))) ||
      (view.alternatives?.get(i)?.some((a) => a[0] === first) ?? false) ||
      (typoStart && syl !== '' && fuzzyVariants(syl).some((v) => v[0] === first));
    if (canStart) visit(i, 0, 0, 0);
    if (best !== null && (best as SpanMatch).quality >= Q.fullSyllable && i > 0) break;
  }
  return best;
}

/**
 * Chinese characters typed in the wrong order or with one left out (运险费, 退款程): the
 * term's characters found close together in the field.
 */
export function proximityMatch(term: Term, view: FieldView): SpanMatch | null {
  const n = term.units.length;
  if (!term.hasHan || n < 2) return null;
  const wanted = new Set(term.units);
  let best: SpanMatch | null = null;
  const maxSpan = n + 2;
  for (let i = 0; i < view.chars.length; i++) {
    if (!wanted.has(view.chars[i] as string)) continue;
    const seen = new Set<string>();
    const hit: number[] = [];
    for (let k = i; k < Math.min(view.chars.length, i + maxSpan); k++) {
      const c = view.chars[k] as string;
      if (wanted.has(c) && !seen.has(c)) {
        seen.add(c);
        hit.push(k);
      }
    }
    const present = seen.size;
    if (present < 2 || present < (n === 2 ? 2 : n - 1)) continue;
    const span = (hit[hit.length - 1] as number) - (hit[0] as number) + 1;
    // Missing characters cost more than spread-out ones.
    const quality = 0.72 * (present / n) ** 2 * Math.sqrt(Math.min(1, n / span));
    if (!best || quality > best.quality) best = { quality, chars: hit };
  }
  return best;
}
