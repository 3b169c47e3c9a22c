/**
 * The background treats every content-script message as coming from a compromised renderer:
 * payloads are checked, requests are bound to the sender's own tab and origin, sizes are capped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import { getSiteState, getToneAllowList, setToneAllowList } from '../../../utils/db/library';
import { TONE_ALLOW_MAX_ENTRIES } from '../../../utils/protocol-schemas';
import type { PhraseRecord } from '../../../utils/db/types';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';
import { DEFAULT_SITE_STATE } from '../../../utils/settings';
import type { MessageSender } from '../../../utils/sender-binding';
import { SLASH_SEARCH_MAX } from '../../../utils/background-slash';

const ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const content = (tabId: number, url = 'https://shop.example.com/chat'): MessageSender => ({ id: ID, url, origin: new URL(url).origin, tab: { id: tabId }, frameId: 0 });
const fromSidebar = { id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 7 }, frameId: 3 };
const fromPopup = { id: ID, url: `${ORIGIN}popup.html` };

let n = 0;
let db: HuashuDB;
afterEach(async () => {
  await db.delete();
});

function setup() {
  db = new HuashuDB(`bg-guard-${n++}`);
  const toggled: number[] = [];
  const injected: Array<[number, number]> = [];
  const readers: Array<[number, number]> = [];
  const deps = backgroundDeps(db, {
    sendToTab: (async (tabId: number, type: string) => {
      if (type === 'content:toggle-sidebar') toggled.push(tabId);
      return { open: true };
    }) as BackgroundDeps['sendToTab'],
    injectLinearMatcher: async (tabId, frameId) => {
      injected.push([tabId, frameId]);
    },
    injectTranscriptReader: async (tabId, frameId) => {
      readers.push([tabId, frameId]);
    },
    isActiveTab: async (tabId) => tabId === 7,
  });
  const bg = createBackground(deps);
  const send = (type: string, data: unknown, sender: MessageSender) => bg.onMessage({ type, data }, sender);
  return { bg, send, toggled, injected, readers };
}

const base: PhraseRecord = {
  id: 'p/1', group: 'g', title: '物流', text: '您的包裹已发出', tags: [], packId: 'p', pinned: false,
  usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0,
};

async function seed(count = 1) {
  await db.packs.add({ id: 'p', name: 'P', source: 'file', importedAt: 1, hidden: false });
  await db.phrases.bulkAdd(
    Array.from({ length: count }, (_, i) => ({ ...base, id: `p/${i}`, title: `退款 ${i}`, text: `退款说明 ${i}`, shortcut: `tk${i}` })),
  );
}

type Hits = { id: string }[];

describe('slash:resolve gives full text only for what this tab was just shown', () => {
  it('refuses an id the tab was never shown, and counts no use', async () => {
    const { send } = setup();
    await seed();
    expect(await send('slash:resolve', { id: 'p/0' }, content(7))).toBeNull();
    expect((await db.phrases.get('p/0'))?.usageCount).toBe(0);
  });

  it('answers an id its own search listed, but not another tab or the same tab after it moved to another site', async () => {
    const { send } = setup();
    await seed();
    await expect.poll(async () => ((await send('slash:search', { query: 'tk0', limit: 5 }, content(7))) as Hits)[0]?.id).toBe('p/0');
    expect(await send('slash:resolve', { id: 'p/0' }, content(8))).toBeNull();
    expect(await send('slash:resolve', { id: 'p/0' }, content(7, 'https://evil.example/x'))).toBeNull();
    expect(await send('slash:resolve', { id: 'p/0' }, content(7))).toEqual({ text: '退款说明 0', use: expect.any(Number) });
  });

  it('refuses a phrase whose pack was hidden after it was shown', async () => {
    const { send } = setup();
    await seed();
    await expect.poll(async () => ((await send('slash:search', { query: 'tk0', limit: 5 }, content(7))) as Hits).length).toBe(1);
    await db.packs.update('p', { hidden: true });
    expect(await send('slash:resolve', { id: 'p/0' }, content(7))).toBeNull();
  });

  it('forgets a closed tab', async () => {
    const { bg, send } = setup();
    await seed();
    await expect.poll(async () => ((await send('slash:search', { query: 'tk0', limit: 5 }, content(7))) as Hits).length).toBe(1);
    bg.forgetTab(7);
    expect(await send('slash:resolve', { id: 'p/0' }, content(7))).toBeNull();
  });
});

describe('slash:search limits', () => {
  it('refuses a limit that is not a number and caps a huge one', async () => {
    const { send } = setup();
    await seed(30);
    await expect(send('slash:search', { query: '退款', limit: Number.NaN }, content(7))).rejects.toThrow(/limit/);
    await expect(send('slash:search', { query: '退款', limit: '5' }, content(7))).rejects.toThrow(/limit/);
    await expect.poll(async () => ((await send('slash:search', { query: '退款', limit: 1e9 }, content(7))) as Hits).length).toBe(SLASH_SEARCH_MAX);
  });

  it('refuses a very long query', async () => {
    const { send } = setup();
    await expect(send('slash:search', { query: 'x'.repeat(100_000), limit: 5 }, content(7))).rejects.toThrow(/query/);
  });
});

describe('site state is bound to the sender’s own origin and sane values', () => {
  const state = { ...DEFAULT_SITE_STATE, open: true, width: 420 };

  it('refuses to read or write another site’s state', async () => {
    const { send } = setup();
    await expect(send('site:set', { origin: 'https://bank.example', state }, content(7))).rejects.toThrow(/own site/);
    await expect(send('site:get', { origin: 'https://bank.example' }, content(7))).rejects.toThrow(/own site/);
    await expect(send('tone:get', { origin: 'https://bank.example' }, content(7))).rejects.toThrow(/own site/);
    expect(await getSiteState(db, 'https://bank.example')).toEqual(DEFAULT_SITE_STATE);
  });

  it('refuses a megabyte string, an out-of-range width and extra fields', async () => {
    const { send } = setup();
    const origin = 'https://shop.example.com';
    await expect(send('site:set', { origin, state: { ...state, width: 'x'.repeat(1_000_000) } }, content(7))).rejects.toThrow(/state\.width/);
    await expect(send('site:set', { origin, state: { ...state, width: 5000 } }, content(7))).rejects.toThrow(/state\.width/);
    await expect(send('site:set', { origin, state: { ...state, junk: 'x'.repeat(1000) } }, content(7))).rejects.toThrow(/junk/);
    expect(await getSiteState(db, origin)).toEqual(DEFAULT_SITE_STATE);
    await send('site:set', { origin, state }, content(7));
    expect(await getSiteState(db, origin)).toEqual(state);
  });
});

describe('tone:allow is capped in size and count', () => {
  it('refuses an oversized text or malformed rule id', async () => {
    const { send } = setup();
    await expect(send('tone:allow', { ruleId: 'qin-address', text: 'x'.repeat(1_000_000) }, content(7))).rejects.toThrow(/text/);
    await expect(send('tone:allow', { ruleId: '<script>', text: '亲' }, content(7))).rejects.toThrow(/ruleId/);
    expect(await getToneAllowList(db)).toEqual([]);
  });

  it('stops adding entries when the allow-list is full', async () => {
    const { send } = setup();
    await setToneAllowList(db, Array.from({ length: TONE_ALLOW_MAX_ENTRIES }, (_, i) => ({ ruleId: 'qin-address', text: `亲${i}` })));
    await expect(send('tone:allow', { ruleId: 'qin-address', text: '新的' }, content(7))).rejects.toThrow(/full/);
    expect(await getToneAllowList(db)).toHaveLength(TONE_ALLOW_MAX_ENTRIES);
  });
});

describe('sidebar:toggle only in the sender’s own or active tab', () => {
  it('lets the sidebar toggle its own tab only, and the popup the active tab only', async () => {
    const { send, toggled } = setup();
    await expect(send('sidebar:toggle', { tabId: 8 }, fromSidebar)).rejects.toThrow(/tab you are looking at/);
    await expect(send('sidebar:toggle', { tabId: 8 }, fromPopup)).rejects.toThrow(/tab you are looking at/);
    await expect(send('sidebar:toggle', { tabId: -1 }, fromPopup)).rejects.toThrow(/tabId/);
    expect(toggled).toEqual([]);
    await send('sidebar:toggle', { tabId: 7 }, fromPopup);
    expect(toggled).toEqual([7]);
  });
});

describe('transcript:load loads the reader only where it was asked', () => {
  it('into the sender’s own tab and frame; never for an extension page or a payload naming another tab', async () => {
    const { send, readers } = setup();
    await expect(send('transcript:load', {}, { ...content(5), frameId: 2 })).resolves.toEqual({ loaded: true });
    expect(readers).toEqual([[5, 2]]);
    await expect(send('transcript:load', { tabId: 9 }, content(5))).rejects.toThrow(/tabId/);
    expect(await Promise.resolve(send('transcript:load', {}, fromSidebar)).catch(() => 'refused')).not.toEqual({ loaded: true });
    expect(readers).toEqual([[5, 2]]);
  });
});

describe('tone:linear loads the matcher only where it was asked', () => {
  it('into the sender’s own tab and frame; never for an extension page or a payload naming another tab', async () => {
    const { send, injected } = setup();
    await expect(send('tone:linear', {}, { ...content(5), frameId: 3 })).resolves.toEqual({ loaded: true });
    expect(injected).toEqual([[5, 3]]);
    await expect(send('tone:linear', { tabId: 9 }, content(5))).rejects.toThrow(/tabId/);
    // An extension page is not answered (or refused): it has no isolated world to load into.
    expect(await Promise.resolve(send('tone:linear', {}, fromSidebar)).catch(() => 'refused')).not.toEqual({ loaded: true });
    expect(injected).toEqual([[5, 3]]);
  });
});
