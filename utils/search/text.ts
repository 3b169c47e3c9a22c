/**
 * Text normalisation shared by key computation (at save time) and querying.
 *
 * Every normalised form keeps the UTF-16 length of its source, so an offset found in a
 * normalised string is also an offset into the original string (used for highlighting).
 */
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedConverter: Convert | null = null;

/** Traditional (Taiwan/OpenCC standard) → Simplified, character for character. */
export function toSimplified(text: string): string {
  if (!/[\u3000-\u{3ffff}]/u.test(text)) return text;
  toSimplifiedConverter ??= Converter({ from: 'tw', to: 'cn' });
  const converted = toSimplifiedConverter(text);
  if (converted.length === text.length) return converted;
  // A phrase-level conversion changed the length: fall back to one code point at a time
  // so offsets still line up with the source.
  let out = '';
  for (const ch of text) {
    const c = toSimplifiedConverter(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** True for a code point in the CJK ideograph blocks (unified, extensions, compatibility, radicals). */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x323af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2e80 && c <= 0x2fd5) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b)
  );
}

/** True for a CJK ideograph (one code point). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0) ?? 0);
}

/** True for characters that carry no meaning for search (spaces and punctuation). */
export function isSeparator(ch: string): boolean {
  return /[\s\p{P}\p{S}]/u.test(ch);
}

/** Latin letters that may carry diacritics (Latin-1 Supplement to Latin Extended Additional). */
const LATIN_MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** A Latin letter without its diacritics (ñ → n, é → e, ü → u), or the letter itself. */
function stripMarks(ch: string): string {
  const base = ch.normalize('NFD');
  return base.length > 1 && /^[a-zA-Z][\u0300-\u036f]+$/.test(base) ? (base[0] as string) : ch;
}

/**
 * Lower-case, Latin diacritics removed (niño → nino), full-width ASCII → half-width, ideographic
 * space → space. Keeps the UTF-16 length (characters whose lower case would change length are left alone).
 */
export function foldCase(text: string): string {
  if (!/[\uff01-\uff5e\u3000\u00c0-\u024f\u1e00-\u1eff]/.test(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return lower;
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let ch = text[i] as string;
    if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) ch = ' ';
    else if (LATIN_MARKED.test(ch)) ch = stripMarks(ch);
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** The searchable form of a string: simplified script, folded case and width. Same UTF-16 length. */
export function normalize(text: string): string {
  return foldCase(toSimplified(text));
}

/**
 * Toneless pinyin (ü written as v) for each Han code point of `text`, in order.
 * Non-Han code points are skipped; an unknown ideograph yields ''.
 */
export function hanSyllables(text: string): string[] {
  const out: string[] = [];
  if (!Array.from(text).some(isHan)) return out;
  const parts = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const chars = Array.from(text);
  // pinyin-pro returns one entry per code point.
  if (parts.length === chars.length) {
    chars.forEach((ch, i) => {
      if (!isHan(ch)) return;
      const p = (parts[i] ?? '').toLowerCase();
      out.push(/^[a-z]+$/.test(p) ? p : '');
    });
    return out;
  }
  for (const ch of chars) {
    if (!isHan(ch)) continue;
    const p = pinyin(ch, { toneType: 'none', v: true }).toLowerCase();
    out.push(/^[a-z]+$/.test(p) ? p : '');
  }
  return out;
}
