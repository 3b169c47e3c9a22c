/**
 * UI strings of the reply clock's options tab (targets, the agent's reply times) and of the teach step (the sidebar's
 * 教一下, the options page's reset), in the three UI languages. Only extension pages show them, so they are kept out
 * of the dictionaries every chat page's content script loads (its size budget, tests/e2e/sidebar.spec.ts), as the
 * campaign strings are (utils/locales/campaign.ts). The badge's own words
 * (clock.waiting, clock.near, clock.over) are in the main dictionaries.
 */
import { fillTemplate } from '../i18n';
import type { UiLocale } from '../settings';

const en = {
  'clock.enabled': 'Show how long the customer has waited (by the chat input and in the sidebar header)',
  'clock.targets': 'Reply targets',
  'clock.platform': 'Platform',
  'clock.target': 'Target (seconds)',
  'clock.platform.default': 'Any other site',
  'clock.siteTargets': 'Targets for single sites',
  'clock.siteOrigin': 'Site address',
  'clock.add': 'Add',
  'clock.remove': 'Remove {site}',
  'clock.badOrigin': 'Write the site as its address, e.g. https://shop.example.com',
  'clock.badSeconds': 'A target is a whole number of seconds from {min} to {max}.',
  'clock.history': 'My reply times',
  'clock.day': 'Day',
  'clock.count': 'Replies',
  'clock.median': 'Median',
  'clock.within': 'Within target',
  'clock.noHistory': 'Nothing recorded yet.',
  'clock.localOnly': 'Kept on this device only: how long each message waited, never what was said.',
  'clock.seconds': '{n} s',
  'teach.title': 'Taught conversations',
  'teach.note': 'Sites where you showed Huashu who the customer is. Reset one to let it guess again.',
  'teach.none': 'No site has been taught.',
  'teach.reset': 'Reset',
  'teach.resetSite': 'Reset what was taught for {site}',
  'teach.button': 'Teach: who is the customer?',
  'teach.instructions': 'On the chat page, click one message from the customer, then one of your own. Esc on the page cancels.',
  'teach.done': "Learned: this site's conversation is now read the way you showed.",
  'teach.cancelled': 'Teaching cancelled.',
  'teach.failed': 'Could not learn from those clicks: click two different messages of the conversation, one from the customer and one of yours.',
  'teach.unavailable': 'This page cannot be taught.',
} as const;

export type ClockKey = keyof typeof en;
type Table = { readonly [K in ClockKey]: string };

const zhCN: Table = {
  'clock.enabled': '显示客户已等待的时间（输入框旁和侧栏顶部）',
  'clock.targets': '目标回复时间',
  'clock.platform': '平台',
  'clock.target': '目标（秒）',
  'clock.platform.default': '其他网站',
  'clock.siteTargets': '单个网站的目标',
  'clock.siteOrigin': '网站地址',
  'clock.add': '添加',
  'clock.remove': '删除 {site}',
  'clock.badOrigin': '请填写网站地址，例如 https://shop.example.com',
  'clock.badSeconds': '目标须为 {min} 到 {max} 之间的整数秒。',
  'clock.history': '我的回复时间',
  'clock.day': '日期',
  'clock.count': '回复数',
  'clock.median': '中位数',
  'clock.within': '达标比例',
  'clock.noHistory': '还没有记录。',
  'clock.localOnly': '只保存在本机：只记每条消息等了多久，不记内容。',
  'clock.seconds': '{n} 秒',
  'teach.title': '已教过的对话',
  'teach.note': '您教过 Huashu 谁是顾客的网站。重置后它会重新自行判断。',
  'teach.none': '还没有教过任何网站。',
  'teach.reset': '重置',
  'teach.resetSite': '重置为 {site} 教过的内容',
  'teach.button': '教一下：谁是顾客？',
  'teach.instructions': '请在聊天页面上先点一条顾客发来的消息，再点一条您自己发出的消息。在页面上按 Esc 取消。',
  'teach.done': '学会了：本网站的对话以后按您教的方式读取。',
  'teach.cancelled': '已取消教学。',
  'teach.failed': '没能从这两次点击学会：请点对话里两条不同的消息，一条是顾客的，一条是您自己的。',
  'teach.unavailable': '这个页面无法教。',
};

const zhTW: Table = {
  'clock.enabled': '顯示客戶已等待的時間（輸入框旁和側欄頂部）',
  'clock.targets': '目標回覆時間',
  'clock.platform': '平台',
  'clock.target': '目標（秒）',
  'clock.platform.default': '其他網站',
  'clock.siteTargets': '單一網站的目標',
  'clock.siteOrigin': '網站位址',
  'clock.add': '新增',
  'clock.remove': '刪除 {site}',
  'clock.badOrigin': '請填寫網站位址，例如 https://shop.example.com',
  'clock.badSeconds': '目標須為 {min} 到 {max} 之間的整數秒。',
  'clock.history': '我的回覆時間',
  'clock.day': '日期',
  'clock.count': '回覆數',
  'clock.median': '中位數',
  'clock.within': '達標比例',
  'clock.noHistory': '還沒有記錄。',
  'clock.localOnly': '只儲存在本機：只記每則訊息等了多久，不記內容。',
  'clock.seconds': '{n} 秒',
  'teach.title': '已教過的對話',
  'teach.note': '您教過 Huashu 誰是顧客的網站。重設後它會重新自行判斷。',
  'teach.none': '還沒有教過任何網站。',
  'teach.reset': '重設',
  'teach.resetSite': '重設為 {site} 教過的內容',
  'teach.button': '教一下：誰是顧客？',
  'teach.instructions': '請在聊天頁面上先點一則顧客傳來的訊息，再點一則您自己送出的訊息。在頁面上按 Esc 取消。',
  'teach.done': '學會了：本網站的對話以後依您教的方式讀取。',
  'teach.cancelled': '已取消教學。',
  'teach.failed': '沒能從這兩次點擊學會：請點對話裡兩則不同的訊息，一則是顧客的，一則是您自己的。',
  'teach.unavailable': '這個頁面無法教。',
};

export const CLOCK_TEXT: Readonly<Record<UiLocale, Table>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type ClockTranslate = (key: ClockKey, params?: Readonly<Record<string, string | number>>) => string;

/** The reply clock's options strings of a UI locale (English for any other). */
export function clockText(locale: string): ClockTranslate {
  const table = CLOCK_TEXT[locale as UiLocale] ?? en;
  return (key, params) => fillTemplate(table[key], params ?? {});
}
