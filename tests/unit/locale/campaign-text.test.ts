import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TEXT, campaignText, type CampaignKey } from '../../../utils/locales/campaign';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

const KEYS = Object.keys(CAMPAIGN_TEXT.en) as CampaignKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe.each(Object.entries(CAMPAIGN_TEXT) as [UiLocale, Record<CampaignKey, string>][])('campaign strings in %s', (locale, table) => {
  it('has every key with text, the same placeholders as English, in its own script', () => {
    expect(Object.keys(table).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((k) => table[k].trim() === '' || placeholders(table[k]) !== placeholders(CAMPAIGN_TEXT.en[k]))).toEqual([]);
    expect(KEYS.flatMap((k) => wrongScript(table[k], locale).map((w) => `${k}: ${w}`))).toEqual([]);
  });
});

it('fills placeholders and falls back to English for another language', () => {
  expect(campaignText('zh-CN')('camp.needsReview', { count: 2 })).toBe('需要复核（2）');
  expect(campaignText('fr')('camp.expired')).toBe('expired');
});
