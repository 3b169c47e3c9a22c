/**
 * The placeholder menu of the phrase editor: the placeholders the product fills in (see
 * utils/placeholders.ts: a named blank asked for at insertion, a date computed then, the caret
 * marker), worded as the built-in packs of each language word them, and their insertion. Pure.
 */
import { CARET_MARKER } from './placeholders';

export type PlaceholderKind = 'customer' | 'order' | 'date' | 'caret';

export interface PlaceholderChoice {
  kind: PlaceholderKind;
  token: string;
  /** Part of the token selected after insertion (the N of {日期+N}, to type over), as offsets into it. */
  select?: readonly [number, number];
}

const TOKENS: Record<'zh-CN' | 'zh-TW' | 'en', Record<Exclude<PlaceholderKind, 'caret'>, string>> = {
  'zh-CN': { customer: '{客户}', order: '{订单号}', date: '{日期+3}' },
  'zh-TW': { customer: '{客戶}', order: '{訂單號}', date: '{日期+3}' },
  en: { customer: '{customer}', order: '{order}', date: '{date+3}' },
};

function family(locale: string): keyof typeof TOKENS {
  if (locale.startsWith('en')) return 'en';
  return /^zh-(TW|HK|MO|Hant)/i.test(locale) ? 'zh-TW' : 'zh-CN';
}

export function placeholderChoices(locale: string): PlaceholderChoice[] {
  const tokens = TOKENS[family(locale)];
  const plus = tokens.date.indexOf('+');
  return [
    { kind: 'customer', token: tokens.customer },
    { kind: 'order', token: tokens.order },
    { kind: 'date', token: tokens.date, select: [plus + 1, tokens.date.length - 1] },
    { kind: 'caret', token: CARET_MARKER },
  ];
}

export interface Inserted {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** `text` with the choice's token in place of text[start, end); the selection after it (or on its N). */
export function insertPlaceholder(text: string, start: number, end: number, choice: PlaceholderChoice): Inserted {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  const next = text.slice(0, from) + choice.token + text.slice(to);
  if (choice.select) return { text: next, selectionStart: from + choice.select[0], selectionEnd: from + choice.select[1] };
  const after = from + choice.token.length;
  return { text: next, selectionStart: after, selectionEnd: after };
}
