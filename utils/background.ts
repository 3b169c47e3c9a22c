import type { HuashuDB } from './db/database';
import {
  addToneAllow,
  getSiteState,
  getTeamToneRules,
  getToneAllowList,
  getToneSettings,
  getUiSettings,
  getUserSites,
  recordUse,
  setSiteState,
  setToneAllowList,
  setToneSettings,
  getSubscriptions,
  updateSubscriptions,
} from './db/library';
import { PERSONAL } from './db/types';
import { resolveLocale } from './i18n';
import { removePack } from './packs/apply';
import { normaliseSubscriptionUrl, readManagedSubscriptions, refreshSubscription, type FetchLike, type RefreshResult } from './packs/subscribe';
import { makeIssue } from './packs/messages';
import { computeSearchKeys } from './search';
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
  type SubscriptionEntry,
  type SubscriptionOutcome,
} from './protocol';

/** Scheduled refreshes skip subscriptions checked more recently than this. */
export const RECHECK_AFTER_MS = 30 * 60_000;

/** Most suggestions the slash trigger may ask for. */
export const SLASH_SEARCH_MAX = 20;

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
  /** Send a message to the content script of every tab (tabs without one are skipped). */
  broadcast<K extends keyof ContentProtocolMap & string>(type: K, data: Req<ContentProtocolMap, K>): Promise<void>;
  /** Register the content script for the agent's own sites (replacing the previous registration). */
  registerUserSites(patterns: string[]): Promise<void>;
  /** Run the content script in a tab now (after the agent enabled its site). */
  injectInto(tabId: number): Promise<void>;
  /** Pack subscriptions: how to fetch, and the administrator's managed policy. Without it, subscription messages fail. */
  subscriptions?: SubscriptionDeps;
}

export interface SubscriptionDeps {
  fetch: FetchLike;
  /** The managed-storage policy (`storage.managed`), or undefined where there is none. */
  readManaged(): Promise<unknown>;
  /** Browser languages, for messages when the UI language follows the browser. */
  languages: readonly string[];
  timeoutMs?: number;
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
      return index.search(query, { limit: Math.min(Math.max(1, limit), SLASH_SEARCH_MAX) }).map(({ phrase }) => ({
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
      return {
        settings,
        enabled: settings.mode !== 'off' && !settings.disabledSites.includes(origin),
        allow: await getToneAllowList(db),
        rules: await getTeamToneRules(db),
      };
    },
    'tone:allow': ({ ruleId, text }) => addToneAllow(db, { ruleId, text }),
    'tone:set': async ({ settings, allow }) => {
      const saved = {
        settings: settings ? await setToneSettings(db, settings) : await getToneSettings(db),
        allow: allow ? await setToneAllowList(db, allow) : await getToneAllowList(db),
      };
      // Open chat pages apply the change at once.
      await deps.broadcast('content:tone-settings-changed', {});
      return saved;
    },
    'tone:draft': (_data, ctx) => deps.sendToTab(tabOf(ctx), 'content:tone-draft', {}),
    'tone:apply': (request, ctx) => deps.sendToTab(tabOf(ctx), 'content:tone-apply', request),
    'subscriptions:add': async ({ url }) => {
      const normalised = normaliseSubscriptionUrl(url);
      if (normalised === null) {
        const locale = await uiLocale();
        return { url, status: 'error', message: makeIssue('', 'subscribe.badUrl', { url }, locale).message };
      }
      await updateSubscriptions(db, (list) =>
        list.some((e) => e.url === normalised) ? list : [...list, { url: normalised, addedAt: deps.now() }],
      );
      return refreshOne(normalised);
    },
    'subscriptions:refresh': async ({ url }) => {
      if (url === undefined) return refreshSubscriptions();
      const normalised = normaliseSubscriptionUrl(url) ?? url;
      return [await refreshOne(normalised)];
    },
    'subscriptions:remove': async ({ url }) => {
      const entry = (await getSubscriptions(db)).find((e) => e.url === url);
      if (entry?.managed) throw new Error('This subscription is set by your administrator and cannot be removed here.');
      const pack = await db.packs.filter((p) => p.source === 'url' && p.url === url).first();
      if (pack !== undefined && pack.id !== PERSONAL) await removePack(db, pack.id);
      await updateSubscriptions(db, (list) => list.filter((e) => e.url !== url));
    },
    'sites:changed': async ({ injectTabId }) => {
      await syncUserSites();
      if (injectTabId !== undefined) await deps.injectInto(injectTabId);
    },
  };

  async function uiLocale() {
    return resolveLocale((await getUiSettings(db)).locale, deps.subscriptions?.languages ?? []);
  }

  function outcomeOf(url: string, result: RefreshResult): SubscriptionOutcome {
    if (result.status === 'error') {
      const base: SubscriptionOutcome = { url, status: 'error', message: result.error.message, code: result.error.code };
      return result.packId ? { ...base, packId: result.packId } : base;
    }
    if (result.status === 'unchanged') return { url, status: 'unchanged', packId: result.packId };
    const { added, updated, removed } = result.result;
    return { url, status: 'updated', packId: result.packId, added, updated, removed };
  }

  /** Refreshes in flight, by URL: a second request for the same URL gets the first one's outcome. */
  const inFlight = new Map<string, Promise<SubscriptionOutcome>>();

  /** Fetches one subscription (once at a time per URL); the outcome is also noted on its entry. */
  function refreshOne(url: string, name?: string): Promise<SubscriptionOutcome> {
    const running = inFlight.get(url);
    if (running) return running;
    const done = fetchOne(url, name).finally(() => inFlight.delete(url));
    inFlight.set(url, done);
    return done;
  }

  async function fetchOne(url: string, name?: string): Promise<SubscriptionOutcome> {
    const sub = deps.subscriptions;
    if (sub === undefined) throw new Error('Subscriptions are not available here.');
    const now = deps.now();
    const result = await refreshSubscription(db, name === undefined ? { url } : { url, name }, {
      fetch: sub.fetch,
      now,
      locale: await uiLocale(),
      computeKeys: (p) => computeSearchKeys(p),
      ...(sub.timeoutMs === undefined ? {} : { timeoutMs: sub.timeoutMs }),
    });
    const outcome = outcomeOf(url, result);
    await updateSubscriptions(db, (list) =>
      list.map((e): SubscriptionEntry => {
        if (e.url !== url) return e;
        const next: SubscriptionEntry = { ...e, lastCheckedAt: now };
        if (outcome.message !== undefined) next.lastError = outcome.message;
        else delete next.lastError;
        if (outcome.packId !== undefined) next.packId = outcome.packId;
        return next;
      }),
    );
    return outcome;
  }

  /**
   * Brings in the managed policy's subscriptions, then refreshes every subscription one after
   * another. With `onlyStale` (the schedule, start-up, policy changes), subscriptions checked in
   * the last half hour are left alone: the agent may have just checked or added them.
   */
  async function refreshSubscriptions(options: { onlyStale?: boolean } = {}): Promise<SubscriptionOutcome[]> {
    const sub = deps.subscriptions;
    if (sub === undefined) return [];
    const policy = readManagedSubscriptions(await sub.readManaged().catch(() => undefined), await uiLocale());
    const managed = new Map(policy.subscriptions.map((s) => [s.url, s]));
    const list = await updateSubscriptions(db, (current) => {
      const next = current.map((e): SubscriptionEntry => {
        const m = managed.get(e.url);
        if (m === undefined) {
          // No longer in the policy: the agent may now remove it.
          const { managed: _gone, ...rest } = e;
          return rest;
        }
        return { ...e, managed: true, ...(m.name === undefined ? {} : { name: m.name }) };
      });
      for (const m of policy.subscriptions) {
        if (!next.some((e) => e.url === m.url)) next.push({ url: m.url, managed: true, addedAt: deps.now(), ...(m.name === undefined ? {} : { name: m.name }) });
      }
      return next;
    });
    const outcomes: SubscriptionOutcome[] = [];
    for (const entry of list) {
      const fresh = entry.lastCheckedAt !== undefined && deps.now() - entry.lastCheckedAt < RECHECK_AFTER_MS;
      if (options.onlyStale && fresh) continue;
      outcomes.push(await refreshOne(entry.url, entry.name));
    }
    return outcomes;
  }

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
    /** For the schedule (alarm), start-up and managed-policy changes: subscriptions not checked lately. */
    refreshSubscriptions: () => refreshSubscriptions({ onlyStale: true }),
    toggleSidebar(tabId: number) {
      return deps.sendToTab(tabId, 'content:toggle-sidebar', {});
    },
  };
}
