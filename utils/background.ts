import type { HuashuDB } from './db/database';
import {
  addToneAllow,
  getSiteState,
  getToneAllowList,
  getToneSettings,
  getUiSettings,
  getUserSites,
  recordUse,
  setSiteState,
  setToneAllowList,
  setToneSettings,
} from './db/library';
import type { LiveIndex } from './db/library-index';
import {
  dispatch,
  senderKinds,
  type ContentProtocolMap,
  type Handlers,
  type ProtocolMap,
  type Req,
  type Res,
  type SenderKind,
} from './protocol';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface BackgroundDeps {
  db: HuashuDB;
  index: LiveIndex;
  extensionId: string;
  /** `chrome-extension://<id>/` (or moz-extension://…). */
  extensionOrigin: string;
  sendToTab<K extends keyof ContentProtocolMap & string>(
    tabId: number,
    type: K,
    data: Req<ContentProtocolMap, K>,
  ): Promise<Res<ContentProtocolMap, K>>;
  now(): number;
  /** Register the content script for the agent's own sites (replacing the previous registration). */
  registerUserSites(patterns: string[]): Promise<void>;
  /** Run the content script in a tab now (after the agent enabled its site). */
  injectInto(tabId: number): Promise<void>;
}

/** Who sent a message: our content script, one of our pages, or someone we do not answer. */
export function classifySender(sender: MessageSender, deps: Pick<BackgroundDeps, 'extensionId' | 'extensionOrigin'>): SenderKind | null {
  if (sender.id !== deps.extensionId) return null;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/** Characters of a phrase shown in the in-input suggestion list. */
const PREVIEW = 60;

interface Ctx {
  sender: MessageSender;
}

function tabOf(ctx: Ctx): number {
  const id = ctx.sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a page inside a tab.');
  return id;
}

export function createBackground(deps: BackgroundDeps) {
  const { db } = deps;
  const handlers: Handlers<ProtocolMap, Ctx> = {
    'site:get': async ({ origin }) => ({ state: await getSiteState(db, origin), settings: await getUiSettings(db) }),
    'site:set': ({ origin, state }) => setSiteState(db, origin, state),
    'insert:request': async ({ phraseId, text, caretBack }, ctx) => {
      const outcome = await deps.sendToTab(tabOf(ctx), 'content:insert', { text, caretBack });
      if (outcome.ok) await recordUse(db, phraseId, deps.now());
      return outcome;
    },
    'sidebar:close': async (_data, ctx) => {
      await deps.sendToTab(tabOf(ctx), 'content:toggle-sidebar', { open: false });
    },
    'sidebar:resize': async ({ width, collapsed }, ctx) => {
      await deps.sendToTab(tabOf(ctx), 'content:resize-sidebar', { width, collapsed });
    },
    'sidebar:toggle': ({ tabId }) => deps.sendToTab(tabId, 'content:toggle-sidebar', {}),
    'slash:search': async ({ query, limit }) => {
      const index = await deps.index.ready();
      return index.search(query, { limit: Math.min(Math.max(1, limit), 20) }).map(({ phrase }) => ({
        id: phrase.id,
        title: phrase.title,
        preview: phrase.text.length > PREVIEW ? `${phrase.text.slice(0, PREVIEW)}…` : phrase.text,
        ...(phrase.shortcut ? { shortcut: phrase.shortcut } : {}),
      }));
    },
    'slash:resolve': async ({ id }) => {
      const phrase = await db.phrases.get(id);
      if (!phrase) return null;
      await recordUse(db, id, deps.now());
      return { text: phrase.text };
    },
    'tone:get': async ({ origin }) => {
      const settings = await getToneSettings(db);
      return { settings, enabled: settings.mode !== 'off' && !settings.disabledSites.includes(origin), allow: await getToneAllowList(db) };
    },
    'tone:allow': ({ ruleId, text }) => addToneAllow(db, { ruleId, text }),
    'tone:set': async ({ settings, allow }) => ({
      settings: settings ? await setToneSettings(db, settings) : await getToneSettings(db),
      allow: allow ? await setToneAllowList(db, allow) : await getToneAllowList(db),
    }),
    'sites:changed': async ({ injectTabId }) => {
      await syncUserSites();
      if (injectTabId !== undefined) await deps.injectInto(injectTabId);
    },
  };

  async function syncUserSites(): Promise<void> {
    await deps.registerUserSites(await getUserSites(db));
  }

  return {
    handlers,
    /** The runtime.onMessage listener body: answers only our own senders, each only its messages. */
    onMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
      const kind = classifySender(sender, deps);
      if (!kind) return undefined;
      return dispatch(handlers, message, { sender }, (type) => senderKinds[type].includes(kind));
    },
    syncUserSites,
    toggleSidebar(tabId: number) {
      return deps.sendToTab(tabId, 'content:toggle-sidebar', {});
    },
  };
}
