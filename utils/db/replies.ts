/** The reply clock's local record (table `replies`: durations per day and site, never text) and its settings. */
import type { HuashuDB } from './database';
import type { ReplyRecord } from './types';
import { readClockSettings, type ClockSettings } from '../settings';
import type { ReplyTime } from '../clock/stats';

const CLOCK_KEY = 'clock';
/** Replies kept; the oldest go first. */
export const REPLIES_MAX = 20_000;

export async function getClockSettings(db: HuashuDB): Promise<ClockSettings> {
  return readClockSettings((await db.settings.get(CLOCK_KEY))?.value);
}

export async function setClockSettings(db: HuashuDB, patch: Partial<ClockSettings>): Promise<ClockSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = readClockSettings({ ...(await getClockSettings(db)), ...patch });
    await db.settings.put({ key: CLOCK_KEY, value: next });
    return next;
  });
}

/** One answered wait. */
export async function recordReply(db: HuashuDB, reply: ReplyTime): Promise<void> {
  const { day, origin, ms, targetMs } = reply;
  await db.transaction('rw', db.replies, async () => {
    const record: ReplyRecord = { day, origin, ms: Math.round(ms), targetMs: Math.round(targetMs) };
    await db.replies.add(record);
    const extra = (await db.replies.count()) - REPLIES_MAX;
    if (extra > 0) await db.replies.bulkDelete((await db.replies.orderBy('id').limit(extra).primaryKeys()) as number[]);
  });
}

/** Every recorded reply. */
export async function loadReplies(db: HuashuDB): Promise<ReplyTime[]> {
  return (await db.replies.toArray()).map(({ day, origin, ms, targetMs }) => ({ day, origin, ms, targetMs }));
}
