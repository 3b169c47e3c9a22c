import { describe, expect, it } from 'vitest';
import { VARIANT_TEXT, variantText } from '../../../utils/locales/variants';
import { USAGE_TEXT, usageText } from '../../../utils/locales/usage';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

// The manager-only string tables (kept out of the content script's dictionaries).
type Tables = Readonly<Record<UiLocale, Readonly<Record<string, string>>>>;
const TABLES: [string, Tables][] = [
  ['variant', VARIANT_TEXT],
  ['usage', USAGE_TEXT],
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe.each(TABLES)('%s strings', (_name, tables) => {
  const english = tables.en;
  const keys = Object.keys(english);
  it.each(Object.entries(tables))('in %s: every key with text, the same placeholders as English, in its own script', (locale, table) => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    expect(keys.filter((k) => (table[k] ?? '').trim() === '' || placeholders(table[k] ?? '') !== placeholders(english[k] ?? ''))).toEqual([]);
    expect(keys.flatMap((k) => wrongScript(table[k] ?? '', locale as UiLocale).map((w) => `${k}: ${w}`))).toEqual([]);
  });
});

it('fills placeholders and falls back to English for another language', () => {
  expect(variantText('zh-CN')('var.err.tooMany', { max: 10 })).toBe('每条话术最多 10 个版本。');
  expect(variantText('fr')('var.remove')).toBe('Remove this version');
  expect(usageText('zh-TW')('use.idle', { days: 30, count: 4 })).toBe('30 天內未使用（4 則）');
});
