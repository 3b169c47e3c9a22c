/**
 * Pinyin typing errors that Chinese IMEs tolerate: 模糊音 (z/zh, c/ch, s/sh, n/l, f/h, an/ang,
 * en/eng, in/ing), ü typed as u (lue for lve) or v after j q x y (qve for que), and two
 * neighbouring letters swapped (pianyaun).
 * The matcher compares typed letters with these variants of a character's syllable; the
 * prefilter looks a letter run up by the parses of its repaired spellings as well.
 */
import { PINYIN_SYLLABLES } from './syllables';

const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
const INITIAL_PAIRS: Record<string, string> = { zh: 'z', z: 'zh', ch: 'c', c: 'ch', sh: 's', s: 'sh', n: 'l', l: 'n', f: 'h', h: 'f' };

const cache = new Map<string, readonly string[]>();

function finalVariants(initial: string, final: string): string[] {
  const out = [final];
  if (/(an|en|in)g$/.test(final)) out.push(final.slice(0, -1));
  else if (/(an|en|in)$/.test(final)) out.push(final + 'g');
  if ((initial === 'l' || initial === 'n') && final.startsWith('v')) out.push('u' + final.slice(1));
  // After j q x y the u is ü, which IMEs also take typed as v (qve for que).
  if (/^[jqxy]$/.test(initial) && final.startsWith('u')) out.push('v' + final.slice(1));
  return out;
}

/** Spellings an IME would accept for `syl` besides itself (not all of them real syllables). */
export function fuzzyVariants(syl: string): readonly string[] {
  let list = cache.get(syl);
  if (list) return list;
  const [, initial = '', final = ''] = INITIAL.exec(syl) ?? [];
  const initials = [initial];
  const other = INITIAL_PAIRS[initial];
  if (other && !(initial === 'h' && /^[zcs]/.test(syl))) initials.push(other);
  const out = new Set<string>();
  for (const i of initials) for (const f of finalVariants(i, final)) out.add(i + f);
  out.delete(syl);
  list = [...out];
  cache.set(syl, list);
  return list;
}

/** True when `typed` is `syl` with two neighbouring letters swapped (syllables of 3+ letters). */
export function isTransposed(typed: string, syl: string): boolean {
  if (typed.length !== syl.length || syl.length < 3 || typed === syl) return false;
  let k = 0;
  while (typed[k] === syl[k]) k++;
  return typed[k] === syl[k + 1] && typed[k + 1] === syl[k] && typed.slice(k + 2) === syl.slice(k + 2);
}

/** Most repaired spellings of one letter run. */
const MAX_REPAIRS = 4;

/**
 * Respellings of a letter run the prefilter should also look up: each syllable of an all-syllable
 * reading swapped for a real syllable an IME would take for it (one at a time), ü typed as u,
 * and neighbouring letters swapped back when that makes the run read as syllables.
 */
export function repairedRuns(letters: string, parse: (s: string) => string[][]): string[][][] {
  const out: string[][][] = [];
  const seen = new Set<string>([letters]);
  const tryRun = (s: string): void => {
    if (out.length >= MAX_REPAIRS || seen.has(s)) return;
    seen.add(s);
    const whole = parse(s).filter((p) => p.every((x) => !x.startsWith('#')));
    if (whole.length) out.push(whole.slice(0, 1));
  };
  if (/[ln]u/.test(letters)) tryRun(letters.replace(/([ln])u(e?)/g, '$1v$2'));
  if (/[jqxy]v/.test(letters)) tryRun(letters.replace(/([jqxy])v/g, '$1u'));
  const whole = parse(letters).filter((x) => x.every((y) => !y.startsWith('#')));
  // Letters that read as syllables: other syllables an IME takes them for; otherwise swaps.
  for (const p of whole.slice(0, 1)) {
    p.forEach((syl, k) => {
      for (const v of fuzzyVariants(syl)) {
        if (PINYIN_SYLLABLES.has(v)) tryRun([...p.slice(0, k), v, ...p.slice(k + 1)].join(''));
      }
    });
  }
  for (let k = 0; whole.length === 0 && k + 1 < letters.length && out.length < MAX_REPAIRS; k++) {
    tryRun(letters.slice(0, k) + letters[k + 1] + letters[k] + letters.slice(k + 2));
  }
  return out;
}
