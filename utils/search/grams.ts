/**
 * Grams: the keys of the prefilter's inverted index. A phrase is filed under the grams of its
 * fields; a query term is looked up by the grams of each of its readings. Every kind of gram
 * but the Han character carries its own prefix, so kinds never collide.
 */
import type { FieldKeys, SearchKeys } from './keys';
import { repairedRuns } from './fuzzy-pinyin';
import { expandField } from './keys';
import type { Term } from './matchers';
import { PINYIN_PREFIXES, PINYIN_SYLLABLES } from './syllables';
import { foldCase, isHan, isHanCode, isSeparator } from './text';

/** Emoji and pictographs are grams of their own (a phrase titled 😊 is found by 😊). */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
import type { PhraseInput } from './types';

/** Prefixes of the gram kinds (a Han character is its own gram, unprefixed). */
export const GRAM = {
  /** First letter of an English word or a digit run: `^s` for "size". */
  wordStart: '^',
  /** A Han character's toneless syllable: `~tui` for 退. */
  syllable: '~',
  /** Pinyin initials: alone or as a pair of neighbours in short fields (`#t`, `#tk`), pairs in texts. */
  initials: '#',
  /** A prefix of the shortcut code: `!y`, `!yh`. */
  shortcut: '!',
} as const;

/** Field tiers of the prefilter (2 bits in each posting). */
export const TIER = { text: 0, group: 1, tags: 2, title: 3 } as const;

/** Prefilter hits by sound alone (same syllable, other character) count less than literal ones. */
export const SOUND_FACTOR = 0.6;
/** Hits by a repaired spelling (模糊音, swapped letters) count less than by the letters typed. */
const REPAIRED_FACTOR = 0.7;

/** Most parses of one letter run, and most combined readings of one term. */
const MAX_PARSES = 16;
const MAX_READINGS = 24;

/**
 * Grams a phrase is filed under, each with the best field tier it occurs in (see TIER):
 * Han characters, their syllables, pinyin-initial pairs of short fields, English word starts and
 * letter pairs, shortcut prefixes.
 */
export function docGrams(p: PhraseInput, keys: SearchKeys, shortcut: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (g: string, tier: number): void => {
    if (tier > (grams.get(g) ?? -1)) grams.set(g, tier);
  };
  addFieldGrams(p.title, keys.title, TIER.title, add);
  (p.tags ?? []).forEach((t, i) => addFieldGrams(t, keys.tags?.[i], TIER.tags, add));
  if (p.group) addFieldGrams(p.group, keys.group, TIER.group, add);
  addFieldGrams(p.text, keys.text, TIER.text, add);
  for (let k = 1; k <= shortcut.length; k++) add(GRAM.shortcut + shortcut.slice(0, k), TIER.title);
  return grams;
}

function addFieldGrams(value: string, k: FieldKeys | undefined, tier: number, add: (g: string, tier: number) => void): void {
  const short = tier > TIER.text;
  const { simplified, syllables, alternatives } = expandField(value, k);
  const norm = foldCase(simplified);
  let h = 0;
  // Initials of the previous character: its reading in context first, then other readings.
  let prevInitial = '';
  let wordStart = -1;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? (norm.codePointAt(i) as number) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (wordStart < 0) {
        wordStart = i;
        add(GRAM.wordStart + norm[i], tier);
      } else add(norm.slice(i - 1, i + 1), tier);
      continue;
    }
    // A letter or two between Han characters (维C精华) is read as one more initial: wcjh; a
    // longer word after a Han character joins it by its first letter (测uuu: cu).
    if (wordStart >= 0) {
      const w = norm.slice(wordStart, i);
      const afterHan = prevInitial !== '';
      if (afterHan && /^[a-z]/.test(w)) add(GRAM.initials + (prevInitial[0] as string) + w[0], tier);
      prevInitial = /[a-z]$/.test(w) && (afterHan || w.length <= 2) ? (w[w.length - 1] as string) : '';
    }
    wordStart = -1;
    if (c > 0xffff) i++;
    if (!isHanCode(c)) {
      // Spaces and punctuation do not part initials (爱你 中 国: nzg); other characters do.
      if (c === 0) continue;
      const ch = String.fromCodePoint(c);
      if (PICTOGRAPH.test(ch)) add(ch, tier);
      else if (!isSeparator(ch)) prevInitial = '';
      continue;
    }
    const ch = String.fromCodePoint(c);
    add(ch, tier);
    const alts = alternatives?.get(h);
    const syl = syllables[h++] ?? '';
    if (!syl) {
      prevInitial = '';
      continue;
    }
    add(GRAM.syllable + syl, tier);
    let initials = syl[0] as string;
    // Other readings are filed as text, whatever the field: they weigh least.
    for (const alt of alts ?? []) {
      add(GRAM.syllable + alt, TIER.text);
      if (!initials.includes(alt[0] as string)) initials += alt[0];
    }
    if (short) for (const x of initials) add(GRAM.initials + x, x === syl[0] ? tier : TIER.text);
    // Pairs also in reply texts, so initials of a word inside the text (fwm: 防伪码) reach it.
    for (const p of prevInitial) for (const x of initials) add(GRAM.initials + p + x, p === prevInitial[0] && x === syl[0] ? tier : TIER.text);
    prevInitial = initials;
  }
}

/**
 * Ways to read a run of letters as pinyin pieces: full syllables (`tui`) or single initials,
 * which are marked with the initials prefix (`#k`).
 */
export function pinyinParses(letters: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  const cur: string[] = [];
  const walk = (j: number): void => {
    if (out.length >= MAX_PARSES) return;
    if (j === letters.length) {
      out.push(cur.slice());
      return;
    }
    let tookSyllable = false;
    for (let len = Math.min(6, letters.length - j); len >= 2; len--) {
      const piece = letters.slice(j, j + len);
      const last = j + len === letters.length;
      if (syllables.has(piece) || (last && prefixes.has(piece))) {
        tookSyllable = true;
        cur.push(piece);
        walk(j + len);
        cur.pop();
      }
    }
    const ch = letters[j] as string;
    if (!'iuv'.includes(ch) || !tookSyllable) {
      cur.push(GRAM.initials + ch);
      walk(j + 1);
      cur.pop();
    }
  };
  walk(0);
  return out;
}

/** One reading of a query term: the grams it needs and what a hit by them is worth. */
export interface GramList {
  grams: string[];
  factor: number;
}

/** Grams of each reading of a term (literal; same-sound/pinyin parses), or its respellings when tolerant. */
export function termGramLists(term: Term): GramList[] {
  const lists: GramList[] = [];
  // The tolerant pass looks up only what the first pass did not: the respelled readings.
  const repaired = term.tolerant ? repairedReadings(term) : [];
  if (repaired.length) return repaired.map((pieces) => ({ grams: [...soundGrams(pieces)], factor: REPAIRED_FACTOR }));
  const literal = new Set<string>();
  const runs = term.text.split(/[^a-z0-9]+/).filter(Boolean);
  for (const u of term.units) if (isHan(u) || PICTOGRAPH.test(u)) literal.add(u);
  for (const w of runs) {
    literal.add(GRAM.wordStart + w[0]);
    for (let k = 0; k + 1 < w.length; k++) literal.add(w.slice(k, k + 2));
  }
  if (literal.size) lists.push({ grams: [...literal], factor: 1 });
  for (const pieces of pinyinReadings(term)) {
    const grams = soundGrams(pieces);
    if (grams.size) lists.push({ grams: [...grams], factor: term.hasHan ? SOUND_FACTOR : 1 });
  }
  return lists;
}

const repairedCache = new Map<string, string[][]>();

/** Readings of a letter term respelled as IMEs tolerate it (none for other terms). */
export function repairedReadings(term: Term): string[][] {
  if (!/^[a-z]{2,}$/.test(term.text)) return [];
  let r = repairedCache.get(term.text);
  if (!r) {
    r = repairedRuns(term.text, (s) => pinyinParses(s, PINYIN_SYLLABLES, PINYIN_PREFIXES)).flat();
    // A query's own respellings, asked for by the condition and then by the prefilter.
    if (repairedCache.size > 32) repairedCache.clear();
    repairedCache.set(term.text, r);
  }
  return r;
}

/** Pinyin readings of a term: Han units by sound, letter runs parsed into syllables or initials. */
function pinyinReadings(term: Term): string[][] {
  const segments: string[][][] = [];
  let letters = '';
  const flush = (): void => {
    if (letters) segments.push(pinyinParses(letters, PINYIN_SYLLABLES, PINYIN_PREFIXES));
    letters = '';
  };
  term.units.forEach((u, i) => {
    if (/[a-z]/.test(u)) letters += u;
    else {
      flush();
      const syl = term.syllables[i];
      if (syl) segments.push([[syl]]);
    }
  });
  flush();
  if (segments.length === 0 || segments.some((s) => s.length === 0)) return [];
  let combos: string[][] = [[]];
  for (const seg of segments) {
    const next: string[][] = [];
    for (const c of combos) for (const s of seg) if (next.length < MAX_READINGS) next.push([...c, ...s]);
    combos = next;
  }
  return combos;
}

/** Grams of one reading: its syllables, the initials of neighbouring pieces (or of the only one). */
function soundGrams(pieces: string[]): Set<string> {
  const initialOf = (piece: string): string => (piece[0] === GRAM.initials ? (piece[1] as string) : (piece[0] as string));
  const grams = new Set<string>();
  pieces.forEach((piece, k) => {
    const initial = initialOf(piece);
    if (piece[0] !== GRAM.initials) grams.add(GRAM.syllable + piece);
    const prev = pieces[k - 1];
    if (prev !== undefined) grams.add(GRAM.initials + initialOf(prev) + initial);
    else if (pieces.length === 1) grams.add(GRAM.initials + initial);
  });
  return grams;
}
