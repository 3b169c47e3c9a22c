/**
 * The library's "today", which decides which campaign phrases are offered (utils/validity/window.ts): the local
 * calendar day, unless a day is pinned in the `today` setting. Nothing in the extension's UI pins it: end-to-end
 * tests do (tests/e2e/library-db.ts), so a test can step to the day after a campaign without waiting for it.
 */
import type { HuashuDB } from './database';
import { isIsoDate, localDay, type IsoDate } from '../validity/dates';

const PINNED_DAY_KEY = 'today';

/** The pinned day, or null (also for a malformed record). */
export async function getPinnedDay(db: HuashuDB): Promise<IsoDate | null> {
  const value = (await db.settings.get(PINNED_DAY_KEY))?.value;
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/** Pins the library's day (tests), or with null goes back to the clock. */
export async function setPinnedDay(db: HuashuDB, day: IsoDate | null): Promise<void> {
  if (day === null) await db.settings.delete(PINNED_DAY_KEY);
  else if (isIsoDate(day)) await db.settings.put({ key: PINNED_DAY_KEY, value: day });
  else throw new Error(`Not a day: ${day}`);
}

/** Today for the library: the pinned day, else the local day at `now`. */
export const libraryDay = (pinned: IsoDate | null, now: number): IsoDate => pinned ?? localDay(now);
