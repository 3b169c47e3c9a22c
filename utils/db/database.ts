import Dexie, { type EntityTable } from 'dexie';
import type { GroupRecord, PackRecord, PhraseRecord, SettingRecord } from './types';

export const DB_NAME = 'huashu';

/**
 * The phrase library. Every schema change adds a new `version(n)` below (old lines stay),
 * moves data in `.upgrade()`, and ships a fixture + test in tests/unit/db/migrations.test.ts.
 * Only fields that are queried are indexed.
 */
export class HuashuDB extends Dexie {
  phrases!: EntityTable<PhraseRecord, 'id'>;
  groups!: EntityTable<GroupRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      phrases: 'id, group, packId, shortcut',
      groups: 'id, order, packId',
      packs: 'id',
      settings: 'key',
    });
  }
}

export function openLibrary(name: string = DB_NAME): HuashuDB {
  return new HuashuDB(name);
}
