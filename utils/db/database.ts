import Dexie, { type EntityTable } from 'dexie';
import type { GroupRecord, LearnedRecord, PackRecord, PhraseRecord, ReplyRecord, SettingRecord } from './types';

export const DB_NAME = 'huashu';
/** The current schema version (tests/unit/db/migrations.test.ts has a fixture for each one). */
export const SCHEMA_VERSION = 4;

/**
 * The phrase library. Every schema change adds a new `version(n)` below (old lines stay),
 * moves data in `.upgrade()`, and ships a fixture (tests/unit/db/fixtures/) upgraded by
 * tests/unit/db/migrations.test.ts. Only fields that are queried are indexed. If an upgrade
 * throws, Dexie aborts it and the database stays at the old version with its data untouched.
 *
 * 1: phrases, groups, packs, settings.
 * 2: every phrase gets `rev` (1), the revision a save must start from (see utils/db/revision.ts).
 * (Optional fields that are never queried need no version: `validFrom` / `validUntil` / `reviewDate` of phrases and
 * the window of groups were added without one, and records from before read as having none.)
 * 3: `learned`, the agent's choices after customer messages (suggested replies learn from them; utils/db/learned.ts).
 *    A new table: nothing to move.
 * 4: `replies`, how long each answered customer message waited (the reply clock; utils/db/replies.ts): durations and
 *    the day only, never text. A new table: nothing to move.
 */
export class HuashuDB extends Dexie {
  phrases!: EntityTable<PhraseRecord, 'id'>;
  groups!: EntityTable<GroupRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  learned!: EntityTable<LearnedRecord, 'id'>;
  replies!: EntityTable<ReplyRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      phrases: 'id, group, packId, shortcut',
      groups: 'id, order, packId',
      packs: 'id',
      settings: 'key',
    });
    this.version(2)
      .stores({ phrases: 'id, group, packId, shortcut' })
      .upgrade((tx) =>
        tx
          .table('phrases')
          .toCollection()
          .modify((phrase: { rev?: unknown }) => {
            if (typeof phrase.rev !== 'number') phrase.rev = 1;
          }),
      );
    this.version(3).stores({ learned: '++id, phraseId' });
    this.version(4).stores({ replies: '++id, day' });
  }
}

export function openLibrary(name: string = DB_NAME): HuashuDB {
  return new HuashuDB(name);
}
