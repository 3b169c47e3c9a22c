import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import { getSiteState } from '../../../utils/db/library';
import type { PhraseRecord } from '../../../utils/db/types';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';
import { DEFAULT_SITE_STATE } from '../../../utils/settings';

const ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const fromSidebar = { id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 7 }, frameId: 3 };
const fromContent = { id: ID, url: 'https://shop.example.com/chat', tab: { id: 7 }, frameId: 0 };

let n = 0;
let db: HuashuDB;
afterEach(async () => {
  await db.delete();
});

function setup() {
  db = new HuashuDB(`bg-test-${n++}`);
  const sent: { tabId: number; type: string; data: unknown }[] = [];
  const broadcasts: string[] = [];
  const deps = backgroundDeps(db, {
    sendToTab: (async (tabId: number, type: string, data: unknown) => {
      sent.push({ tabId, type, data });
      if (type === 'content:insert') return { ok: true, editor: 'textarea' };
      if (type === 'content:toggle-sidebar') return { open: false };
      return undefined;
    }) as BackgroundDeps['sendToTab'],
    broadcast: (async (type: string) => {
      broadcasts.push(type);
    }) as BackgroundDeps['broadcast'],
    isActiveTab: async (tabId) => tabId === 7,
  });
  return { bg: createBackground(deps), sent, broadcasts };
}

const phrase: PhraseRecord = {
  id: 'p/1', group: 'g', title: '物流', text: '您的包裹已发出', tags: [], packId: 'p', pinned: false,
  usageCount: 2, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0,
};

describe('background message routing', () => {
  it('forwards an insertion from the sidebar to its own tab and counts the use', async () => {
    const { bg, sent } = setup();
    await db.phrases.add(phrase);
    const outcome = await bg.onMessage({ type: 'phrase:insert', data: { phraseId: 'p/1', text: '您的包裹已发出', caretBack: 0 } }, fromSidebar);
    expect(outcome).toEqual({ ok: true, editor: 'textarea' });
    expect(sent).toEqual([{ tabId: 7, type: 'content:insert', data: { text: '您的包裹已发出', caretBack: 0, use: expect.any(Number) } }]);
    const stored = await db.phrases.get('p/1');
    expect(stored?.usageCount).toBe(3);
    expect(stored?.lastUsedAt).toBe(1_700_000_000_000);
  });

  it('carries the blanks the agent filled to its own tab, and asks only that tab for them again', async () => {
    const { bg, sent } = setup();
    await bg.onMessage({ type: 'phrase:insert', data: { phraseId: 'p/1', text: '王女士您好', caretBack: 0, values: { 客户: '王女士' } } }, fromSidebar);
    await bg.onMessage({ type: 'phrase:recall-values', data: { names: ['客户'] } }, fromSidebar);
    expect(sent).toEqual([
      { tabId: 7, type: 'content:insert', data: { text: '王女士您好', caretBack: 0, use: expect.any(Number), values: { 客户: '王女士' } } },
      { tabId: 7, type: 'content:recall-values', data: { names: ['客户'] } },
    ]);
    // A page cannot ask for them, and oversized requests are refused before they reach a tab.
    expect(bg.onMessage({ type: 'phrase:recall-values', data: { names: ['客户'] } }, fromContent)).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}`, 'x']));
    await expect(bg.onMessage({ type: 'phrase:insert', data: { phraseId: 'p/1', text: 'x', caretBack: 0, values: many } }, fromSidebar)).rejects.toThrow(/values/);
    await expect(bg.onMessage({ type: 'phrase:recall-values', data: { names: ['x'.repeat(21)] } }, fromSidebar)).rejects.toThrow(/names/);
    expect(sent).toHaveLength(2);
  });

  it('does not let a content script (a page) trigger an insertion or another extension talk to us', async () => {
    const { bg, sent } = setup();
    const msg = { type: 'phrase:insert', data: { phraseId: 'p/1', text: 'x', caretBack: 0 } };
    expect(bg.onMessage(msg, fromContent)).toBeUndefined();
    expect(bg.onMessage(msg, { ...fromSidebar, id: 'someone-else' })).toBeUndefined();
    expect(bg.onMessage(msg, { id: ID })).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('answers the in-input trigger with titles and previews, and the text only for a chosen phrase', async () => {
    const { bg } = setup();
    await db.phrases.bulkAdd([phrase, { ...phrase, id: 'p/2', title: '退款流程', text: '退款会在审核后原路退回。', shortcut: 'tk' }]);
    await db.packs.add({ id: 'p', name: 'P', source: 'file', importedAt: 1, hidden: false });
    await expect.poll(async () => ((await bg.onMessage({ type: 'slash:search', data: { query: 'tk', limit: 5 } }, fromContent)) as { id: string }[])[0]?.id).toBe('p/2');
    const resolved = await bg.onMessage({ type: 'slash:resolve', data: { id: 'p/2' } }, fromContent);
    expect(resolved).toEqual({ text: '退款会在审核后原路退回。', use: expect.any(Number) });
    expect((await db.phrases.get('p/2'))?.usageCount).toBe(3);
    await db.packs.update('p', { hidden: true });
    await expect.poll(async () => (await bg.onMessage({ type: 'slash:search', data: { query: 'tk', limit: 5 } }, fromContent)) as unknown[]).toEqual([]);
  });

  it('tells every open chat page when the tone settings change, and only extension pages may change them', async () => {
    const { bg, broadcasts } = setup();
    expect(bg.onMessage({ type: 'tone:set', data: { settings: { mode: 'off' } } }, fromContent)).toBeUndefined();
    expect(broadcasts).toEqual([]);
    const saved = (await bg.onMessage({ type: 'tone:set', data: { settings: { mode: 'off' } } }, fromSidebar)) as { settings: { mode: string } };
    expect(saved.settings.mode).toBe('off');
    expect(broadcasts).toEqual(['content:tone-settings-changed']);
  });

  it('remembers the sidebar state per site', async () => {
    const { bg } = setup();
    await bg.onMessage({ type: 'site:set', data: { origin: 'https://shop.example.com', state: { ...DEFAULT_SITE_STATE, open: true, width: 420, launcherBottom: 300 } } }, fromContent);
    const answer = (await bg.onMessage({ type: 'site:get', data: { origin: 'https://shop.example.com' } }, fromContent)) as {
      state: unknown;
    };
    expect(answer.state).toEqual({ ...DEFAULT_SITE_STATE, open: true, width: 420, launcherBottom: 300 });
    expect(await getSiteState(db, 'https://b.example')).toEqual(DEFAULT_SITE_STATE);
  });
});
