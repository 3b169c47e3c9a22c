/**
 * Optimistic concurrency for phrase edits: each phrase carries a revision number; a save says which
 * revision it started from and is refused when another tab (or an import) changed the phrase since.
 */
import type { PhraseRecord } from './types';
import { titleOrDerived } from '../packs/title';

/** The phrase's revision (records from before schema version 2 count as 0). */
export function revOf(phrase: Pick<PhraseRecord, 'rev'>): number {
  return phrase.rev ?? 0;
}

/** The same record one revision on (its content changed). */
export function nextRev<P extends PhraseRecord>(phrase: P, from: Pick<PhraseRecord, 'rev'> = phrase): P {
  return { ...phrase, rev: revOf(from) + 1 };
}

/** A save started from an older revision than the stored one: the phrase changed elsewhere. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  constructor(readonly current: PhraseRecord) {
    super(`“${titleOrDerived(current)}” was changed elsewhere (another tab or an import) since you opened it.`);
  }
}
