/**
 * Dates written in a phrase's text (`2026-11-11`, `2026/11/11`, `2026.11.11`, `2026年11月11日` or `…号`), for the lint's
 * "mentions a date that has passed". Only dates with a year are read: `11月11日` comes back every year. Pure.
 */
import { formatDay, isIsoDate, type IsoDate } from './dates';

export interface MentionedDate {
  /** UTF-16 offsets of the date in the text. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  date: IsoDate;
}

const DATE_IN_TEXT = /(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號])(?!\d)/g;

export function mentionedDates(text: string): MentionedDate[] {
  const out: MentionedDate[] = [];
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    const date = formatDay(Number(m[1]), month, day);
    if (!isIsoDate(date)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date });
  }
  return out;
}

/** The dates a text mentions that are before `today`. */
export const passedDates = (text: string, today: IsoDate): MentionedDate[] => mentionedDates(text).filter((d) => d.date < today);
