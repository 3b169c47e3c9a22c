/**
 * What every library edit made in the phrase manager shares: the ids of the agent's own records,
 * who may edit what, the search keys stored with a phrase, and undoing a deletion.
 *
 * Who may edit what: personal phrases and groups (packId 'personal'), and phrases of packs the
 * agent installed from a file or that came built in. Phrases of subscribed packs (source 'url')
 * are read-only: the subscription owns them; "copy to my phrases" makes an editable copy.
 * Pins and usage are the agent's own state and can be changed on every phrase.
 */
import type { HuashuDB } from './database';
import { PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from './types';
import { computeSearchKeys } from '../search';

/** Random part of a personal id: 12 base-36 characters from the platform's CSPRNG. */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += b.toString(36).padStart(2, '0');
  return out.slice(0, 12);
}

export const personalPhraseId = (): string => `${PERSONAL}/${randomId()}`;
export const personalGroupId = (): string => `${PERSONAL}/g-${randomId()}`;

/** Keys stored with a phrase, computed from the record exactly as the search index reads it. */
export function withKeys(record: PhraseRecord): PhraseRecord {
  return { ...record, keys: computeSearchKeys(record) };
}

export function isReadOnlyPack(pack: PackRecord | undefined): boolean {
  return pack?.source === 'url';
}

/** Ids of the packs whose phrases cannot be edited (bulk edits skip their phrases). */
export async function readOnlyPackIds(db: HuashuDB): Promise<Set<string>> {
  return new Set((await db.packs.toArray()).filter(isReadOnlyPack).map((p) => p.id));
}

/** Refuses (SubscribedPackError) an edit of a subscribed pack's phrases or groups. */
export async function assertEditable(db: HuashuDB, packId: string): Promise<void> {
  if (packId !== PERSONAL && isReadOnlyPack(await db.packs.get(packId))) throw new SubscribedPackError(packId);
}

/** (Not named like Dexie's own error classes, which Dexie would otherwise map onto its ReadOnlyError.) */
export class SubscribedPackError extends Error {
  constructor(readonly packId: string) {
    super(`Phrases of the subscribed pack "${packId}" are read-only.`);
    this.name = 'SubscribedPackError';
  }
}

/** The place after the last phrase of a group. */
export async function nextPhraseOrder(db: HuashuDB, groupId: string): Promise<number> {
  const inGroup = await db.phrases.where('group').equals(groupId).toArray();
  return inGroup.reduce((max, p) => Math.max(max, p.order + 1), 0);
}

/** What a deletion removed or changed (records as they were), to undo it. */
export interface UndoSnapshot {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
}

/** Puts records back as they were before a deletion (or a move that came with it). */
export async function restoreSnapshot(db: HuashuDB, snapshot: UndoSnapshot): Promise<void> {
  await db.transaction('rw', db.groups, db.phrases, async () => {
    await db.groups.bulkPut(snapshot.groups);
    await db.phrases.bulkPut(snapshot.phrases);
  });
}
