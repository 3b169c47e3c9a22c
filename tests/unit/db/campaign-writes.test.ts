import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { DateFieldError, setGroupWindow } from '../../../utils/db/date-writes';
import { createLiveIndex } from '../../../utils/db/library-index';
import { setPinnedDay } from '../../../utils/db/library-day';
import { savePhrase } from '../../../utils/db/phrase-writes';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`campaign-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const draft = { group: 'general', title: '双十一', text: '双十一当天下单立减。', shortcut: '', tags: [] };

describe('dated fields in the library', () => {
  it('saves a window and a review date with a phrase, and clears them again', async () => {
    const db = freshDb();
    const id = await savePhrase(db, { ...draft, validFrom: '2026-11-01', validUntil: '2026-11-11', reviewDate: '2026-12-01' }, 1);
    expect(await db.phrases.get(id)).toMatchObject({ validFrom: '2026-11-01', validUntil: '2026-11-11', reviewDate: '2026-12-01' });
    await savePhrase(db, { ...draft, id, validFrom: '' }, 2);
    const cleared = await db.phrases.get(id);
    expect([cleared?.validFrom, cleared?.validUntil, cleared?.reviewDate]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a window that ends before it starts, or a day that does not exist, and writes nothing', async () => {
    const db = freshDb();
    const id = await savePhrase(db, draft, 1);
    const before = await db.phrases.get(id);
    await expect(savePhrase(db, { ...draft, id, text: '改过的', validFrom: '2026-11-11', validUntil: '2026-11-01' }, 2)).rejects.toThrow(DateFieldError);
    await expect(savePhrase(db, { ...draft, id, text: '改过的', reviewDate: '2026-02-30' }, 2)).rejects.toThrow(DateFieldError);
    expect(await db.phrases.get(id)).toEqual(before);
    await db.groups.put({ id: 'g', name: '大促', order: 0, packId: 'personal' });
    await expect(setGroupWindow(db, 'g', { validFrom: '2026-06-18', validUntil: '2026-06-01' })).rejects.toThrow(DateFieldError);
    expect(await db.groups.get('g')).toEqual({ id: 'g', name: '大促', order: 0, packId: 'personal' });
    await setGroupWindow(db, 'g', { validFrom: '2026-06-01', validUntil: '2026-06-18' });
    expect(await db.groups.get('g')).toMatchObject({ validFrom: '2026-06-01', validUntil: '2026-06-18' });
  });

  it("the background's index offers a phrase only inside its window, following the pinned day and the clock", async () => {
    const db = freshDb();
    await savePhrase(db, { ...draft, validFrom: '2026-11-01', validUntil: '2026-11-11' }, 1);
    let now = new Date(2026, 10, 11, 23, 0).getTime();
    const live = createLiveIndex(db, { now: () => now });
    const found = async () => (await live.ready()).search('双十一').length;
    expect(await found()).toBe(1);
    now = new Date(2026, 10, 12, 0, 1).getTime();
    expect(await found()).toBe(0);
    await setPinnedDay(db, '2026-11-01');
    await expect.poll(found).toBe(1);
    await setPinnedDay(db, '2026-10-31');
    await expect.poll(found).toBe(0);
    live.dispose();
  });
});
