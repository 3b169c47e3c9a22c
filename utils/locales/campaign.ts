/**
 * UI strings of campaign phrases (validity windows, sale presets, review dates), in the three UI languages. Only the
 * phrase manager shows them, so they are kept out of the dictionaries every chat page's content script loads (its
 * size budget, tests/e2e/sidebar.spec.ts), as the pack importer's messages are (utils/packs/messages.ts).
 */
import { fillTemplate } from '../i18n';
import type { UiLocale } from '../settings';

const en = {
  'camp.window': 'Validity',
  'camp.validFrom': 'First day',
  'camp.validUntil': 'Last day',
  'camp.preset': 'Sale',
  'camp.preset.618': '618 mid-year sale',
  'camp.preset.double11': "Double 11 (Singles' Day)",
  'camp.preset.double12': 'Double 12',
  'camp.preset.nianhuo': 'New Year goods festival',
  'camp.reviewDate': 'Review on',
  'camp.scheduled': 'not active yet',
  'camp.expired': 'expired',
  'camp.err.endsBeforeStart': 'The last day is before the first day.',
  'camp.err.invalid': 'Not a date.',
  'camp.needsReview': 'Needs review ({count})',
} as const;

export type CampaignKey = keyof typeof en;
type Table = { readonly [K in CampaignKey]: string };

const zhCN: Table = {
  'camp.window': '有效期',
  'camp.validFrom': '开始日期',
  'camp.validUntil': '最后一天',
  'camp.preset': '大促',
  'camp.preset.618': '618 年中大促',
  'camp.preset.double11': '双十一',
  'camp.preset.double12': '双十二',
  'camp.preset.nianhuo': '年货节',
  'camp.reviewDate': '复核日期',
  'camp.scheduled': '未生效',
  'camp.expired': '已过期',
  'camp.err.endsBeforeStart': '最后一天早于开始日期。',
  'camp.err.invalid': '不是有效的日期。',
  'camp.needsReview': '需要复核（{count}）',
};

const zhTW: Table = {
  'camp.window': '有效期',
  'camp.validFrom': '開始日期',
  'camp.validUntil': '最後一天',
  'camp.preset': '大促',
  'camp.preset.618': '618 年中大促',
  'camp.preset.double11': '雙十一',
  'camp.preset.double12': '雙十二',
  'camp.preset.nianhuo': '年貨節',
  'camp.reviewDate': '複核日期',
  'camp.scheduled': '未生效',
  'camp.expired': '已過期',
  'camp.err.endsBeforeStart': '最後一天早於開始日期。',
  'camp.err.invalid': '不是有效的日期。',
  'camp.needsReview': '需要複核（{count}）',
};

export const CAMPAIGN_TEXT: Readonly<Record<UiLocale, Table>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type CampaignTranslate = (key: CampaignKey, params?: Readonly<Record<string, string | number>>) => string;

/** The campaign strings of a UI locale (English for any other). */
export function campaignText(locale: string): CampaignTranslate {
  const table = CAMPAIGN_TEXT[locale as UiLocale] ?? en;
  return (key, params) => fillTemplate(table[key], params ?? {});
}
