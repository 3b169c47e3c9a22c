/**
 * Validity windows for the big sales, computed for the next time each one runs (never a year written in the code):
 * 618 (6月1日–6月18日), 双十一 (11月1日–11月11日), 双十二 (12月1日–12月12日) and 年货节, which follows the lunar
 * calendar: from 腊八 (the 8th day of the 12th lunar month) to 小年 (its 23rd day), read from the platform's
 * Chinese calendar (Intl). The manager offers them as starting points; the lead can change both days. Pure.
 */
import { addDays, formatDay, yearOf, type IsoDate } from './dates';

export type SalePresetId = '618' | 'double11' | 'double12' | 'nianhuo';
export const SALE_PRESETS: readonly SalePresetId[] = ['618', 'double11', 'double12', 'nianhuo'];

export interface SaleWindow {
  id: SalePresetId;
  validFrom: IsoDate;
  validUntil: IsoDate;
}

const FIXED: Record<Exclude<SalePresetId, 'nianhuo'>, { from: [number, number]; until: [number, number] }> = {
  '618': { from: [6, 1], until: [6, 18] },
  double11: { from: [11, 1], until: [11, 11] },
  double12: { from: [12, 1], until: [12, 12] },
};

let lunarFormat: Intl.DateTimeFormat | null | undefined;
/** Month and day in the Chinese calendar, or null where the platform has no Chinese calendar. */
function lunarMonthDay(date: IsoDate): { month: string; day: string } | null {
  if (lunarFormat === undefined) {
    const format = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    lunarFormat = format.resolvedOptions().calendar === 'chinese' ? format : null;
  }
  if (lunarFormat === null) return null;
  const parts = lunarFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: parts.find((p) => p.type === 'day')?.value ?? '' };
}

/** 年货节 of the lunar year that ends in the spring of `year`: 腊八 to 小年 (null without a Chinese calendar). */
export function nianhuoWindow(year: number): SaleWindow | null {
  // The lunar new year falls between 21 January and 20 February; the 12th lunar month is the 30 days before it.
  let springFestival: IsoDate | null = null;
  for (let d = formatDay(year, 1, 21); d <= formatDay(year, 2, 21) && springFestival === null; d = addDays(d, 1)) {
    const md = lunarMonthDay(d);
    if (md === null) return null;
    if (md.month === '1' && md.day === '1') springFestival = d;
  }
  if (springFestival === null) return null;
  let validFrom: IsoDate | undefined;
  let validUntil: IsoDate | undefined;
  for (let back = 1; back <= 30; back++) {
    const d = addDays(springFestival, -back);
    const md = lunarMonthDay(d);
    if (md?.month !== '12') continue;
    if (md.day === '8') validFrom = d;
    if (md.day === '23') validUntil = d;
  }
  return validFrom && validUntil ? { id: 'nianhuo', validFrom, validUntil } : null;
}

function windowIn(id: SalePresetId, year: number): SaleWindow | null {
  if (id === 'nianhuo') return nianhuoWindow(year);
  const { from, until } = FIXED[id];
  return { id, validFrom: formatDay(year, ...from), validUntil: formatDay(year, ...until) };
}

/** The sale's next window that has not ended by `today` (this year's, or next year's once it is over). */
export function nextSaleWindow(id: SalePresetId, today: IsoDate): SaleWindow | null {
  for (const year of [yearOf(today), yearOf(today) + 1]) {
    const w = windowIn(id, year);
    if (w !== null && w.validUntil >= today) return w;
  }
  return null;
}

/** Every sale the platform can compute, each at its next window. */
export function salePresets(today: IsoDate): SaleWindow[] {
  return SALE_PRESETS.map((id) => nextSaleWindow(id, today)).filter((w): w is SaleWindow => w !== null);
}
