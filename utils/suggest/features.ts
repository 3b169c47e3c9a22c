/**
 * Features of a text for suggested replies: Chinese characters and pairs of characters (Traditional folded to
 * Simplified), pairs of syllables (same-sound typos: 退宽 ~ 退款), and English word stems. Each feature remembers
 * where it stands in the text, so the matched words can be named.
 */
import { hanSyllables, isHan, normalize } from '../search/text';

export interface Feature {
  readonly key: string;
  /** How much the feature says on its own (before rarity). */
  readonly factor: number;
  readonly start: number;
  readonly end: number;
}

/** Words that say nothing about what a message asks. */
const EN_STOP = new Set(
  'a an the i me my we our you your it its is are was were be been am do does did to of in on at for and or but so with this that these those there here have has had can could will would should please just hi'.split(' '),
);

/** A light English stem: plural and verb endings off (refunds, refunded, refunding → refund). */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const end of ['ing', 'ed', 'es', 's']) {
    if (word.length > end.length + 3 && word.endsWith(end)) return word.slice(0, -end.length);
  }
  return word;
}

function hanRuns(norm: string): { start: number; text: string }[] {
  const runs: { start: number; text: string }[] = [];
  let start = -1;
  for (let i = 0; i <= norm.length; i++) {
    const han = i < norm.length && isHan(norm[i] as string);
    if (han && start < 0) start = i;
    if (!han && start >= 0) {
      runs.push({ start, text: norm.slice(start, i) });
      start = -1;
    }
  }
  return runs;
}

function hanFeatures(run: { start: number; text: string }, withSound: boolean, out: Feature[]): void {
  const { start, text } = run;
  for (let i = 0; i < text.length; i++) {
    out.push({ key: `c${text[i]}`, factor: 0.35, start: start + i, end: start + i + 1 });
    if (i + 1 < text.length) out.push({ key: `b${text.slice(i, i + 2)}`, factor: 1, start: start + i, end: start + i + 2 });
  }
  if (!withSound || text.length < 2) return;
  const syllables = hanSyllables(text);
  for (let i = 0; i + 1 < syllables.length; i++) {
    if (syllables[i] && syllables[i + 1]) out.push({ key: `p${syllables[i]} ${syllables[i + 1]}`, factor: 0.5, start: start + i, end: start + i + 2 });
  }
}

function wordFeatures(norm: string, out: Feature[]): void {
  for (const m of norm.matchAll(/[a-z][a-z0-9']*|\d{1,3}(?!\d)/g)) {
    const word = m[0].replace(/'s?$/, '');
    if (EN_STOP.has(word)) continue;
    out.push({ key: `w${stem(word)}`, factor: 1, start: m.index, end: m.index + m[0].length });
  }
}

/** The features of `text` (its first `max` characters); `withSound` adds syllable pairs (costs a pinyin lookup). */
export function textFeatures(text: string, options: { max?: number; withSound?: boolean } = {}): { norm: string; features: Feature[] } {
  const norm = normalize(text.slice(0, options.max ?? 400));
  const features: Feature[] = [];
  for (const run of hanRuns(norm)) hanFeatures(run, options.withSound ?? true, features);
  wordFeatures(norm, features);
  return { norm, features };
}

/** Each key once, with its largest factor. */
export function featureWeights(features: readonly Feature[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of features) out.set(f.key, Math.max(out.get(f.key) ?? 0, f.factor));
  return out;
}
