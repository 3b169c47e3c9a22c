/** The dated fields a phrase (all three) or a group (the window) may carry, copied between records and packs. Pure. */
import type { IsoDate } from './dates';

export interface DatedFields {
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  reviewDate?: IsoDate;
}

export const DATED_FIELDS = ['validFrom', 'validUntil', 'reviewDate'] as const;
export type DatedField = (typeof DATED_FIELDS)[number];

/** Only the dated fields that are set (no `undefined` keys, so records compare and store cleanly). */
export function datedFields(source: DatedFields): DatedFields {
  const out: DatedFields = {};
  for (const key of DATED_FIELDS) {
    const value = source[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/** The dated fields that differ between two records. */
export const changedDates = (a: DatedFields, b: DatedFields): DatedField[] => DATED_FIELDS.filter((key) => (a[key] ?? '') !== (b[key] ?? ''));

export const hasDates = (source: DatedFields): boolean => DATED_FIELDS.some((key) => source[key] !== undefined);
