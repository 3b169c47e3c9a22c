import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import type { PhraseRecord } from '../../../utils/db/types';
import { refreshSearchKeys } from '../../../utils/db/search-keys';
import { computeSearchKeys, SEARCH_KEYS_VERSION } from '../../../utils/search/keys';
import { withKeys } from '../../../utils/db/edit-rules';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`search-keys-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function phrase(id: string, text: string, extra: Partial<PhraseRecord> = {}): PhraseRecord {
  return {
    id, group: 'personal/g', packId: 'personal', title: id, text, tags: [], pinned: false, usageCount: 3, lastUsedAt: 5,
    createdAt: 1, updatedAt: 1, order: 0, rev: 4, ...extra,
  };
}

describe('refreshSearchKeys', () => {
  it('rewrites keys of an older version or of other text, and only those, leaving everything else as it was', async () => {
    const db = freshDb();
    const current = phrase('fresh', '亲，顺丰包邮');
    const fresh = { ...current, keys: computeSearchKeys(current) };
    const oldVersion = { ...phrase('old', '会计发票'), keys: { ...computeSearchKeys(phrase('old', '会计发票')), v: SEARCH_KEYS_VERSION - 1 } };
    const otherText = { ...phrase('edited', '新的文字'), keys: computeSearchKeys(phrase('edited', '旧的文字')) };
    const none = phrase('none', '没有键');
    await db.phrases.bulkPut([fresh, oldVersion, otherText, none]);

    expect(await refreshSearchKeys(db)).toBe(3);

    const after = new Map((await db.phrases.toArray()).map((p) => [p.id, p]));
    expect(after.get('fresh')).toEqual(fresh);
    for (const id of ['old', 'edited', 'none']) {
      const p = after.get(id) as PhraseRecord;
      expect(p.keys, id).toEqual(computeSearchKeys(p));
      // Nothing else moves: not the revision (an open editor keeps its base), not the agent's usage.
      expect({ ...p, keys: undefined }, id).toEqual({ ...[oldVersion, otherText, none].find((r) => r.id === id), keys: undefined });
    }
    // A second run finds nothing to do.
    expect(await refreshSearchKeys(db)).toBe(0);
  });

  it('keeps an edit saved between its chunks, with that edit’s own keys', async () => {
    const db = freshDb();
    const many = Array.from({ length: 450 }, (_, i) => ({ ...phrase(`p${i}`, `第${i}条`), keys: { v: 0, h: 'x' } }));
    await db.phrases.bulkPut(many);
    let pauses = 0;
    const count = await refreshSearchKeys(db, async () => {
      // The agent saves p400 (not yet rewritten) while the first chunk is done.
      if (pauses++ === 0) await db.phrases.put(withKeys({ ...((await db.phrases.get('p400')) as PhraseRecord), text: '改过的文字', rev: 5 }));
    });
    const edited = (await db.phrases.get('p400')) as PhraseRecord;
    expect(edited.text).toBe('改过的文字');
    expect(edited.rev).toBe(5);
    expect(edited.keys).toEqual(computeSearchKeys(edited));
    // p400 had fresh keys from its save, so the refresh had nothing left to do for it.
    expect(count).toBe(449);
    expect(pauses).toBe(3);
  });
});
