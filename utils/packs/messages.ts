import { fillTemplate } from '../i18n';
import type { UiLocale } from '../settings';

/**
 * User-facing messages of the pack importer, in the three UI languages.
 * Every problem found in a pack, a CSV file, a text file or a subscription is a
 * `PackIssue`: a stable `code` (for tests and the UI), a `path` naming the place
 * (`phrases[12].text`, `row 7`, or '' for the whole file) and `params`.
 * `message` is the rendered text in the locale the caller asked for.
 */
export type PackLocale = UiLocale;

const en = {
  'input.tooLarge': 'The file is {size} — larger than the {limit} limit. Split the pack into smaller packs.',
  'input.empty': 'The file is empty.',
  'json.invalid': 'Not valid JSON: unexpected {token} at line {line}, column {column}.',
  'json.truncated': 'Not valid JSON: the file ends too early (line {line}, column {column}). Is it cut off?',
  'json.tooDeep': 'Not valid JSON for a pack: nested more than {max} levels deep (line {line}, column {column}).',
  'format.wrong': 'Not a Huashu pack: "format" must be "huashu.pack" (found {actual}).',
  'version.unsupported': 'Pack format version {actual} is not supported; this version of Huashu reads versions 1 to 3.',
  'key.forbidden': 'The key "{key}" is not allowed in a pack.',
  'field.unknown': 'Unknown field "{key}" — ignored.',
  'field.needsVersion2': '"{key}" is a version 2 field but the pack says "version": 1 — ignored. Write "version": 2 to use it.',
  'field.needsVersion3': '"{key}" is a version 3 field but the pack says an older version — ignored. Write "version": 3 to use it.',
  'site.invalid': 'not a site such as taobao.com, *.jd.com or web.whatsapp.com (a host name, without http://, port or path)',
  'day.invalid': 'not a day written YYYY-MM-DD, such as 2026-11-11',
  'window.endsBeforeStart': 'the validity window ends before it starts (validUntil is earlier than validFrom)',
  'type.object': 'must be an object',
  'type.array': 'must be a list',
  'type.string': 'must be text',
  'type.number': 'must be a number',
  required: 'is missing',
  empty: 'empty',
  tooLong: 'longer than {max} characters',
  tooMany: 'more than {max} items',
  'id.invalid': 'not a valid id (letters, digits, "-", "_", "." only; no spaces)',
  'id.reserved': 'the id "{id}" is reserved',
  'phraseId.invalid': 'not a valid id (no line breaks or control characters)',
  'id.duplicate': 'duplicate id "{id}" (first used at {first})',
  'group.unknown': 'refers to group "{group}", which the pack does not define',
  'group.parentUnknown': 'parent group "{group}" is not defined in the pack',
  'group.cycle': 'group "{group}" is nested inside itself',
  'group.rejected': 'its group "{group}" has a problem (see the groups list)',
  'date.invalid': 'not an ISO date-time such as 2026-11-20T08:00:00Z',
  'locale.invalid': 'not a language tag such as zh-CN, zh-TW or en',
  'shortcut.invalid': 'a shortcut code cannot contain spaces or line breaks',
  'shortcut.duplicate': 'shortcut code "{shortcut}" is also used by {first}',
  'text.loneSurrogate': 'contains a broken character (half of a UTF-16 surrogate pair); re-save the file as UTF-8',
  'rule.invalid': 'not a valid tone rule: {detail}',
  'csv.noHeader':
    'No header row found. The first rows must name the columns: “分组”, “快捷编码”, “标题”, “快捷短语” (or group, shortcut, title, text), or be Qianniu’s own header “快捷短语编码,快捷短语,快捷短语分组”.',
  'csv.noTextColumn': 'The header row has no phrase column (“快捷短语” / “内容” / text).',
  'csv.columnCount': 'has {actual} columns; the header has {expected}',
  'csv.unclosedQuote': 'a quoted field is never closed; everything after it was read as one field',
  'csv.parse': 'could not be read: {detail}',
  'csv.badQuote': 'a quote inside a quoted field is not doubled (write "" for a quote)',
  'csv.encodingFallback': 'The file is not UTF-8; it was read as GBK/GB18030 (Chinese Windows encoding).',
  'input.tooManyPhrases': 'The file has more than {max} phrases, the most one pack can hold; nothing was imported. Split it into smaller files.',
  'csv.formulaeUnescaped': '{count} cell(s) started with \' before = + - or @ (protection an export adds against spreadsheet formulas); the \' was removed.',
  'text.duplicate': 'same text as {first} — skipped',
  'subscribe.badUrl': 'Not a web address that can be subscribed to: {url}',
  'subscribe.http': 'The server answered {status} {statusText} for {url}.',
  'subscribe.html': 'The address returned a web page, not a pack file: {url}',
  'subscribe.timeout': 'No answer from {url} within {seconds} s.',
  'subscribe.network': 'Could not reach {url}: {detail}',
  'subscribe.invalid': 'The pack at {url} has {count} problem(s): {first}',
  'subscribe.idChanged': 'The pack at this address is now "{actual}" but was "{expected}"; not applied.',
  'subscribe.idTaken': 'A pack with id "{id}" is already installed from another source; not applied.',
  'managed.shape': 'The managed policy was ignored: it must look like { "subscriptions": [ { "url": "https://…", "name": "…" } ] }.',
  'managed.entry': 'Ignored a managed subscription: each needs a "url" (text) and may have a "name".',
  'managed.url': 'Ignored a managed subscription: {url} is not an http(s) address.',
  'managed.insecure': 'Ignored a managed subscription: {url} uses http://. Subscriptions need https:// so nobody on the network can rewrite the phrases on the way (http:// only for this computer: localhost, 127.0.0.1, [::1]).',
  'subscribe.insecure': 'Subscriptions need an https:// address so nobody on the network can rewrite your phrases on the way; http:// is only allowed for this computer (localhost, 127.0.0.1, [::1]): {url}',
  'subscribe.tooLarge': 'The pack at {url} is larger than the {limit} limit; the download was stopped. Split the pack into smaller packs.',
  'subscribe.applyFailed': 'The update could not be saved ({detail}); the current copy is unchanged.',
  'import.packReserved': 'The pack id "{id}" is reserved for your own phrases.',
  'row.label': 'row {row}',
  'line.label': 'line {line}',
  'group.ungrouped': 'Ungrouped',
  'shortcut.droppedInvalid': 'the code "{shortcut}" is not a valid shortcut (no spaces or line breaks); the phrase is imported without a shortcut',
  'shortcut.droppedTooLong': 'the code "{shortcut}" is longer than {max} characters; the phrase is imported without a shortcut',
} as const;

export type PackMessageCode = keyof typeof en;
type Table = { readonly [K in PackMessageCode]: string };

const zhCN: Table = {
  'input.tooLarge': '文件大小为 {size}，超过 {limit} 的上限。请把话术包拆成几个较小的包。',
  'input.empty': '文件是空的。',
  'json.invalid': '不是有效的 JSON：第 {line} 行第 {column} 列出现了意外的 {token}。',
  'json.truncated': '不是有效的 JSON：文件在第 {line} 行第 {column} 列提前结束，是否不完整？',
  'json.tooDeep': '不是有效的话术包 JSON：嵌套超过 {max} 层（第 {line} 行第 {column} 列）。',
  'format.wrong': '不是话术助手的话术包："format" 应为 "huashu.pack"（实际为 {actual}）。',
  'version.unsupported': '不支持第 {actual} 版话术包格式；当前版本只能读取第 1 至第 3 版。',
  'key.forbidden': '话术包中不允许出现键 "{key}"。',
  'field.unknown': '未知字段 "{key}"，已忽略。',
  'field.needsVersion2': '"{key}" 是第 2 版的字段，而此话术包写的是 "version": 1，已忽略。要使用它，请写 "version": 2。',
  'field.needsVersion3': '"{key}" 是第 3 版的字段，而此话术包写的是更早的版本，已忽略。要使用它，请写 "version": 3。',
  'site.invalid': '不是有效的网站，例如 taobao.com、*.jd.com 或 web.whatsapp.com（只写域名，不要 http://、端口或路径）',
  'day.invalid': '不是“YYYY-MM-DD”格式的日期（例如 2026-11-11）',
  'window.endsBeforeStart': '有效期的结束日期早于开始日期（“validUntil”早于“validFrom”）',
  'type.object': '应为对象',
  'type.array': '应为列表',
  'type.string': '应为文本',
  'type.number': '应为数字',
  required: '缺失',
  empty: '为空',
  tooLong: '超过 {max} 个字符',
  tooMany: '超过 {max} 项',
  'id.invalid': '不是有效的 ID（只能用字母、数字、“-”“_”“.”，不能有空格）',
  'id.reserved': 'ID "{id}" 为保留字',
  'phraseId.invalid': '不是有效的 ID（不能含换行或控制字符）',
  'id.duplicate': 'ID "{id}" 重复（首次出现在 {first}）',
  'group.unknown': '引用的分组 "{group}" 在话术包中不存在',
  'group.parentUnknown': '上级分组 "{group}" 在话术包中不存在',
  'group.cycle': '分组 "{group}" 嵌套在自身之中',
  'group.rejected': '所属分组 "{group}" 有问题（见分组列表）',
  'date.invalid': '不是 ISO 日期时间（例如 2026-11-20T08:00:00Z）',
  'locale.invalid': '不是语言代码（例如 zh-CN、zh-TW、en）',
  'shortcut.invalid': '快捷编码不能包含空格或换行',
  'shortcut.duplicate': '快捷编码 "{shortcut}" 与 {first} 重复',
  'text.loneSurrogate': '含有损坏的字符（半个 UTF-16 代理对），请把文件另存为 UTF-8',
  'rule.invalid': '不是有效的语气规则：{detail}',
  'csv.noHeader': '找不到表头行。前几行中应有列名：分组、快捷编码、标题、快捷短语（或“group”“shortcut”“title”“text”），或千牛导出文件的表头“快捷短语编码,快捷短语,快捷短语分组”。',
  'csv.noTextColumn': '表头中没有短语列（快捷短语 / 内容 / “text”）。',
  'csv.columnCount': '有 {actual} 列，表头有 {expected} 列',
  'csv.unclosedQuote': '引号没有闭合，之后的内容都被读成了同一个字段',
  'csv.parse': '无法读取：{detail}',
  'csv.badQuote': '带引号的字段里有未成对的引号（字段内的引号要写成 ""）',
  'csv.encodingFallback': '文件不是 UTF-8 编码，已按 GBK/GB18030（中文 Windows 编码）读取。',
  'input.tooManyPhrases': '文件中的话术超过 {max} 条（一个话术包的上限），未导入任何内容。请拆成几个较小的文件。',
  'csv.formulaeUnescaped': '有 {count} 个单元格以 \' 加 = + - 或 @ 开头（导出时为防止表格软件执行公式而加的保护），已去掉 \'。',
  'text.duplicate': '与 {first} 内容相同，已跳过',
  'subscribe.badUrl': '无法订阅这个地址：{url}',
  'subscribe.http': '服务器对 {url} 返回了 {status} {statusText}。',
  'subscribe.html': '该地址返回的是网页，不是话术包文件：{url}',
  'subscribe.timeout': '{url} 在 {seconds} 秒内没有响应。',
  'subscribe.network': '无法连接 {url}：{detail}',
  'subscribe.invalid': '{url} 上的话术包有 {count} 处问题：{first}',
  'subscribe.idChanged': '该地址的话术包 ID 变成了 "{actual}"（原为 "{expected}"），未应用。',
  'subscribe.idTaken': '已从其他来源安装了 ID 为 "{id}" 的话术包，未应用。',
  'managed.shape': '已忽略管理员策略：格式应为 { "subscriptions": [ { "url": "https://…", "name": "…" } ] }。',
  'managed.entry': '已忽略一条管理员配置的订阅：每条都需要 "url"（文本），可以有 "name"。',
  'managed.url': '已忽略一条管理员配置的订阅：{url} 不是 http(s) 地址。',
  'managed.insecure': '已忽略一条管理员配置的订阅：{url} 使用 http://。订阅地址必须是 https://，以免网络上的其他人在传输途中篡改话术（http:// 只允许用于本机：localhost、127.0.0.1、[::1]）。',
  'subscribe.insecure': '订阅地址必须是 https://，以免网络上的其他人在传输途中篡改话术；http:// 只允许用于本机（localhost、127.0.0.1、[::1]）：{url}',
  'subscribe.tooLarge': '{url} 上的话术包超过 {limit} 的上限，已停止下载。请把话术包拆成几个较小的包。',
  'subscribe.applyFailed': '更新未能保存（{detail}），当前的话术保持不变。',
  'import.packReserved': '话术包 ID "{id}" 保留给您自己的话术。',
  'row.label': '第 {row} 行',
  'line.label': '第 {line} 行',
  'group.ungrouped': '未分组',
  'shortcut.droppedInvalid': '编码 "{shortcut}" 不能用作快捷编码（不能包含空格或换行），这条话术导入时不带快捷编码',
  'shortcut.droppedTooLong': '编码 "{shortcut}" 超过 {max} 个字符，这条话术导入时不带快捷编码',
};

const zhTW: Table = {
  'input.tooLarge': '檔案大小為 {size}，超過 {limit} 的上限。請把話術包拆成幾個較小的包。',
  'input.empty': '檔案是空的。',
  'json.invalid': '不是有效的 JSON：第 {line} 行第 {column} 欄出現了意外的 {token}。',
  'json.truncated': '不是有效的 JSON：檔案在第 {line} 行第 {column} 欄提前結束，是否不完整？',
  'json.tooDeep': '不是有效的話術包 JSON：巢狀超過 {max} 層（第 {line} 行第 {column} 欄）。',
  'format.wrong': '不是話術助手的話術包："format" 應為 "huashu.pack"（實際為 {actual}）。',
  'version.unsupported': '不支援第 {actual} 版話術包格式；目前版本只能讀取第 1 至第 3 版。',
  'key.forbidden': '話術包中不允許出現鍵 "{key}"。',
  'field.unknown': '未知欄位 "{key}"，已忽略。',
  'field.needsVersion2': '"{key}" 是第 2 版的欄位，而此話術包寫的是 "version": 1，已忽略。要使用它，請寫 "version": 2。',
  'field.needsVersion3': '"{key}" 是第 3 版的欄位，而此話術包寫的是更早的版本，已忽略。要使用它，請寫 "version": 3。',
  'site.invalid': '不是有效的網站，例如 taobao.com、*.jd.com 或 web.whatsapp.com（只寫網域，不要 http://、連接埠或路徑）',
  'day.invalid': '不是“YYYY-MM-DD”格式的日期（例如 2026-11-11）',
  'window.endsBeforeStart': '有效期的結束日期早於開始日期（「validUntil」早於「validFrom」）',
  'type.object': '應為物件',
  'type.array': '應為清單',
  'type.string': '應為文字',
  'type.number': '應為數字',
  required: '缺少',
  empty: '為空',
  tooLong: '超過 {max} 個字元',
  tooMany: '超過 {max} 項',
  'id.invalid': '不是有效的 ID（只能用字母、數字、「-」「_」「.」，不能有空格）',
  'id.reserved': 'ID "{id}" 為保留字',
  'phraseId.invalid': '不是有效的 ID（不能含換行或控制字元）',
  'id.duplicate': 'ID "{id}" 重複（首次出現在 {first}）',
  'group.unknown': '引用的分組 "{group}" 在話術包中不存在',
  'group.parentUnknown': '上層分組 "{group}" 在話術包中不存在',
  'group.cycle': '分組 "{group}" 巢狀在自身之中',
  'group.rejected': '所屬分組 "{group}" 有問題（見分組清單）',
  'date.invalid': '不是 ISO 日期時間（例如 2026-11-20T08:00:00Z）',
  'locale.invalid': '不是語言代碼（例如 zh-CN、zh-TW、en）',
  'shortcut.invalid': '快捷編碼不能包含空格或換行',
  'shortcut.duplicate': '快捷編碼 "{shortcut}" 與 {first} 重複',
  'text.loneSurrogate': '含有損壞的字元（半個 UTF-16 代理對），請將檔案另存為 UTF-8',
  'rule.invalid': '不是有效的語氣規則：{detail}',
  'csv.noHeader': '找不到標題列。前幾列中應有欄名：分組、快捷編碼、標題、快捷短語（或「group」「shortcut」「title」「text」），或千牛匯出檔案的標題列「快捷短語編碼,快捷短語,快捷短語分組」。',
  'csv.noTextColumn': '標題列中沒有短語欄（快捷短語 / 內容 /「text」）。',
  'csv.columnCount': '有 {actual} 欄，標題列有 {expected} 欄',
  'csv.unclosedQuote': '引號沒有閉合，之後的內容都被讀成了同一個欄位',
  'csv.parse': '無法讀取：{detail}',
  'csv.badQuote': '帶引號的欄位裡有未成對的引號（欄位內的引號要寫成 ""）',
  'csv.encodingFallback': '檔案不是 UTF-8 編碼，已按 GBK/GB18030（簡體中文 Windows 編碼）讀取；若為 Big5 檔案，請先另存為 UTF-8。',
  'input.tooManyPhrases': '檔案中的話術超過 {max} 則（一個話術包的上限），未匯入任何內容。請拆成幾個較小的檔案。',
  'csv.formulaeUnescaped': '有 {count} 個儲存格以 \' 加 = + - 或 @ 開頭（匯出時為防止試算表執行公式而加的保護），已去掉 \'。',
  'text.duplicate': '與 {first} 內容相同，已略過',
  'subscribe.badUrl': '無法訂閱這個網址：{url}',
  'subscribe.http': '伺服器對 {url} 回應了 {status} {statusText}。',
  'subscribe.html': '該網址回傳的是網頁，不是話術包檔案：{url}',
  'subscribe.timeout': '{url} 在 {seconds} 秒內沒有回應。',
  'subscribe.network': '無法連線到 {url}：{detail}',
  'subscribe.invalid': '{url} 上的話術包有 {count} 處問題：{first}',
  'subscribe.idChanged': '該網址的話術包 ID 變成了 "{actual}"（原為 "{expected}"），未套用。',
  'subscribe.idTaken': '已從其他來源安裝了 ID 為 "{id}" 的話術包，未套用。',
  'managed.shape': '已略過管理員原則：格式應為 { "subscriptions": [ { "url": "https://…", "name": "…" } ] }。',
  'managed.entry': '已略過一筆管理員設定的訂閱：每筆都需要 "url"（文字），可以有 "name"。',
  'managed.url': '已略過一筆管理員設定的訂閱：{url} 不是 http(s) 網址。',
  'managed.insecure': '已略過一筆管理員設定的訂閱：{url} 使用 http://。訂閱網址必須是 https://，以免網路上的其他人在傳輸途中竄改話術（http:// 只允許用於本機：localhost、127.0.0.1、[::1]）。',
  'subscribe.insecure': '訂閱網址必須是 https://，以免網路上的其他人在傳輸途中竄改話術；http:// 只允許用於本機（localhost、127.0.0.1、[::1]）：{url}',
  'subscribe.tooLarge': '{url} 上的話術包超過 {limit} 的上限，已停止下載。請把話術包拆成幾個較小的包。',
  'subscribe.applyFailed': '更新未能儲存（{detail}），目前的話術維持不變。',
  'import.packReserved': '話術包 ID "{id}" 保留給您自己的話術。',
  'row.label': '第 {row} 列',
  'line.label': '第 {line} 行',
  'group.ungrouped': '未分組',
  'shortcut.droppedInvalid': '編碼 "{shortcut}" 不能用作快捷編碼（不能包含空格或換行），這則話術匯入時不帶快捷編碼',
  'shortcut.droppedTooLong': '編碼 "{shortcut}" 超過 {max} 個字元，這則話術匯入時不帶快捷編碼',
};

const tables: Readonly<Record<PackLocale, Table>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Renders a message in `locale`, filling `{name}` placeholders from `params`. */
export function packMessage(code: PackMessageCode, params: MessageParams = {}, locale: PackLocale = 'en'): string {
  return fillTemplate(tables[locale][code], params);
}

/** Every message code (for tests that read all messages). */
export const PACK_MESSAGE_CODES = Object.freeze(Object.keys(en) as PackMessageCode[]);

export function isPackMessageCode(value: string): value is PackMessageCode {
  return Object.hasOwn(en, value);
}

/** One problem found in imported data. */
export interface PackIssue {
  /** Where: `phrases[12].text`, `row 7`, `groups[0].id`, or '' for the whole input. */
  path: string;
  code: PackMessageCode;
  params: MessageParams;
  /** `path: message` rendered in the requested locale (message alone when path is ''). */
  message: string;
}

export function makeIssue(
  path: string,
  code: PackMessageCode,
  params: MessageParams = {},
  locale: PackLocale = 'en',
): PackIssue {
  const text = packMessage(code, params, locale);
  return { path, code, params, message: path === '' ? text : `${path}: ${text}` };
}

/** Re-renders an issue in another locale (the UI may switch language after an import preview). */
export function localizeIssue(issue: PackIssue, locale: PackLocale): PackIssue {
  return makeIssue(issue.path, issue.code, issue.params, locale);
}

/** Human-readable size: 10 MB, 52.4 MB, 812 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb.toFixed(1).replace(/\.0$/, '')} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
