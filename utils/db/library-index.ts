import { liveQuery } from 'dexie';
import type { HuashuDB } from './database';
import { loadVisibleLibrary, type LibraryData } from './library';
import { getPinnedDay, libraryDay } from './library-day';
import { activeLibrary } from '../validity/window';
import type { IsoDate } from '../validity/dates';
import type { PhraseRecord } from './types';
import { createPhraseIndex, type IndexOptions, type PhraseIndex } from '../search';
import { syncIndex, warmInSlices } from '../search/sync';
import { sameQuestions } from '../packs/questions';

/** Longest slice of work spent preparing an index between other tasks. */
export const WARM_SLICE_MS = 4;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether two reads of a phrase record hold the same data (search keys follow the text). */
export function samePhraseRecord(a: PhraseRecord, b: PhraseRecord): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.usageCount === b.usageCount &&
    a.lastUsedAt === b.lastUsedAt &&
    a.pinned === b.pinned &&
    a.order === b.order &&
    a.group === b.group &&
    a.packId === b.packId &&
    a.title === b.title &&
    a.text === b.text &&
    a.shortcut === b.shortcut &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i]) &&
    sameQuestions(a.questions, b.questions)
  );
}

/** A search index and the phrases it was last brought up to date with. */
export interface FollowedIndex {
  index: PhraseIndex<PhraseRecord>;
  phrases: readonly PhraseRecord[];
}

/**
 * How an index follows the library in place: `syncIndex` takes phrases used or edited (the sidebar),
 * `syncIndexById` phrases added and removed too (the phrase manager).
 */
export type IndexSync = typeof syncIndex;

/**
 * The current index brought up to date with a new read of the library in place, when few phrases
 * changed (see IndexSync); null when a new index is needed.
 */
export function updateInPlace(current: FollowedIndex | null, phrases: readonly PhraseRecord[], sync: IndexSync = syncIndex): FollowedIndex | null {
  return current && sync(current.index, current.phrases, phrases, samePhraseRecord) ? { index: current.index, phrases } : null;
}

/** The index for a new read of the library: updated in place when it can be, built anew otherwise. */
export function followLibrary(current: FollowedIndex | null, phrases: readonly PhraseRecord[], options?: IndexOptions, sync: IndexSync = syncIndex): FollowedIndex {
  return updateInPlace(current, phrases, sync) ?? { index: createPhraseIndex(phrases, options), phrases };
}

/**
 * A search index over the visible library in use today (phrases outside their validity window are left out) that
 * follows the database (changes made in this context or any other extension context) and the day: the first search
 * on a new day brings it up to date.
 */
export interface LiveIndex {
  ready(): Promise<PhraseIndex<PhraseRecord>>;
  dispose(): void;
}

export function createLiveIndex(db: HuashuDB, options: { warmLimit?: number; now?: () => number } = {}): LiveIndex {
  const now = options.now ?? Date.now;
  let current: FollowedIndex | null = null;
  let read: { library: LibraryData; pinned: IsoDate | null } | null = null;
  let day = '';
  let waiters: ((index: PhraseIndex<PhraseRecord>) => void)[] = [];
  const follow = (latest: { library: LibraryData; pinned: IsoDate | null }): PhraseIndex<PhraseRecord> => {
    day = libraryDay(latest.pinned, now());
    current = followLibrary(current, activeLibrary(latest.library, day).phrases);
    const followed = current;
    // Prepare the index (again after a change) in short tasks, so searches asked meanwhile are
    // answered between them.
    void warmInSlices(followed.index, WARM_SLICE_MS, options.warmLimit, nextTask, () => current === followed);
    return followed.index;
  };
  const subscription = liveQuery(async () => ({ library: await loadVisibleLibrary(db), pinned: await getPinnedDay(db) })).subscribe({
    next: (latest) => {
      read = latest;
      const index = follow(latest);
      const w = waiters;
      waiters = [];
      w.forEach((resolve) => resolve(index));
    },
    error: (e: unknown) => console.error('huashu: library index failed', e),
  });
  return {
    ready: () => {
      if (read && libraryDay(read.pinned, now()) !== day) follow(read);
      return current ? Promise.resolve(current.index) : new Promise((resolve) => waiters.push(resolve));
    },
    dispose: () => subscription.unsubscribe(),
  };
}
