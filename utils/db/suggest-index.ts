/**
 * The suggestion engine over the visible library and the agent's learned pairs, following the database: rebuilt on
 * the next suggestion after phrases' content or the learned pairs changed (a use of a phrase changes neither).
 */
import { liveQuery } from 'dexie';
import type { HuashuDB } from './database';
import { loadVisibleLibrary } from './library';
import { loadLearned } from './learned';
import { createSuggestEngine, type SuggestEngine } from '../suggest/engine';
import type { LearnedPair, SuggestIntent, SuggestPhrase } from '../suggest/types';

export interface LiveSuggestions {
  engine(): Promise<SuggestEngine>;
  dispose(): void;
}

interface Snapshot {
  phrases: SuggestPhrase[];
  learned: LearnedPair[];
  signature: string;
}

async function readSnapshot(db: HuashuDB): Promise<Snapshot> {
  const [library, learned] = await Promise.all([loadVisibleLibrary(db), loadLearned(db)]);
  const names = new Map(library.groups.map((g) => [g.id, g.name]));
  const phrases = library.phrases.map((p) => ({ id: p.id, title: p.title, text: p.text, questions: p.questions, tags: p.tags, groupName: names.get(p.group) ?? '' }));
  const signature = [
    ...library.phrases.map((p) => `${p.id}@${p.updatedAt}@${p.group}`),
    ...library.groups.map((g) => `${g.id}:${g.name}`),
    ...learned.map((l) => `${l.phraseId}#${l.count}@${l.at}`),
  ].join('\n');
  return { phrases, learned, signature };
}

export function createLiveSuggestions(db: HuashuDB, intents: readonly SuggestIntent[]): LiveSuggestions {
  let snapshot: Snapshot | null = null;
  let built: { signature: string; engine: SuggestEngine } | null = null;
  let waiters: (() => void)[] = [];
  const subscription = liveQuery(() => readSnapshot(db)).subscribe({
    next: (next) => {
      snapshot = next;
      const w = waiters;
      waiters = [];
      w.forEach((resolve) => resolve());
    },
    error: (e: unknown) => console.error('huashu: suggestions failed', e),
  });
  const loaded = (): Promise<Snapshot> => (snapshot ? Promise.resolve(snapshot) : new Promise<void>((r) => waiters.push(r)).then(() => snapshot as Snapshot));
  return {
    async engine() {
      const current = await loaded();
      if (built?.signature !== current.signature) {
        built = { signature: current.signature, engine: createSuggestEngine(current.phrases, { intents, learned: current.learned }) };
      }
      return built.engine;
    },
    dispose: () => subscription.unsubscribe(),
  };
}
