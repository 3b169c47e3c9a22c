/**
 * UI strings of per-site variants in the phrase manager (utils/packs/variants.ts), in the three UI languages. Only
 * the manager shows them, so they stay out of the dictionaries the chat page's content script loads (as
 * utils/locales/campaign.ts).
 */
import { fillTemplate } from '../i18n';
import type { UiLocale } from '../settings';

const en = {
  'var.legend': 'Per-site versions',
  'var.note': 'On these sites the sidebar, the / list and suggested replies show and insert this version instead.',
  'var.add': 'Add a version for a site',
  'var.remove': 'Remove this version',
  'var.removeNamed': 'Remove the version for {sites}',
  'var.sites': 'Sites (comma-separated, e.g. taobao.com, jd.com)',
  'var.title': 'Title on these sites (optional)',
  'var.text': 'Text on these sites',
  'var.heading': 'Version {n}',
  'var.err.sites': 'Name at least one site as a host name, such as taobao.com or web.whatsapp.com (no http://, port or path).',
  'var.err.text': 'The text of this version is empty.',
  'var.err.tooLong': 'The text of this version is too long.',
  'var.err.tooMany': 'At most {max} versions per phrase.',
  'var.count': '{count} site versions',
} as const;

export type VariantKey = keyof typeof en;
type Table = { readonly [K in VariantKey]: string };

const zhCN: Table = {
  'var.legend': '按网站的版本',
  'var.note': '在这些网站上，侧栏、/ 列表和推荐回复会显示并插入这个版本。',
  'var.add': '为某个网站添加版本',
  'var.remove': '删除此版本',
  'var.removeNamed': '删除 {sites} 的版本',
  'var.sites': '网站（用逗号分隔，如 taobao.com, jd.com）',
  'var.title': '在这些网站上的标题（可不填）',
  'var.text': '在这些网站上的内容',
  'var.heading': '版本 {n}',
  'var.err.sites': '请至少写一个网站域名，如 taobao.com 或 web.whatsapp.com（不要 http://、端口或路径）。',
  'var.err.text': '此版本的内容是空的。',
  'var.err.tooLong': '此版本的内容太长。',
  'var.err.tooMany': '每条话术最多 {max} 个版本。',
  'var.count': '{count} 个网站版本',
};

const zhTW: Table = {
  'var.legend': '依網站的版本',
  'var.note': '在這些網站上，側欄、/ 清單和推薦回覆會顯示並插入這個版本。',
  'var.add': '為某個網站新增版本',
  'var.remove': '刪除此版本',
  'var.removeNamed': '刪除 {sites} 的版本',
  'var.sites': '網站（以逗號分隔，如 taobao.com, jd.com）',
  'var.title': '在這些網站上的標題（可不填）',
  'var.text': '在這些網站上的內容',
  'var.heading': '版本 {n}',
  'var.err.sites': '請至少寫一個網站網域，如 taobao.com 或 web.whatsapp.com（不要 http://、連接埠或路徑）。',
  'var.err.text': '此版本的內容是空的。',
  'var.err.tooLong': '此版本的內容太長。',
  'var.err.tooMany': '每則話術最多 {max} 個版本。',
  'var.count': '{count} 個網站版本',
};

export const VARIANT_TEXT: Readonly<Record<UiLocale, Table>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type VariantTranslate = (key: VariantKey, params?: Readonly<Record<string, string | number>>) => string;

/** The variant strings of a UI locale (English for any other). */
export function variantText(locale: string): VariantTranslate {
  const table = VARIANT_TEXT[locale as UiLocale] ?? en;
  return (key, params) => fillTemplate(table[key], params ?? {});
}
