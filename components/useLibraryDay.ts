import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getPinnedDay, libraryDay } from '../utils/db/library-day';
import { msUntilNextDay, type IsoDate } from '../utils/validity/dates';
import { useLiveQuery } from './useLiveQuery';

/**
 * The library's today (utils/db/library-day.ts), again at each local midnight and whenever the pinned day changes;
 * null until the pinned day has been read.
 */
export function useLibraryDay(db: HuashuDB, now: () => number = Date.now): IsoDate | null {
  const pinned = useLiveQuery(() => getPinnedDay(db), [db]);
  const [midnights, setMidnights] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setMidnights((n) => n + 1), msUntilNextDay(now()));
    return () => clearTimeout(timer);
  }, [midnights]);
  return pinned.value === undefined ? null : libraryDay(pinned.value, now());
}
