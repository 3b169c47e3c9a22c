import { liveQuery } from 'dexie';
import type { HuashuDB } from './database';
import { loadVisibleLibrary } from './library';
import type { PhraseRecord } from './types';
import { createPhraseIndex, type PhraseIndex } from '../search';

/**
 * A search index over the visible library that follows the database: rebuilt whenever phrases,
 * groups or packs change (in this context or any other extension context).
 */
export interface LiveIndex {
  ready(): Promise<PhraseIndex<PhraseRecord>>;
  dispose(): void;
}

export function createLiveIndex(db: HuashuDB): LiveIndex {
  let current: PhraseIndex<PhraseRecord> | null = null;
  let waiters: ((index: PhraseIndex<PhraseRecord>) => void)[] = [];
  const subscription = liveQuery(() => loadVisibleLibrary(db)).subscribe({
    next: (library) => {
      current = createPhraseIndex(library.phrases);
      const w = waiters;
      waiters = [];
      w.forEach((resolve) => resolve(current as PhraseIndex<PhraseRecord>));
    },
    error: (e: unknown) => console.error('huashu: library index failed', e),
  });
  return {
    ready: () => (current ? Promise.resolve(current) : new Promise((resolve) => waiters.push(resolve))),
    dispose: () => subscription.unsubscribe(),
  };
}
