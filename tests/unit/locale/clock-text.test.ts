import { describe, expect, it } from 'vitest';
import { CLOCK_TEXT, clockText, type ClockKey } from '../../../utils/locales/clock';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

const KEYS = Object.keys(CLOCK_TEXT.en) as ClockKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe.each(Object.entries(CLOCK_TEXT) as [UiLocale, Record<ClockKey, string>][])('reply clock strings in %s', (locale, table) => {
  it('has every key with text, the same placeholders as English, in its own script', () => {
    expect(Object.keys(table).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((k) => table[k].trim() === '' || placeholders(table[k]) !== placeholders(CLOCK_TEXT.en[k]))).toEqual([]);
    expect(KEYS.flatMap((k) => wrongScript(table[k], locale).map((w) => `${k}: ${w}`))).toEqual([]);
  });
});

it('fills placeholders and falls back to English for another language', () => {
  expect(clockText('zh-TW')('clock.seconds', { n: 30 })).toBe('30 秒');
  expect(clockText('fr')('clock.add')).toBe('Add');
});
