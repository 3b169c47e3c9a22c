import type { UiLocale } from './protocol';

/** UI strings in the three UI languages. Keys are grouped by surface. */
const en = {
  'launcher.open': 'Open phrase sidebar',
  'sidebar.label': 'Phrase sidebar',
  'sidebar.search': 'Search phrases',
  'sidebar.searchPlaceholder': 'Search: pinyin, initials, shortcut…',
  'sidebar.results': 'Phrases',
  'sidebar.allGroups': 'All',
  'sidebar.groups': 'Groups',
  'sidebar.noResults': 'No phrase matches “{query}”.',
  'sidebar.empty': 'Your library is empty. Import a pack in the phrase manager.',
  'sidebar.loading': 'Loading phrases…',
  'sidebar.preview': 'Preview',
  'sidebar.uses': '{count} uses',
  'sidebar.close': 'Close sidebar',
  'sidebar.collapse': 'Collapse sidebar',
  'sidebar.expand': 'Expand sidebar',
  'sidebar.resize': 'Resize sidebar',
  'sidebar.manage': 'Manage phrases',
  'sidebar.inserted': 'Inserted “{title}”.',
  'sidebar.noEditor': 'Click into the chat input first, then pick a phrase.',
  'sidebar.insertFailed': 'The phrase could not be inserted here. It was copied to the clipboard instead.',
  'sidebar.hint': '↑↓ choose · Enter insert · Esc close',
  'sidebar.insert': 'Insert',
  'slash.label': 'Phrase suggestions',
  'slash.fill': 'Fill in the phrase',
  'sidebar.fill': 'Fill in the blanks for “{title}”',
  'popup.openSidebar': 'Open phrase sidebar',
  'popup.enableSite': 'Enable on this site',
  'popup.disableSite': 'Disable on this site',
  'popup.activeHere': 'Huashu is active on this site.',
  'popup.inactiveHere': 'Huashu is not active on this site.',
  'popup.unsupported': 'Huashu cannot run on this page.',
  'popup.manage': 'Phrase manager',
  'options.title': 'Huashu phrase manager',
  'options.sites': 'Sites where Huashu is active',
  'options.language': 'Language',
  'options.theme': 'Theme',
  'options.followBrowser': 'Follow the browser',
  'options.themeSystem': 'System',
  'options.themeLight': 'Light',
  'options.themeDark': 'Dark',
  'options.trigger': 'In-input trigger',
  'options.packs': 'Phrase packs',
  'options.hidePack': 'Hide',
  'options.showPack': 'Show',
  'options.phrases': '{count} phrases',
  'options.removeSite': 'Remove',
  'options.addSite': 'Add site pattern',
  'options.addSiteButton': 'Add',
  'options.badPattern': 'Not a valid match pattern: {pattern}',
  'options.saved': 'Saved.',
} as const;

export type MessageKey = keyof typeof en;
type Dictionary = { readonly [K in MessageKey]: string };

const zhCN: Dictionary = {
  'launcher.open': '打开话术侧栏',
  'sidebar.label': '话术侧栏',
  'sidebar.search': '搜索话术',
  'sidebar.searchPlaceholder': '搜索：拼音、首字母、快捷编码…',
  'sidebar.results': '话术',
  'sidebar.allGroups': '全部',
  'sidebar.groups': '分组',
  'sidebar.noResults': '没有找到与“{query}”相符的话术。',
  'sidebar.empty': '话术库还是空的，请在话术管理中导入话术包。',
  'sidebar.loading': '正在加载话术…',
  'sidebar.preview': '预览',
  'sidebar.uses': '已用 {count} 次',
  'sidebar.close': '关闭侧栏',
  'sidebar.collapse': '收起侧栏',
  'sidebar.expand': '展开侧栏',
  'sidebar.resize': '调整侧栏宽度',
  'sidebar.manage': '管理话术',
  'sidebar.inserted': '已插入“{title}”。',
  'sidebar.noEditor': '请先点击聊天输入框，再选择话术。',
  'sidebar.insertFailed': '无法在此处插入，已将话术复制到剪贴板。',
  'sidebar.hint': '↑↓ 选择 · Enter 插入 · Esc 关闭',
  'sidebar.insert': '插入',
  'slash.label': '话术建议',
  'slash.fill': '填写话术内容',
  'sidebar.fill': '填写“{title}”中的空白',
  'popup.openSidebar': '打开话术侧栏',
  'popup.enableSite': '在此网站启用',
  'popup.disableSite': '在此网站停用',
  'popup.activeHere': '话术助手已在此网站启用。',
  'popup.inactiveHere': '话术助手未在此网站启用。',
  'popup.unsupported': '话术助手无法在此页面运行。',
  'popup.manage': '话术管理',
  'options.title': '话术助手 · 话术管理',
  'options.sites': '启用话术助手的网站',
  'options.language': '界面语言',
  'options.theme': '主题',
  'options.followBrowser': '跟随浏览器',
  'options.themeSystem': '跟随系统',
  'options.themeLight': '浅色',
  'options.themeDark': '深色',
  'options.trigger': '输入框触发符',
  'options.packs': '话术包',
  'options.hidePack': '隐藏',
  'options.showPack': '显示',
  'options.phrases': '{count} 条话术',
  'options.removeSite': '移除',
  'options.addSite': '添加网站匹配规则',
  'options.addSiteButton': '添加',
  'options.badPattern': '匹配规则无效：{pattern}',
  'options.saved': '已保存。',
};

const zhTW: Dictionary = {
  'launcher.open': '打開話術側欄',
  'sidebar.label': '話術側欄',
  'sidebar.search': '搜尋話術',
  'sidebar.searchPlaceholder': '搜尋：拼音、首字母、快捷編碼…',
  'sidebar.results': '話術',
  'sidebar.allGroups': '全部',
  'sidebar.groups': '分組',
  'sidebar.noResults': '沒有找到與「{query}」相符的話術。',
  'sidebar.empty': '話術庫還是空的，請在話術管理中匯入話術包。',
  'sidebar.loading': '正在載入話術…',
  'sidebar.preview': '預覽',
  'sidebar.uses': '已用 {count} 次',
  'sidebar.close': '關閉側欄',
  'sidebar.collapse': '收合側欄',
  'sidebar.expand': '展開側欄',
  'sidebar.resize': '調整側欄寬度',
  'sidebar.manage': '管理話術',
  'sidebar.inserted': '已插入「{title}」。',
  'sidebar.noEditor': '請先點選聊天輸入框，再選擇話術。',
  'sidebar.insertFailed': '無法在此處插入，已將話術複製到剪貼簿。',
  'sidebar.hint': '↑↓ 選擇 · Enter 插入 · Esc 關閉',
  'sidebar.insert': '插入',
  'slash.label': '話術建議',
  'slash.fill': '填寫話術內容',
  'sidebar.fill': '填寫「{title}」中的空白',
  'popup.openSidebar': '打開話術側欄',
  'popup.enableSite': '在此網站啟用',
  'popup.disableSite': '在此網站停用',
  'popup.activeHere': '話術助手已在此網站啟用。',
  'popup.inactiveHere': '話術助手未在此網站啟用。',
  'popup.unsupported': '話術助手無法在此頁面執行。',
  'popup.manage': '話術管理',
  'options.title': '話術助手 · 話術管理',
  'options.sites': '啟用話術助手的網站',
  'options.language': '介面語言',
  'options.theme': '主題',
  'options.followBrowser': '跟隨瀏覽器',
  'options.themeSystem': '跟隨系統',
  'options.themeLight': '淺色',
  'options.themeDark': '深色',
  'options.trigger': '輸入框觸發符',
  'options.packs': '話術包',
  'options.hidePack': '隱藏',
  'options.showPack': '顯示',
  'options.phrases': '{count} 則話術',
  'options.removeSite': '移除',
  'options.addSite': '新增網站比對規則',
  'options.addSiteButton': '新增',
  'options.badPattern': '比對規則無效：{pattern}',
  'options.saved': '已儲存。',
};

const dictionaries: Record<UiLocale, Dictionary> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** Pick the UI locale from a setting (null = follow) and the browser's language list. */
export function resolveLocale(setting: UiLocale | null, languages: readonly string[]): UiLocale {
  if (setting) return setting;
  for (const raw of languages) {
    const lang = raw.toLowerCase();
    if (lang === 'zh-tw' || lang === 'zh-hk' || lang === 'zh-mo' || lang.startsWith('zh-hant')) return 'zh-TW';
    if (lang.startsWith('zh')) return 'zh-CN';
    if (lang.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: UiLocale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => {
    const template = dict[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
