import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import { getUiSettings, setUiSettings } from '../../../utils/db/library';
import { chromeSidePanel, type ChromeSidePanelApi } from '../../../utils/side-panel';
import { createSidebarSessions } from '../../../utils/sidebar-session';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';

// The browser refuses sidePanel.open() unless it is called in the same task as the agent's gesture reached the
// extension (tried in Chromium 156: even one microtask later it throws "may only be called in response to a user
// gesture"). So these tests check that the call happens before the message handler returns, not just eventually.

const ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const fromContent = { id: ID, url: 'https://shop.example.com/chat', tab: { id: 7 }, frameId: 0 };
const fromPopup = { id: ID, url: `${ORIGIN}popup.html` };
const fromPanel = { id: ID, url: `${ORIGIN}sidebar.html` };

/** A fake chrome.sidePanel that records whether open() came synchronously, and is offered only after setOptions. */
function fakeChromePanel() {
  const calls: string[] = [];
  let enabled = false;
  let inHandler = false;
  const api: ChromeSidePanelApi = {
    open: ({ tabId }) => {
      calls.push(`open ${tabId}${inHandler ? '' : ' (too late)'}`);
      return enabled && inHandler ? Promise.resolve() : Promise.reject(new Error(inHandler ? 'No active side panel' : 'user gesture'));
    },
    setOptions: async (o) => {
      enabled = o.enabled === true;
      calls.push(`setOptions ${JSON.stringify(o)}`);
    },
  };
  /** Runs `fn` as the browser runs a listener for a gesture: the gesture lasts only for the synchronous part. */
  const gesture = <T,>(fn: () => T): T => {
    inHandler = true;
    try {
      return fn();
    } finally {
      inHandler = false;
    }
  };
  return { api, calls, gesture };
}

let n = 0;
let db: HuashuDB;
afterEach(async () => {
  await db.delete();
});

function setup() {
  db = new HuashuDB(`panel-test-${n++}`);
  const chrome = fakeChromePanel();
  const panel = chromeSidePanel(chrome.api, 'sidebar.html');
  const sent: { tabId: number; type: string; data: unknown }[] = [];
  const deps = backgroundDeps(db, {
    panel,
    sendToTab: (async (tabId: number, type: string, data: unknown) => {
      sent.push({ tabId, type, data });
      if (type === 'content:insert') return { ok: true, editor: 'textarea' };
      return { open: true };
    }) as BackgroundDeps['sendToTab'],
    isActiveTab: async (tabId) => tabId === 7,
  });
  return { bg: createBackground(deps), panel, chrome, sent };
}

describe('the browser side panel as the sidebar', () => {
  it('is not offered until the agent chooses it, and the in-page sidebar opens instead', async () => {
    const { bg, chrome, sent } = setup();
    const opened = chrome.gesture(() => bg.onMessage({ type: 'panel:open', data: {} }, fromContent));
    await expect(opened).resolves.toEqual({ opened: false });
    // The hotkey (browser command) falls back to the in-page sidebar of the tab.
    await expect(chrome.gesture(() => bg.toggleSidebar(7))).resolves.toEqual({ open: true });
    expect(sent).toEqual([{ tabId: 7, type: 'content:toggle-sidebar', data: { hotkey: true } }]);
    expect(chrome.calls).toEqual(['open 7', 'open 7']);
  });

  it('once chosen, opens beside the tab from the launcher, the popup and the hotkey, inside the gesture', async () => {
    const { bg, panel, chrome, sent } = setup();
    await setUiSettings(db, { sidebarPlace: 'browser' });
    await panel.follow((await getUiSettings(db)).sidebarPlace);
    expect(chrome.calls).toEqual(['setOptions {"path":"sidebar.html","enabled":true}']);
    await expect(chrome.gesture(() => bg.onMessage({ type: 'panel:open', data: {} }, fromContent))).resolves.toEqual({ opened: true });
    await expect(chrome.gesture(() => bg.onMessage({ type: 'sidebar:toggle', data: { tabId: 7 } }, fromPopup))).resolves.toEqual({ open: true });
    await expect(chrome.gesture(() => bg.toggleSidebar(7))).resolves.toEqual({ open: true });
    expect(chrome.calls.slice(1)).toEqual(['open 7', 'open 7', 'open 7']);
    // Nothing went to the page: its in-page sidebar stays closed.
    expect(sent).toEqual([]);
  });

  it('withdraws the panel when the agent goes back to the in-page sidebar', async () => {
    const { panel, chrome } = setup();
    await panel.follow('browser');
    await panel.follow('page');
    expect(chrome.calls).toEqual(['setOptions {"path":"sidebar.html","enabled":true}', 'setOptions {"enabled":false}']);
  });

  it('says "not opened" where the browser has no side panel (Firefox, older Chrome)', async () => {
    await expect(chromeSidePanel(undefined, 'sidebar.html').open(7)).rejects.toThrow(/no side panel/);
  });
});

describe('messages from the side panel', () => {
  function sessions(panelTab: number | undefined) {
    return createSidebarSessions({
      store: { load: async () => [], save: async () => undefined },
      randomKey: () => 'k',
      extensionId: ID,
      extensionOrigin: ORIGIN,
      panelTab: async () => panelTab,
    });
  }

  it('claims without a key and acts on the active tab of its window, with no exposure check in the page', async () => {
    const { bg, sent } = setup();
    const s = sessions(7);
    const send = (message: unknown, sender: typeof fromPanel) => s.onMessage(message, sender, (tab) => bg.onMessage(message, sender, tab));
    await expect(send({ type: 'sidebar:claim', data: { key: '' } }, fromPanel)).resolves.toEqual({ ok: true });
    const outcome = await send({ type: 'phrase:insert', data: { phraseId: 'none', text: '您好', caretBack: 0 } }, fromPanel);
    expect(outcome).toEqual({ ok: true, editor: 'textarea' });
    expect(sent).toEqual([{ tabId: 7, type: 'content:insert', data: { text: '您好', caretBack: 0, use: expect.any(Number), panel: true } }]);
  });

  it('does nothing when the window has no tab to act on', async () => {
    const { bg, sent } = setup();
    const s = sessions(undefined);
    const message = { type: 'phrase:insert', data: { phraseId: 'none', text: '您好', caretBack: 0 } };
    await expect(s.onMessage(message, fromPanel, (tab) => bg.onMessage(message, fromPanel, tab))).rejects.toThrow(/no chat page/);
    expect(sent).toEqual([]);
  });

  it('a sidebar page in a tab (framed or opened by a site) is not the side panel and needs its key', async () => {
    const s = sessions(7);
    const inTab = { ...fromPanel, tab: { id: 9 }, frameId: 0 };
    await expect(s.onMessage({ type: 'sidebar:claim', data: { key: '' } }, inTab, () => undefined)).resolves.toEqual({ ok: false });
    await expect(
      s.onMessage({ type: 'phrase:insert', data: { phraseId: 'x', text: 'x', caretBack: 0 } }, inTab, () => Promise.resolve('forwarded')),
    ).rejects.toThrow(/not opened by Huashu/);
  });
});
