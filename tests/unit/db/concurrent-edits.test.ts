/**
 * Nothing the agent wrote is lost silently: a save from a tab that opened an older revision is
 * refused (the options page offers reload / overwrite), and "keep my edits" on re-import keeps an
 * edit made after the preview was shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyToPersonal, savePhrase, type PhraseDraft } from '../../../utils/db/phrase-writes';
import { HuashuDB } from '../../../utils/db/database';
import { revOf, StaleWriteError } from '../../../utils/db/revision';
import type { PhraseRecord } from '../../../utils/db/types';
import { applyImport, readPackSnapshot } from '../../../utils/packs/apply';
import { planImport } from '../../../utils/packs/merge';
import type { PackV1 } from '../../../utils/packs/schema';
import { samplePack } from '../packs/helpers';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`concurrent-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** What the phrase form holds when a tab opens a phrase. */
function open(p: PhraseRecord): PhraseDraft {
  return { id: p.id, group: p.group, title: p.title, text: p.text, shortcut: p.shortcut ?? '', tags: [...p.tags], rev: revOf(p) };
}

async function importPack(db: HuashuDB, pack: PackV1, now: number, keep?: (edits: PhraseRecord[]) => Promise<unknown>) {
  const plan = planImport(await readPackSnapshot(db, pack.pack.id), pack);
  return { plan, apply: () => applyImport(db, plan, { now, ...(keep ? { keepLocalEdits: keep } : {}) }) };
}

describe('two tabs editing the same phrase', () => {
  it('refuses the second, stale save with a clear error and keeps the first', async () => {
    const db = freshDb();
    const id = await savePhrase(db, { group: 'general', title: '开场', text: '亲，在的', shortcut: '', tags: [] }, 1);
    const stored = (await db.phrases.get(id))!;
    const tabA = open(stored);
    const tabB = open(stored);
    await savePhrase(db, { ...tabA, text: 'A 的版本' }, 2);
    const stale = savePhrase(db, { ...tabB, text: 'B 的版本' }, 3);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow('“开场” was changed elsewhere (another tab or an import) since you opened it.');
    expect((await db.phrases.get(id))?.text).toBe('A 的版本');
  });

  it('tells the tab what is stored now, and overwrites only when asked', async () => {
    const db = freshDb();
    const id = await savePhrase(db, { group: 'general', title: '开场', text: '亲，在的', shortcut: '', tags: [] }, 1);
    const tabB = open((await db.phrases.get(id))!);
    await savePhrase(db, { ...open((await db.phrases.get(id))!), text: 'A 的版本' }, 2);
    const error = await savePhrase(db, { ...tabB, text: 'B 的版本' }, 3).catch((e: unknown) => e);
    expect(error instanceof StaleWriteError && error.current.text).toBe('A 的版本');
    // "Reload": the form reopens at the stored revision and can save.
    await savePhrase(db, { ...open((error as StaleWriteError).current), text: 'B 看过 A 之后' }, 4);
    expect((await db.phrases.get(id))?.text).toBe('B 看过 A 之后');
    // "Overwrite": the stale draft is written on purpose.
    await savePhrase(db, { ...tabB, text: 'B 坚持' }, 5, { overwrite: true });
    expect((await db.phrases.get(id))?.text).toBe('B 坚持');
  });

  it('refuses a save over an import that changed the phrase after the form was opened', async () => {
    const db = freshDb();
    await (await importPack(db, samplePack(), 1000)).apply();
    const form = open((await db.phrases.get('acme-cs/wl-01'))!);
    const next = samplePack();
    next.phrases[0]!.text = '包裹已经在路上啦。';
    await (await importPack(db, next, 2000)).apply();
    await expect(savePhrase(db, { ...form, text: '我的改法' }, 3000)).rejects.toBeInstanceOf(StaleWriteError);
    expect((await db.phrases.get('acme-cs/wl-01'))?.text).toBe('包裹已经在路上啦。');
  });
});

describe('keep my edits on re-import', () => {
  it('keeps an edit made between the preview and the import', async () => {
    const db = freshDb();
    await (await importPack(db, samplePack(), 1000)).apply();
    const next = samplePack();
    next.phrases[0]!.text = '文件里的新说法。';
    const keep = (edits: PhraseRecord[]) => copyToPersonal(db, edits.map((p) => p.id), { now: 3000, defaultGroupName: '我的话术', suffix: '（我的版本）' });
    const { plan, apply } = await importPack(db, next, 3000, keep);
    // The preview was shown before the agent touched the phrase: it lists nothing to keep.
    expect(plan.localEdits).toEqual([]);
    await savePhrase(db, { ...open((await db.phrases.get('acme-cs/wl-01'))!), text: '预览之后我改的' }, 2000);
    const result = await apply();
    expect(result.keptLocalEdits).toBe(1);
    expect((await db.phrases.get('acme-cs/wl-01'))?.text).toBe('文件里的新说法。');
    const mine = await db.phrases.where('packId').equals('personal').toArray();
    expect(mine.map((p) => [p.title, p.text])).toEqual([['物流查询（我的版本）', '预览之后我改的']]);
  });

  it('keeps nothing when the agent chose not to keep edits', async () => {
    const db = freshDb();
    await (await importPack(db, samplePack(), 1000)).apply();
    const next = samplePack();
    next.phrases[0]!.text = '文件里的新说法。';
    const { apply } = await importPack(db, next, 3000);
    await savePhrase(db, { ...open((await db.phrases.get('acme-cs/wl-01'))!), text: '预览之后我改的' }, 2000);
    expect((await apply()).keptLocalEdits).toBe(0);
    expect(await db.phrases.where('packId').equals('personal').count()).toBe(0);
  });
});
