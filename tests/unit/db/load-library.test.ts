import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { loadHiddenLibrary, loadLibrary, loadVisibleLibrary } from '../../../utils/db/library';
import type { PhraseRecord } from '../../../utils/db/types';

const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function phrase(id: string, group: string, packId: string): PhraseRecord {
  return { id, group, packId, title: id, text: id, tags: [], pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0, rev: 1 };
}

describe('library reads', () => {
  it('the manager reads every pack; the sidebar reads the shown ones and, on request, the hidden ones', async () => {
    const db = new HuashuDB(`load-library-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    await db.packs.bulkAdd([
      { id: 'shown', name: 'Shown', source: 'builtin', importedAt: 1, hidden: false },
      { id: 'other-lang', name: 'Other', source: 'builtin', importedAt: 1, hidden: true },
    ]);
    await db.groups.bulkAdd([
      { id: 'shown/b', name: 'B', order: 1, packId: 'shown' },
      { id: 'shown/a', name: 'A', order: 0, packId: 'shown' },
      { id: 'other-lang/a', name: 'A', order: 0, packId: 'other-lang' },
    ]);
    await db.phrases.bulkAdd([phrase('shown/1', 'shown/a', 'shown'), phrase('other-lang/1', 'other-lang/a', 'other-lang'), phrase('personal/1', 'personal', 'personal')]);

    const all = await loadLibrary(db);
    expect(all.packs.map((p) => p.id).sort()).toEqual(['other-lang', 'shown']);
    // Groups in their order (ties in id order, as the index on `order` keeps them).
    expect(all.groups.map((g) => g.id)).toEqual(['other-lang/a', 'shown/a', 'shown/b']);
    expect(all.phrases).toHaveLength(3);

    const visible = await loadVisibleLibrary(db);
    expect(visible.packs.map((p) => p.id)).toEqual(['shown']);
    expect(visible.groups.map((g) => g.id)).toEqual(['shown/a', 'shown/b']);
    expect(visible.phrases.map((p) => p.id).sort()).toEqual(['personal/1', 'shown/1']);

    const hidden = await loadHiddenLibrary(db);
    expect(hidden.phrases.map((p) => p.id)).toEqual(['other-lang/1']);
    expect(hidden.groups.map((g) => g.id)).toEqual(['other-lang/a']);
  });
});
