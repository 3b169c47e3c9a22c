import { describe, expect, it } from 'vitest';
import { VARIANT_TEXT, variantText, type VariantKey } from '../../../utils/locales/variants';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

const KEYS = Object.keys(VARIANT_TEXT.en) as VariantKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe.each(Object.entries(VARIANT_TEXT) as [UiLocale, Record<VariantKey, string>][])('variant strings in %s', (locale, table) => {
  it('has every key with text, the same placeholders as English, in its own script', () => {
    expect(Object.keys(table).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((k) => table[k].trim() === '' || placeholders(table[k]) !== placeholders(VARIANT_TEXT.en[k]))).toEqual([]);
    expect(KEYS.flatMap((k) => wrongScript(table[k], locale).map((w) => `${k}: ${w}`))).toEqual([]);
  });
});

it('fills placeholders and falls back to English for another language', () => {
  expect(variantText('zh-CN')('var.err.tooMany', { max: 10 })).toBe('每条话术最多 10 个版本。');
  expect(variantText('fr')('var.remove')).toBe('Remove this version');
});
