// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { HuashuDB } from '../../../utils/db/database';
import { loadLibrary } from '../../../utils/db/library';
import { copyToPersonal, deletePhrases, savePhrase, setPinned } from '../../../utils/db/phrase-writes';
import { revOf } from '../../../utils/db/revision';
import type { PhraseRecord } from '../../../utils/db/types';
import { createPhraseIndex } from '../../../utils/search';
import type { ProtocolMap, Sender } from '../../../utils/protocol';
import { mount, until } from '../ui/render';

// Every index the page builds is counted; the comparison index below is built with the real function.
vi.mock('../../../utils/search', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../utils/search')>();
  return { ...actual, createPhraseIndex: vi.fn(actual.createPhraseIndex) };
});
const builds = vi.mocked(createPhraseIndex);
const { createPhraseIndex: freshIndex } = await vi.importActual<typeof import('../../../utils/search')>('../../../utils/search');

const send = (async () => ({})) as unknown as Sender<ProtocolMap>;
const NOW = 1_800_000_000_000;

let cleanup: (() => void) | undefined;
const dbs: HuashuDB[] = [];
afterEach(async () => {
  cleanup?.();
  for (const db of dbs.splice(0)) await db.delete();
});

function phrase(id: string, title: string, text: string, extra: Partial<PhraseRecord> = {}): PhraseRecord {
  // No lastUsedAt: recency would make scores depend on when each index is asked.
  return { id, group: 'team/after-sales', packId: 'team', title, text, tags: [], pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0, rev: 1, ...extra };
}

async function library(): Promise<HuashuDB> {
  const db = new HuashuDB(`manager-live-index-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  await db.packs.add({ id: 'team', name: '团队话术', source: 'file', importedAt: 1, hidden: false });
  await db.groups.add({ id: 'team/after-sales', name: '售后', order: 0, packId: 'team' });
  await db.phrases.bulkAdd([
    phrase('team/refund-time', '退款到账', '亲，退款一般一到三个工作日原路退回', { order: 0, usageCount: 3 }),
    phrase('team/refund-how', '申请退款', '在订单页点申请退款就可以了', { order: 1 }),
    phrase('team/refund-fee', '运费说明', '退货运费由我们承担，退款时一起退给您', { order: 2 }),
    phrase('team/exchange', '换货流程', '换货请在订单页申请，寄回时附上订单号', { order: 3 }),
    phrase('team/size', '尺码建议', '按平时的尺码拍就好，偏大半码', { order: 4 }),
    phrase('team/wait', '稍等', '亲，请稍等，我帮您查一下', { order: 5 }),
  ]);
  return db;
}

/** Phrase ids of the table's rows, top to bottom. */
const rows = (root: HTMLElement): string[] => [...root.querySelectorAll('tr[data-phrase-id]')].map((r) => r.getAttribute('data-phrase-id') ?? '');

/** What an index built afresh from the library lists for the query (every hit, best first). */
async function freshList(db: HuashuDB, query: string): Promise<string[]> {
  return freshIndex((await loadLibrary(db)).phrases).search(query, { limit: 2000 }).map((h) => h.phrase.id);
}

describe('the phrase manager follows the library in place', () => {
  it('saves, copies, deletions and uses change the shown search results without building a new index', async () => {
    const db = await library();
    const view = mount(<OptionsApp db={db} send={send} languages={['zh-CN']} removeOrigin={async () => true} requestOrigin={async () => true} download={() => undefined} now={() => NOW} initialTab="phrases" />);
    cleanup = view.unmount;
    await until(() => rows(view.root).length === 6);
    const search = view.root.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search field');
    search.value = 'tuikuan';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const query = 'tuikuan';
    await until(async () => rows(view.root).join() === (await freshList(db, query)).join() && rows(view.root).length < 6);
    expect(rows(view.root)).toContain('team/refund-how');
    const built = builds.mock.calls.length;
    expect(built).toBeGreaterThan(0);

    /** After a change: the rows become what a fresh index finds, and no index was built for it. */
    const shows = async (check: (ids: string[]) => boolean) => {
      await until(async () => {
        const ids = rows(view.root);
        return check(ids) && ids.join() === (await freshList(db, query)).join();
      });
      expect(builds.mock.calls.length).toBe(built);
    };

    // An edit: the size phrase now speaks of refunds and is found.
    const size = (await db.phrases.get('team/size'))!;
    await savePhrase(db, { id: size.id, group: size.group, title: '退款尺码', text: size.text, shortcut: '', tags: [], rev: revOf(size) }, NOW);
    await shows((ids) => ids.includes('team/size'));

    // A copy (a phrase added) and a deletion (one removed).
    const [copy] = await copyToPersonal(db, ['team/refund-how'], { now: NOW, defaultGroupName: '我的话术' });
    await shows((ids) => copy !== undefined && ids.includes(copy));
    await deletePhrases(db, ['team/refund-time']);
    await shows((ids) => !ids.includes('team/refund-time'));

    // A pin and a use (the sidebar counts it): the pinned copy now comes before its original.
    await setPinned(db, [copy!], true);
    await db.phrases.update('team/refund-fee', { usageCount: 9 });
    await shows((ids) => ids.indexOf(copy!) < ids.indexOf('team/refund-how'));
    expect(rows(view.root)).toHaveLength(4);
  });
});
