/**
 * The blind labelled set (tests/unit/suggest/blind/messages.tsv: customer message, built-in pack, the phrase ids that
 * answer it), written by someone who had not seen the engine or the intent data, never read while tuning: top-1 and
 * top-3 per pack. Only the figures are printed, never the misses (reading them would make the set a tuning set).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinEngine, type BuiltinLocale } from './builtin';

const LOCALES: readonly BuiltinLocale[] = ['zh-CN', 'zh-TW', 'en'];

interface Labelled {
  message: string;
  locale: BuiltinLocale;
  answers: string[];
}

/** `builtin-zh-CN`, `zh-CN`, `zh_cn` → zh-CN; anything else (a header row) → null. */
function localeOf(cell: string): BuiltinLocale | null {
  const key = cell.trim().replace(/^builtin[-_]/i, '').replace('_', '-').toLowerCase();
  return LOCALES.find((l) => l.toLowerCase() === key) ?? null;
}

function readSet(): Labelled[] {
  const text = readFileSync(fileURLToPath(new URL('./blind/messages.tsv', import.meta.url)), 'utf8').replace(/^\uFEFF/, '');
  return text.split(/\r?\n/).flatMap((line) => {
    const [message, pack, ids] = line.split('\t');
    const locale = localeOf(pack ?? '');
    if (!message?.trim() || !locale || !ids?.trim()) return [];
    // Ids as the pack writes them (`logistics-01`) or as the library does (`builtin-zh-CN/logistics-01`).
    const answers = ids.split(/[,，]/).map((id) => id.trim().replace(/^.*\//, '')).filter((id) => id !== '');
    return [{ message: message.trim(), locale, answers }];
  });
}

/** Share under which the test fails (a little under what it measures; the goals are 65% / 85%). */
const FLOOR: Record<BuiltinLocale | 'all', { top1: number; top3: number }> = {
  // Measured 2026-12-01 (first run, nothing tuned on it): zh-CN 72.2 / 90.4, zh-TW 69.4 / 83.9, en 70.7 / 89.3, all 71.0 / 88.5.
  'zh-CN': { top1: 0.7, top3: 0.88 },
  'zh-TW': { top1: 0.67, top3: 0.81 },
  en: { top1: 0.68, top3: 0.87 },
  all: { top1: 0.69, top3: 0.86 },
};

describe('suggested replies on the blind labelled set', () => {
  const set = readSet();

  it('has labelled messages in every language', () => {
    expect(set.length).toBeGreaterThanOrEqual(200);
    for (const l of LOCALES) expect(set.filter((m) => m.locale === l).length).toBeGreaterThan(0);
  });

  it('puts a right phrase first / in the top three (per pack; the misses are not printed)', () => {
    const engines = new Map(LOCALES.map((l) => [l, builtinEngine(l)] as const));
    const tally = new Map<BuiltinLocale | 'all', { n: number; top1: number; top3: number }>();
    const add = (key: BuiltinLocale | 'all', first: boolean, three: boolean) => {
      const t = tally.get(key) ?? { n: 0, top1: 0, top3: 0 };
      tally.set(key, { n: t.n + 1, top1: t.top1 + (first ? 1 : 0), top3: t.top3 + (three ? 1 : 0) });
    };
    for (const m of set) {
      const ids = engines.get(m.locale)?.suggest(m.message, { limit: 3 }).map((s) => s.phraseId) ?? [];
      const first = m.answers.includes(ids[0] ?? '');
      const three = ids.some((id) => m.answers.includes(id));
      add(m.locale, first, three);
      add('all', first, three);
    }
    for (const [key, t] of tally) {
      const top1 = t.top1 / t.n;
      const top3 = t.top3 / t.n;
      console.log(`suggest blind ${key}: ${t.n} messages, top-1 ${(100 * top1).toFixed(1)}%, top-3 ${(100 * top3).toFixed(1)}%`);
      expect(top1).toBeGreaterThanOrEqual(FLOOR[key].top1);
      expect(top3).toBeGreaterThanOrEqual(FLOOR[key].top3);
    }
  });
});
