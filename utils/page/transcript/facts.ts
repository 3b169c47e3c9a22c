// What a placeholder form could start from ({订单号}, {客户}): an order number the conversation mentions and the
// buyer's name the header shows. Conservative: nothing rather than a guess.
import type { ConversationHeader } from './header';

export interface ConversationFacts {
  /** Taobao/Tmall order numbers have 15–20 digits, JD's 10–13. */
  readonly orderNumber?: string;
  readonly customerName?: string;
}

/** What facts are read from: a message's text (either side's: the agent may confirm the number). */
export interface FactSource {
  readonly text: string;
}

// An order word, then at most a few joining characters, then the digits. 快递单号/运单号 are parcel numbers, not orders.
const ORDER_ZH = /(?:订单编号|订单号码|订单号|訂單編號|訂單號碼|訂單號|订单|訂單|(?<!快递|快遞|物流|运|運|配送|包裹|退货|退貨)(?:单号|單號))[\s:：#＃=号號码碼为為是]{0,6}(\d{10,20})(?!\d)/g;
const ORDER_EN = /\border(?:\s*(?:no\.?|number|num|id|#))?\s*(?:is|:|=)?\s*#?\s*(\d{10,20})(?!\d)/gi;
/** A message that is nothing but a long digit run (pasted from the order page). */
const DIGITS_ALONE = /^\s*(\d{15,20})\s*$/;

// A name after a label (买家：小林), or in "chat with …" / "与…的对话".
const NAME_CHARS = '[^\\s·•|｜,，、;；:：()（）\\[\\]【】<>《》"“”\'‘’—–]{1,24}';
/** A name in a Latin-script title: capitalised words, or a Han name. */
const LATIN_NAME = "(\\p{Lu}[\\p{L}\\p{N}.'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'-]*){0,2}|\\p{Script=Han}[\\p{L}\\p{N}_-]{0,23})";
const NAME_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:买家昵称|買家暱稱|买家|買家|顾客|顧客|客户|客戶|会员|會員|客人)\\s*[：:]\\s*(${NAME_CHARS})`),
  new RegExp(`(?:与|與|和|跟)\\s*(${NAME_CHARS}?)\\s*(?:的对话|的對話|的会话|的會話|的聊天|聊天中|对话中|對話中)`),
  new RegExp(`\\b(?:[Cc]hat(?:ting)?|[Cc]onversation|[Tt]alking)\\s+with\\s+${LATIN_NAME}`, 'u'),
  new RegExp(`\\b(?:[Cc]ustomer|[Bb]uyer)\\s*:\\s*${LATIN_NAME}`, 'u'),
];
/** Words that are no name: an order word, a status, digits only. */
const NOT_A_NAME = /^(?:\d+|订单|訂單|order|unknown|未知|匿名|anonymous|guest|visitor|访客|訪客)$/i;

/** The distinct order numbers one text mentions. */
export function orderNumbersIn(text: string): string[] {
  const found = new Set<string>();
  for (const re of [ORDER_ZH, ORDER_EN]) {
    for (const match of text.matchAll(re)) if (match[1]) found.add(match[1]);
  }
  const alone = DIGITS_ALONE.exec(text)?.[1];
  if (alone) found.add(alone);
  return [...found];
}

/** The customer's name a header text gives, or undefined. */
export function nameIn(text: string): string | undefined {
  for (const re of NAME_PATTERNS) {
    const name = re.exec(text)?.[1]?.trim();
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return undefined;
}

/**
 * Facts of one conversation: the order number of the newest message that mentions exactly one (the header's when no
 * message does), and the name the header or the log's label gives.
 */
export function conversationFacts(messages: readonly FactSource[], header: ConversationHeader): ConversationFacts {
  let orderNumber: string | undefined;
  let decided = false;
  for (let i = messages.length - 1; i >= 0 && !decided; i--) {
    const numbers = orderNumbersIn(messages[i]?.text ?? '');
    if (numbers.length === 0) continue;
    decided = true;
    // Two numbers in one message: which one the agent means is a guess.
    if (numbers.length === 1) orderNumber = numbers[0];
  }
  if (!decided) {
    const fromHeader = [header.title, header.label].flatMap((t) => (t ? orderNumbersIn(t) : []));
    if (new Set(fromHeader).size === 1) orderNumber = fromHeader[0];
  }
  const customerName = [header.title, header.label].map((t) => (t ? nameIn(t) : undefined)).find((n) => n !== undefined);
  return { ...(orderNumber ? { orderNumber } : {}), ...(customerName ? { customerName } : {}) };
}
