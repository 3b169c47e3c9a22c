/** The agent's choices after customer messages (suggested replies learn from them; utils/suggest/learn.ts), kept locally. */
import type { HuashuDB } from './database';
import type { LearnedRecord } from './types';
import { LEARNED_LIMITS, learnedKey } from '../suggest/learn';
import type { LearnedPair } from '../suggest/types';

/** Every learned pair, oldest first. */
export async function loadLearned(db: HuashuDB): Promise<LearnedPair[]> {
  return (await db.learned.toArray()).sort((a, b) => a.at - b.at).map(({ message, phraseId, count, at }) => ({ message, phraseId, count, at }));
}

/** One more insertion of `phraseId` right after `message`: the pair's count goes up, or a new pair is kept. */
export async function recordLearned(db: HuashuDB, message: string, phraseId: string, at: number): Promise<void> {
  const key = learnedKey(message);
  if (key === '') return;
  await db.transaction('rw', db.learned, async () => {
    const same = (await db.learned.where('phraseId').equals(phraseId).toArray()).find((r) => learnedKey(r.message) === key);
    if (same?.id !== undefined) {
      await db.learned.update(same.id, { count: same.count + 1, at });
      return;
    }
    const record: LearnedRecord = { phraseId, message: message.trim().slice(0, LEARNED_LIMITS.messageMax), count: 1, at };
    await db.learned.add(record);
    const extra = (await db.learned.count()) - LEARNED_LIMITS.pairsMax;
    if (extra > 0) {
      const oldest = (await db.learned.toArray()).sort((a, b) => a.at - b.at).slice(0, extra);
      await db.learned.bulkDelete(oldest.map((r) => r.id as number));
    }
  });
}
