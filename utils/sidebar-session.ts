/**
 * Who may act as "the sidebar" of a tab. `sidebar.html` is web-accessible (the content script
 * frames it), so any site could frame it too, over a bait button. A sidebar is only useful once its
 * own content script set it up: the content script registers a one-time key with the background
 * (`sidebar:register`), puts it in its frame's URL fragment, and the sidebar claims it
 * (`sidebar:claim`) from the same tab. Until a sidebar frame holds the claimed key of its tab, the
 * background refuses its insertions and draft requests, and the sidebar shows no library.
 *
 * The browser's own side panel (utils/side-panel.ts) is the other sidebar: the same page, outside every tab (no page
 * can frame or cover it), so it needs no key; it acts on the active tab of the window the agent is in.
 */
import { dispatch, isEnvelope, senderKinds, type Handlers, type ProtocolMap } from './protocol';
import { parseRequest } from './protocol-schemas';
import { classifySender, type MessageSender } from './sender-binding';

/** Messages only the registered sidebar frame of a tab may send. */
export const SIDEBAR_ONLY: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>([
  'phrase:insert',
  'phrase:recall-values',
  'sidebar:close',
  'sidebar:resize',
  'tone:read-draft',
  'tone:apply-rewrite',
  'suggest:get',
  'sidebar:site',
]);

export interface SidebarSessionRecord {
  tabId: number;
  key: string;
  /** The sidebar frame that claimed the key (null until then). */
  frameId: number | null;
}

/** Where the records live (storage.session: it outlives the service worker, not the browser). */
export interface SessionStore {
  load(): Promise<SidebarSessionRecord[]>;
  save(records: SidebarSessionRecord[]): Promise<void>;
}

export interface SidebarSessionDeps {
  store: SessionStore;
  /** A fresh unguessable key (e.g. 32 random bytes in hex). */
  randomKey(): string;
  extensionId: string;
  extensionOrigin: string;
  /** The tab the side panel acts on: the active tab of the window the agent last used (undefined: none). */
  panelTab(): Promise<number | undefined>;
}

/** The messages this module answers itself, in front of the background (utils/background.ts answers the rest). */
export type SessionMessages = Pick<ProtocolMap, 'sidebar:register' | 'sidebar:claim'>;

/** The sidebar page, by its path (Chromium reports the extension's own host even for the dynamic URL; any host is accepted). */
function isSidebarPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return /-extension:$/.test(parsed.protocol) && parsed.pathname === '/sidebar.html';
  } catch {
    return false;
  }
}

/** The sidebar page shown in the browser's side panel: an extension page in no tab. */
export function isSidePanel(sender: MessageSender): boolean {
  return sender.tab === undefined && isSidebarPage(sender.url);
}

export function createSidebarSessions(deps: SidebarSessionDeps) {
  let records: Promise<SidebarSessionRecord[]> | null = null;
  const load = () => (records ??= deps.store.load().catch(() => []));
  async function update(change: (list: SidebarSessionRecord[]) => SidebarSessionRecord[]): Promise<void> {
    const next = change(await load());
    records = Promise.resolve(next);
    await deps.store.save(next);
  }

  async function register(sender: MessageSender): Promise<{ key: string }> {
    const tabId = sender.tab?.id;
    // Only the top frame's content script mounts the sidebar.
    if (tabId === undefined || sender.frameId !== 0) throw new Error('Only a tab’s top-frame content script can set up a sidebar.');
    const key = deps.randomKey();
    await update((list) => [...list.filter((r) => r.tabId !== tabId), { tabId, key, frameId: null }]);
    return { key };
  }

  async function claim(key: string, sender: MessageSender): Promise<{ ok: boolean }> {
    if (isSidePanel(sender)) return { ok: true };
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    if (tabId === undefined || frameId === undefined || frameId === 0 || !isSidebarPage(sender.url)) return { ok: false };
    const record = (await load()).find((r) => r.tabId === tabId);
    if (!record || record.frameId !== null || typeof key !== 'string' || record.key !== key) return { ok: false };
    await update((list) => list.map((r) => (r === record ? { ...r, frameId } : r)));
    return { ok: true };
  }

  async function isSidebar(sender: MessageSender): Promise<boolean> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isSidebarPage(sender.url)) return false;
    return (await load()).some((r) => r.tabId === tabId && r.frameId !== null && r.frameId === sender.frameId);
  }

  const handlers: Handlers<SessionMessages, MessageSender> = {
    'sidebar:register': (_data, sender) => register(sender),
    'sidebar:claim': ({ key }, sender) => claim(key, sender),
  };

  return {
    register,
    claim,
    isSidebar,
    /**
     * In front of the background's own listener: answers the session messages, refuses the
     * sidebar's messages from a frame that is not its tab's registered sidebar, passes the rest on.
     */
    onMessage(
      message: unknown,
      sender: MessageSender,
      /** `panelTab`: the tab a side panel's message acts on (its sender has none). */
      next: (panelTab?: number) => Promise<unknown> | undefined,
    ): Promise<unknown> | undefined {
      const kind = classifySender(sender, deps);
      if (!kind) return undefined;
      const own = dispatch(handlers, message, sender, (type) => senderKinds[type].includes(kind), parseRequest);
      if (own) return own;
      // A session message from a sender that may not send it: no answer.
      if (isEnvelope<SessionMessages>(message, handlers as Handlers<SessionMessages, never>)) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && SIDEBAR_ONLY.has(type as keyof ProtocolMap)) {
        if (isSidePanel(sender)) {
          return deps.panelTab().then((tabId) => {
            if (tabId === undefined) throw new Error('There is no chat page in this window.');
            return next(tabId);
          });
        }
        return isSidebar(sender).then((ok) => {
          if (!ok) throw new Error('This sidebar was not opened by Huashu on this page.');
          return next();
        });
      }
      return next();
    },
  };
}

/** A SessionStore on a storage area such as `browser.storage.session`. */
export function storageSessionStore(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}): SessionStore {
  const KEY = 'sidebarSessions';
  return {
    load: async () => {
      const value = (await area.get(KEY))[KEY];
      return Array.isArray(value) ? (value as SidebarSessionRecord[]) : [];
    },
    save: (records) => area.set({ [KEY]: records }),
  };
}

/** 32 random bytes as hex. */
export function randomSessionKey(random: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  return Array.from(random.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}
