/**
 * Other readings of polyphonic characters. pinyin-pro reads each character once, in context
 * (会计 kuai ji, 花呗 hua bai); an agent may type another common reading (huij, huabei). Those
 * are stored with the phrase's keys and matched at a lower quality than the reading in context.
 */
import { polyphonic } from 'pinyin-pro';
import { isHan } from './text';

/** Most alternative readings stored per field, and per character. */
export const MAX_ALTERNATIVES = 8;
const MAX_PER_CHAR = 2;
/**
 * Grammatical characters whose other readings are practically never what an agent types
 * (的 di, 了 liao as in 了解 is read in context, 着 zhao, 得 dei …): not stored.
 */
const SKIP = new Set(Array.from('的了着地得和都不一这么哪那呢吗吧啊个过上下'));

/**
 * Alternative readings of the Han characters of `simplified`, `hanIndex:syllable` pairs
 * separated by spaces (ü as v), first characters first, or undefined when there are none.
 */
export function alternativeReadings(simplified: string, primary: readonly string[]): string | undefined {
  const chars = Array.from(simplified);
  if (!chars.some(isHan)) return undefined;
  const all = polyphonic(simplified, { toneType: 'none', type: 'array' });
  if (all.length !== chars.length) return undefined;
  const out: string[] = [];
  let h = 0;
  for (let i = 0; i < chars.length && out.length < MAX_ALTERNATIVES; i++) {
    const ch = chars[i] as string;
    if (!isHan(ch)) continue;
    const own = primary[h];
    const readings = all[i] ?? [];
    if (own && readings.length > 1 && !SKIP.has(ch)) {
      let taken = 0;
      for (const r of readings) {
        const syl = r.toLowerCase().replace(/ü/g, 'v');
        if (syl === own || !/^[a-z]+$/.test(syl) || taken >= MAX_PER_CHAR) continue;
        out.push(`${h}:${syl}`);
        taken++;
        if (out.length >= MAX_ALTERNATIVES) break;
      }
    }
    h++;
  }
  return out.length ? out.join(' ') : undefined;
}

/** Stored alternatives read back: Han index → syllables. Entries beyond `hanCount` are ignored. */
export function parseAlternatives(a: string | undefined, hanCount: number): Map<number, string[]> | null {
  if (!a) return null;
  let map: Map<number, string[]> | null = null;
  for (const pair of a.split(' ')) {
    const colon = pair.indexOf(':');
    const h = Number(pair.slice(0, colon));
    const syl = pair.slice(colon + 1);
    if (colon < 1 || !Number.isInteger(h) || h < 0 || h >= hanCount || !/^[a-z]+$/.test(syl)) continue;
    map ??= new Map();
    const list = map.get(h);
    if (list) list.push(syl);
    else map.set(h, [syl]);
  }
  return map;
}
