import { afterEach, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import type { PhraseRecord } from '../../../utils/db/types';
import { backgroundDeps, TEST_EXTENSION_ID } from '../background-deps';

const page = (tab: number) => ({ id: TEST_EXTENSION_ID, url: 'https://shop.example.com/chat', tab: { id: tab, url: 'https://shop.example.com/chat' }, frameId: 0 });
const phrase: PhraseRecord = {
  id: 'p/1', group: 'g', title: '发货', text: '亲，今天下单今天发货。', shortcut: 'fh', tags: [], packId: 'p', packPhraseId: '1', pinned: false,
  usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0,
};

let db: HuashuDB;
let n = 0;
afterEach(async () => {
  await db.delete();
});

async function setup() {
  db = new HuashuDB(`bg-usage-${n++}`);
  let now = 1_000_000;
  const bg = createBackground(backgroundDeps(db, { sendToTab: (async () => ({ ok: true })) as BackgroundDeps['sendToTab'], now: () => now }));
  await db.packs.add({ id: 'p', name: 'P', source: 'file', importedAt: 1, hidden: false });
  await db.phrases.add(phrase);
  // The / list resolves only what it showed that tab.
  const resolve = async (tab: number) => {
    await expect.poll(async () => ((await bg.onMessage({ type: 'slash:search', data: { query: 'fh', limit: 5 } }, page(tab))) as { id: string }[])[0]?.id).toBe('p/1');
    return ((await bg.onMessage({ type: 'slash:resolve', data: { id: 'p/1' } }, page(tab))) as { use: number }).use;
  };
  const sent = (tab: number, uses: { use: number; changed: number }[]) => bg.onMessage({ type: 'usage:sent', data: { uses } }, page(tab));
  return { bg, resolve, sent, advance: (ms: number) => void (now += ms) };
}

it('keeps what became of an insertion on the phrase, once per insertion, only from the tab it went into', async () => {
  const { resolve, sent } = await setup();
  const first = await resolve(7);
  const second = await resolve(7);
  await sent(8, [{ use: first, changed: 0 }]); // another tab cannot report it
  await sent(7, [{ use: first, changed: 0 }, { use: second, changed: 0.3 }]);
  await sent(7, [{ use: first, changed: 1 }]); // nor can it be reported twice
  const record = await db.phrases.get('p/1');
  expect(record?.usageCount).toBe(2);
  expect(record?.outcomes).toEqual({ asIs: 1, edited: 1, removed: 0, changeSum: 0.3 });
});

it('forgets an insertion after 30 minutes and when its tab closes; refuses a malformed report', async () => {
  const { bg, resolve, sent, advance } = await setup();
  const old = await resolve(7);
  advance(31 * 60_000);
  await sent(7, [{ use: old, changed: 0 }]);
  const closed = await resolve(7);
  bg.forgetTab(7);
  await sent(7, [{ use: closed, changed: 0 }]);
  expect((await db.phrases.get('p/1'))?.outcomes).toBeUndefined();
  await expect(sent(7, [{ use: 1, changed: 2 }])).rejects.toThrow();
  await expect(bg.onMessage({ type: 'usage:sent', data: { uses: [], text: 'draft' } }, page(7))).rejects.toThrow();
});
