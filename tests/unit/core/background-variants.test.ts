import { afterEach, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import type { PhraseRecord } from '../../../utils/db/types';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';

const ID = TEST_EXTENSION_ID;
const taobaoPage = { id: ID, url: 'https://qn.taobao.com/chat', tab: { id: 7, url: 'https://qn.taobao.com/chat' }, frameId: 0 };
const otherPage = { id: ID, url: 'https://shop.example.com/chat', tab: { id: 8, url: 'https://shop.example.com/chat' }, frameId: 0 };
const sidebar = { id: ID, url: `${TEST_EXTENSION_ORIGIN}sidebar.html`, tab: { id: 9 }, frameId: 3 };

const greeting: PhraseRecord = {
  id: 'p/1', group: 'g', title: '欢迎语', text: '您好，很高兴为您服务。', shortcut: 'hy', tags: [], packId: 'p', pinned: false,
  usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0,
  variants: [{ sites: ['taobao.com'], title: '淘宝欢迎语', text: '亲，在的呢~ 很高兴为您服务。' }],
};

let db: HuashuDB;
let n = 0;
afterEach(async () => {
  await db.delete();
});

function setup(tabUrls: Record<number, string>) {
  db = new HuashuDB(`bg-variants-${n++}`);
  const deps = backgroundDeps(db, {
    sendToTab: (async () => undefined) as BackgroundDeps['sendToTab'],
    tabUrl: async (tabId) => tabUrls[tabId],
  });
  return createBackground(deps);
}

it('the / list shows and inserts the variant of the page it is on, and the phrase itself elsewhere', async () => {
  const bg = setup({});
  await db.packs.add({ id: 'p', name: 'P', source: 'file', importedAt: 1, hidden: false });
  await db.phrases.add(greeting);
  const search = (from: typeof taobaoPage) => bg.onMessage({ type: 'slash:search', data: { query: 'hy', limit: 5 } }, from) as Promise<{ id: string; title: string; preview: string }[]>;
  await expect.poll(async () => (await search(taobaoPage))[0]).toMatchObject({ id: 'p/1', title: '淘宝欢迎语', preview: '亲，在的呢~ 很高兴为您服务。' });
  expect(await bg.onMessage({ type: 'slash:resolve', data: { id: 'p/1' } }, taobaoPage)).toMatchObject({ text: '亲，在的呢~ 很高兴为您服务。' });
  expect((await search(otherPage))[0]).toMatchObject({ title: '欢迎语', preview: '您好，很高兴为您服务。' });
  expect(await bg.onMessage({ type: 'slash:resolve', data: { id: 'p/1' } }, otherPage)).toMatchObject({ text: '您好，很高兴为您服务。' });
});

it('tells a sidebar the host of its tab, looked up when the browser does not report it with the message', async () => {
  const bg = setup({ 9: 'https://mms.pinduoduo.com/chat-merchant/index.html' });
  expect(await bg.onMessage({ type: 'sidebar:site', data: {} }, sidebar)).toEqual({ host: 'mms.pinduoduo.com' });
  expect(await bg.onMessage({ type: 'sidebar:site', data: {} }, { ...sidebar, tab: { id: 10 } })).toEqual({ host: null });
  // A page cannot ask (it is a sidebar's message), nor can a payload ride along.
  expect(bg.onMessage({ type: 'sidebar:site', data: {} }, taobaoPage)).toBeUndefined();
  await expect(bg.onMessage({ type: 'sidebar:site', data: { tabId: 7 } }, sidebar)).rejects.toThrow();
});
