/**
 * UI strings of usage outcomes and the team's usage files in the phrase manager (utils/usage/), in the three UI
 * languages. Only the manager shows them, so they stay out of the content script's dictionaries (as variants.ts).
 */
import { fillTemplate } from '../i18n';
import type { UiLocale } from '../settings';

const en = {
  'use.mine': 'On this device',
  'use.mostUsed': 'Most used',
  'use.edited': 'Usually edited before sending',
  'use.editedNote': 'Sent at least {min} times, and at least half of those sends went out edited or without the phrase: its wording may need fixing.',
  'use.idle': 'Not used in {days} days ({count})',
  'use.idleMore': '{count} more not listed.',
  'use.none': 'None.',
  'use.col.phrase': 'Phrase',
  'use.col.where': 'Pack / group',
  'use.col.inserted': 'Inserted',
  'use.col.outcomes': 'Sent as is / edited / removed',
  'use.col.change': 'Changed on average',
  'use.col.last': 'Last used',
  'use.col.agents': 'Agents',
  'use.never': 'never',
  'use.team': 'Team usage',
  'use.teamNote': 'Each agent exports an anonymous usage file (phrase ids and counts only: no phrase, customer or draft text, no name; their own phrases are left out). Import several here to see the whole team. Nothing is sent anywhere.',
  'use.export': 'Export anonymous usage file',
  'use.exported': 'Exported the counts of {count} phrases.',
  'use.import': 'Import usage files (several at once)',
  'use.files': 'Team view of {count} usage files.',
  'use.clear': 'Clear the team view',
  'use.unknown': 'Not in this library ({pack} / {phrase})',
  'use.err.tooLarge': '{name}: the file is larger than {max}; it is not a usage file.',
  'use.err.notJson': '{name}: not a JSON file; choose a file exported with “Export anonymous usage file”.',
  'use.err.notUsage': '{name}: not a Huashu usage file (a phrase pack goes into Import above).',
  'use.err.version': '{name}: usage file version {version} is newer than this version of Huashu reads; update Huashu.',
  'use.err.invalid': '{name}: the file is damaged at “{path}”; nothing from it was counted.',
  'use.err.duplicate': '{name}: this file was already imported; it is counted once.',
} as const;

export type UsageKey = keyof typeof en;
type Table = { readonly [K in UsageKey]: string };

const zhCN: Table = {
  'use.mine': '本机',
  'use.mostUsed': '最常用',
  'use.edited': '常被修改后才发送',
  'use.editedNote': '至少发送过 {min} 次，其中一半以上是修改后才发送或删掉了话术：它的措辞可能需要改。',
  'use.idle': '{days} 天内未使用（{count} 条）',
  'use.idleMore': '另有 {count} 条未列出。',
  'use.none': '暂无。',
  'use.col.phrase': '话术',
  'use.col.where': '话术包 / 分组',
  'use.col.inserted': '插入次数',
  'use.col.outcomes': '原样发送 / 修改后发送 / 删掉',
  'use.col.change': '平均改动',
  'use.col.last': '上次使用',
  'use.col.agents': '客服人数',
  'use.never': '从未使用',
  'use.team': '团队使用情况',
  'use.teamNote': '每位客服导出一份匿名使用文件（只有话术编号和次数：没有话术、顾客或草稿的文字，也没有姓名；个人话术不包含在内）。在这里导入多份文件，即可看到整个团队的情况。不会发送到任何地方。',
  'use.export': '导出匿名使用文件',
  'use.exported': '已导出 {count} 条话术的使用次数。',
  'use.import': '导入使用文件（可多选）',
  'use.files': '团队视图：{count} 份使用文件。',
  'use.clear': '清除团队视图',
  'use.unknown': '不在本机话术库中（{pack} / {phrase}）',
  'use.err.tooLarge': '{name}：文件超过 {max}，不是使用文件。',
  'use.err.notJson': '{name}：不是 JSON 文件；请选择用“导出匿名使用文件”导出的文件。',
  'use.err.notUsage': '{name}：不是话术助手的使用文件（话术包请在上方“导入”）。',
  'use.err.version': '{name}：使用文件版本 {version} 比当前话术助手能读取的版本新，请更新话术助手。',
  'use.err.invalid': '{name}：文件在“{path}”处损坏，其中的次数均未计入。',
  'use.err.duplicate': '{name}：这份文件已经导入过，只计一次。',
};

const zhTW: Table = {
  'use.mine': '本機',
  'use.mostUsed': '最常用',
  'use.edited': '常被修改後才送出',
  'use.editedNote': '至少送出過 {min} 次，其中一半以上是修改後才送出或刪掉了話術：它的措辭可能需要改。',
  'use.idle': '{days} 天內未使用（{count} 則）',
  'use.idleMore': '另有 {count} 則未列出。',
  'use.none': '暫無。',
  'use.col.phrase': '話術',
  'use.col.where': '話術包 / 分組',
  'use.col.inserted': '插入次數',
  'use.col.outcomes': '原樣送出 / 修改後送出 / 刪掉',
  'use.col.change': '平均改動',
  'use.col.last': '上次使用',
  'use.col.agents': '客服人數',
  'use.never': '從未使用',
  'use.team': '團隊使用情況',
  'use.teamNote': '每位客服匯出一份匿名使用檔案（只有話術編號和次數：沒有話術、顧客或草稿的文字，也沒有姓名；個人話術不包含在內）。在這裡匯入多份檔案，即可看到整個團隊的情況。不會傳送到任何地方。',
  'use.export': '匯出匿名使用檔案',
  'use.exported': '已匯出 {count} 則話術的使用次數。',
  'use.import': '匯入使用檔案（可多選）',
  'use.files': '團隊檢視：{count} 份使用檔案。',
  'use.clear': '清除團隊檢視',
  'use.unknown': '不在本機話術庫中（{pack} / {phrase}）',
  'use.err.tooLarge': '{name}：檔案超過 {max}，不是使用檔案。',
  'use.err.notJson': '{name}：不是 JSON 檔案；請選擇用「匯出匿名使用檔案」匯出的檔案。',
  'use.err.notUsage': '{name}：不是話術助手的使用檔案（話術包請在上方「匯入」）。',
  'use.err.version': '{name}：使用檔案版本 {version} 比目前話術助手能讀取的版本新，請更新話術助手。',
  'use.err.invalid': '{name}：檔案在「{path}」處損壞，其中的次數均未計入。',
  'use.err.duplicate': '{name}：這份檔案已經匯入過，只計一次。',
};

export const USAGE_TEXT: Readonly<Record<UiLocale, Table>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type UsageTranslate = (key: UsageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The usage strings of a UI locale (English for any other). */
export function usageText(locale: string): UsageTranslate {
  const table = USAGE_TEXT[locale as UiLocale] ?? en;
  return (key, params) => fillTemplate(table[key], params ?? {});
}
