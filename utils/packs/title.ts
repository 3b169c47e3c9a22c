/**
 * A short title made from a phrase's text, for phrases that come without one (Qianniu files have
 * no title column; plain-text imports neither). Lists, the sidebar and search show it like a title
 * the lead wrote. Pure.
 *
 * The title is the first clause that says something: leading clauses of one or two characters
 * (亲，/ 您好，/ "Hi,") are passed over when more follows. It is cut to about twelve Chinese
 * characters (24 columns: a Chinese character or an emoji takes 2, a letter 1) on a grapheme
 * boundary, so no surrogate pair, emoji sequence or combining mark is split, and it ends in "…" when cut.
 */

/** Widest title made, in columns. */
export const DERIVED_TITLE_WIDTH = 24;
/** Leading clauses shorter than this (in graphemes) are skipped when a later clause exists. */
const MIN_CLAUSE = 3;
const ELLIPSIS = '…';

/** Chinese punctuation always ends a clause; ASCII punctuation only before a space or the end (3.5 kg, 10:30, a.com). */
const CLAUSE_BREAK = /[，。！？；：…～\n\r]+|[,.!?;:](?=\s|$)/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u{1F1E6}-\u{1F1FF}]|\p{Extended_Pictographic}/u;
/** A letter or digit of a script written with spaces between words. */
const WORD = /^[\p{L}\p{N}]/u;
/** Punctuation and spaces that a title does not start or end with. */
const EDGE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

export function deriveTitle(text: string): string {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((clause) => clause.replace(/\s+/g, ' ').replace(EDGE, ''))
    .filter((clause) => clause !== '');
  const chosen = clauses.find((clause) => graphemes(clause).length >= MIN_CLAUSE) ?? clauses[0];
  // Only punctuation (？？？ / ...): that is the title.
  return cutToWidth(chosen ?? text.replace(/\s+/g, ' ').trim(), DERIVED_TITLE_WIDTH);
}

/** The phrase's own title, or one derived from its text when it has none (what lists show). */
export function titleOrDerived(phrase: { title: string; text: string }): string {
  return phrase.title.trim() !== '' ? phrase.title : deriveTitle(phrase.text);
}

function cutToWidth(clause: string, width: number): string {
  const parts = graphemes(clause);
  let used = 0;
  let end = 0;
  for (const part of parts) {
    const w = WIDE.test(part) ? 2 : 1;
    if (used + w > width) break;
    used += w;
    end++;
  }
  if (end === parts.length) return clause;
  // Room for the ellipsis, then back to the last space when a Latin word would be cut in half.
  let cut = end;
  while (cut > 0 && used + 1 > width) used -= WIDE.test(parts[--cut] ?? '') ? 2 : 1;
  const kept = parts.slice(0, cut);
  const inWord = (part: string | undefined) => part !== undefined && WORD.test(part) && !WIDE.test(part);
  const space = kept.lastIndexOf(' ');
  const midWord = inWord(parts[cut]) && inWord(kept[kept.length - 1]);
  const head = (midWord && space > kept.length / 2 ? kept.slice(0, space) : kept).join('');
  return `${head.replace(EDGE, '')}${ELLIPSIS}`;
}

type GraphemeSegmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: GraphemeSegmenter | null | undefined;

/** Grapheme clusters: Intl.Segmenter where the browser has it (not Firefox before 125), else code points with what joins them. */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale?: string, options?: object) => GraphemeSegmenter }).Segmenter;
    segmenter = Ctor ? new Ctor(undefined, { granularity: 'grapheme' }) : null;
  }
  if (segmenter !== null) return Array.from(segmenter.segment(text), (s) => s.segment);
  return fallbackGraphemes(text);
}

/** Combining marks, variation selectors, skin tones and ZWJ stay with the character before them (and after a ZWJ). */
function joinsPrevious(char: string): boolean {
  const point = char.codePointAt(0) ?? 0;
  return (
    /\p{M}/u.test(char) ||
    point === 0x200d ||
    point === 0xfe0e ||
    point === 0xfe0f ||
    (point >= 0x1f3fb && point <= 0x1f3ff) || // skin tones
    (point >= 0xe0020 && point <= 0xe007f) // tag characters (subdivision flags)
  );
}

export function fallbackGraphemes(text: string): string[] {
  const out: string[] = [];
  let regional = false;
  for (const char of text) {
    const last = out[out.length - 1];
    const point = char.codePointAt(0) ?? 0;
    const isRegional = point >= 0x1f1e6 && point <= 0x1f1ff;
    if (last !== undefined && (joinsPrevious(char) || last.endsWith('\u200D') || (isRegional && regional))) {
      out[out.length - 1] = last + char;
      regional = false;
      continue;
    }
    out.push(char);
    regional = isRegional;
  }
  return out;
}
