import { describe, expect, it } from 'vitest';
import { createSidebarSessions, randomSessionKey, type SidebarSessionRecord } from '../../../utils/sidebar-session';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content = (tab: number) => ({ id: ID, url: 'https://shop.example.com/chat', tab: { id: tab }, frameId: 0 });
const sidebar = (tab: number, frameId = 3, url = `${ORIGIN}sidebar.html`) => ({ id: ID, url, tab: { id: tab }, frameId });

function setup(panelTab: number | undefined = 5) {
  let saved: SidebarSessionRecord[] = [];
  let n = 0;
  const sessions = createSidebarSessions({
    store: { load: async () => saved, save: async (r) => void (saved = r) },
    randomKey: () => `key-${n++}`,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    panelTab: async () => panelTab,
  });
  const forwarded: string[] = [];
  const send = (message: { type: string; data: unknown }, sender: Parameters<typeof sessions.onMessage>[1]) =>
    sessions.onMessage(message, sender, (tab) => {
      forwarded.push(tab === undefined ? message.type : `${message.type}@${tab}`);
      return Promise.resolve('forwarded');
    });
  return { sessions, send, forwarded, saved: () => saved };
}

describe('sidebar sessions', () => {
  it('the sidebar its content script set up may insert; the key works once', async () => {
    const { send, forwarded } = setup();
    const { key } = (await send({ type: 'sidebar:register', data: {} }, content(7))) as { key: string };
    await expect(send({ type: 'sidebar:claim', data: { key } }, sidebar(7))).resolves.toEqual({ ok: true });
    await expect(send({ type: 'phrase:insert', data: { phraseId: 'p', text: 'x', caretBack: 0 } }, sidebar(7))).resolves.toBe('forwarded');
    // The same key framed again (another frame of the tab) is refused, and that frame may not insert.
    await expect(send({ type: 'sidebar:claim', data: { key } }, sidebar(7, 9))).resolves.toEqual({ ok: false });
    await expect(send({ type: 'phrase:insert', data: { phraseId: 'p', text: 'x', caretBack: 0 } }, sidebar(7, 9))).rejects.toThrow();
    expect(forwarded).toEqual(['phrase:insert']);
  });

  it.each([
    ['an unregistered sidebar frame', () => sidebar(7)],
    ['the sidebar of another tab', () => sidebar(8)],
  ])('refuses insertions, draft reads and rewrites from %s', async (_name, from) => {
    const { send, forwarded } = setup();
    const { key } = (await send({ type: 'sidebar:register', data: {} }, content(7))) as { key: string };
    if (from().tab.id !== 7) await expect(send({ type: 'sidebar:claim', data: { key } }, from())).resolves.toEqual({ ok: false });
    for (const type of ['phrase:insert', 'tone:read-draft', 'tone:apply-rewrite', 'sidebar:close', 'sidebar:resize']) {
      await expect(send({ type, data: {} }, from())).rejects.toThrow(/not opened by Huashu/);
    }
    expect(forwarded).toEqual([]);
  });

  it('a wrong key, a top frame or another extension page cannot claim', async () => {
    const { send } = setup();
    await send({ type: 'sidebar:register', data: {} }, content(7));
    await expect(send({ type: 'sidebar:claim', data: { key: 'key-x' } }, sidebar(7))).resolves.toEqual({ ok: false });
    await expect(send({ type: 'sidebar:claim', data: { key: 'key-0' } }, sidebar(7, 0))).resolves.toEqual({ ok: false });
    await expect(send({ type: 'sidebar:claim', data: { key: 'key-0' } }, sidebar(7, 3, `${ORIGIN}options.html`))).resolves.toEqual({ ok: false });
    await expect(send({ type: 'sidebar:claim', data: { key: 'key-0' } }, sidebar(7))).resolves.toEqual({ ok: true });
  });

  it('only a content script registers, and only from the top frame; a new registration replaces the old key', async () => {
    const { send, saved } = setup();
    // An extension page may not register (the sender kind is checked as for every message).
    expect(send({ type: 'sidebar:register', data: {} }, sidebar(7))).toBeUndefined();
    await expect(send({ type: 'sidebar:register', data: {} }, { ...content(7), frameId: 2 })).rejects.toThrow();
    await send({ type: 'sidebar:register', data: {} }, content(7));
    await send({ type: 'sidebar:register', data: {} }, content(7));
    expect(saved()).toEqual([{ tabId: 7, key: 'key-1', frameId: null }]);
    await expect(send({ type: 'sidebar:claim', data: { key: 'key-0' } }, sidebar(7))).resolves.toEqual({ ok: false });
  });

  it('messages that are not the sidebar’s pass through; strangers get no answer', async () => {
    const { send, forwarded } = setup();
    await expect(send({ type: 'slash:search', data: { query: 'a', limit: 1 } }, content(7))).resolves.toBe('forwarded');
    expect(send({ type: 'sidebar:register', data: {} }, { ...content(7), id: 'someone-else' })).toBeUndefined();
    expect(forwarded).toEqual(['slash:search']);
  });

  it('keys are 64 hex characters and differ', () => {
    const a = randomSessionKey();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(randomSessionKey()).not.toBe(a);
  });
});
