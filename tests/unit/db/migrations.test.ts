/**
 * Every schema version an agent's browser may hold is upgraded to the current one with every
 * record intact. One fixture per version (tests/unit/db/fixtures/v<n>.ts), written with that
 * version's own schema definition into fake-indexeddb, then opened with today's HuashuDB.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB, SCHEMA_VERSION } from '../../../utils/db/database';
import { loadVisibleLibrary } from '../../../utils/db/library';
import { recordReply } from '../../../utils/db/replies';
import * as v1 from './fixtures/v1';
import * as v2 from './fixtures/v2';
import * as v3 from './fixtures/v3';
import * as v4 from './fixtures/v4';

type Fixture = { version: number; records: Record<string, readonly object[]>; write(name: string): Promise<void> };
const fixtures: Fixture[] = [v1, v2, v3, v4];

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const KEYS: Record<string, string> = { phrases: 'id', groups: 'id', packs: 'id', settings: 'key', learned: 'id', replies: 'id' };

describe('library migrations', () => {
  it('has a fixture for every schema version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('upgrades version %i keeping every record', async (_v, fixture) => {
    const name = `migrate-v${fixture.version}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await fixture.write(name);
    const db = new HuashuDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.records)) {
      const key = KEYS[table] as keyof (typeof rows)[number];
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      for (const row of rows) {
        const after = await db.table(table).get((row as Record<string, unknown>)[key as string] as string | number);
        // Same record, plus what later versions add.
        expect(after).toMatchObject(row);
      }
    }
    // Version 2: every phrase has a revision (one already there is kept: the rows above include it).
    for (const phrase of await db.phrases.toArray()) expect(typeof phrase.rev).toBe('number');
    // And the library reads as before: the hidden pack stays hidden, its phrases stay stored.
    const visible = await loadVisibleLibrary(db);
    expect(visible.phrases.map((p) => p.packId).sort()).toEqual(['acme-cs', 'personal']);
    db.close();
  });

  it('upgrades real version 2 data to version 3 with an empty learned table that takes the agent\'s choices', async () => {
    const name = `migrate-learned-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await v2.write(name);
    const db = new HuashuDB(name);
    expect(await db.learned.count()).toBe(0);
    expect((await db.phrases.toArray()).map((p) => p.rev).sort()).toEqual([1, 2, 3]);
    await db.learned.add({ phraseId: 'acme-cs/wl-01', message: '到哪了', count: 1, at: 1 });
    expect(await db.learned.where('phraseId').equals('acme-cs/wl-01').count()).toBe(1);
    db.close();
  });

  it('upgrades real version 3 data to version 4 with an empty replies table, the learned pairs and library intact', async () => {
    const name = `migrate-replies-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await v3.write(name);
    const db = new HuashuDB(name);
    expect(await db.replies.count()).toBe(0);
    expect(await db.learned.toArray()).toEqual(v3.records.learned);
    expect(await db.phrases.count()).toBe(v3.records.phrases.length);
    await recordReply(db, { day: '2026-12-02', origin: 'https://mms.pinduoduo.com', ms: 12_000, targetMs: 180_000 });
    expect(await db.replies.where('day').equals('2026-12-02').toArray()).toMatchObject([{ origin: 'https://mms.pinduoduo.com', ms: 12_000 }]);
    db.close();
  });

  it('gives version 1 phrases revision 1, so an editor opened after the upgrade can save', async () => {
    const name = `migrate-rev-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await v1.write(name);
    const db = new HuashuDB(name);
    expect((await db.phrases.toArray()).map((p) => p.rev)).toEqual([1, 1, 1]);
    db.close();
  });
});
