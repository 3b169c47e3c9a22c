/**
 * Calendar dates as the pack format writes them (`2026-11-11`, ISO 8601 without a time): a day in the
 * agent's own time zone, compared as strings (the format sorts as the calendar does). Pure.
 */

/** `YYYY-MM-DD`, a real calendar day (checked by `isIsoDate`). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real day written `YYYY-MM-DD` (2026-02-30 is not), between the years 2000 and 2199. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2199) return false;
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

/** The day in the local time zone at `now` (ms since epoch). */
export function localDay(now: number): IsoDate {
  const at = new Date(now);
  return formatDay(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

export function formatDay(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by `days` calendar days (negative: back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const at = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
  return formatDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** The year of a date. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Milliseconds from `now` to the next local midnight (when `localDay` changes), at least 1 s. */
export function msUntilNextDay(now: number): number {
  const at = new Date(now);
  const next = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1).getTime();
  return Math.max(1000, next - now);
}
