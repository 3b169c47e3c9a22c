import type { HuashuDB } from './db/database';
import { getSiteState, getUiSettings, getUserSites, recordUse, setSiteState } from './db/library';
import type { LiveIndex } from './db/library-index';
import type { SidePanel } from './side-panel';
import { createSubscriptionService, type SubscriptionDeps } from './packs/subscriptions-runner';
import { createPolicyCache } from './managed-policy';
import { parseRequest } from './protocol-schemas';
import { classifySender, ownOrigin, pageHost, tabOf, type ExtensionIdentity, type MessageContext, type MessageSender } from './sender-binding';
import { dispatch, senderKinds, type ContentProtocolMap, type Handlers, type ProtocolMap, type Req, type Res } from './protocol';
import { createToneHandlers } from './background-tone';
import { createSlashHandlers } from './background-slash';
import { createSuggestHandlers } from './background-suggest';
import { createClockHandlers } from './background-clock';
import { createTeachHandlers } from './background-teach';
import { createUsageHandlers } from './background-usage';
import type { ReplyTarget } from './clock/targets';
import type { LiveSuggestions } from './db/suggest-index';
import type { SessionMessages } from './sidebar-session';

/** Every message but the sidebar-session ones (utils/sidebar-session.ts answers those before the background sees them). */
export type BackgroundMessages = Omit<ProtocolMap, keyof SessionMessages>;

export interface BackgroundDeps extends ExtensionIdentity {
  db: HuashuDB;
  index: LiveIndex;
  /** The suggestion engine following the library (utils/db/suggest-index.ts). */
  suggestions: LiveSuggestions;
  /** Ping the extension pages (the sidebars) that a tab's suggested replies changed. */
  pingPages(): Promise<void>;
  /** The reply clock's targets per platform (phrases/clock/targets.ts) and the ping that a tab's clock changed. */
  clock: { targets: readonly ReplyTarget[]; pingPages(): Promise<void> };
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
  /** Runs the linear-time matcher's script in one frame of a tab (the content script's isolated world). */
  injectLinearMatcher(tabId: number, frameId: number): Promise<void>;
  /** Runs the transcript reader's script in one frame of a tab (the content script's isolated world). */
  injectTranscriptReader(tabId: number, frameId: number): Promise<void>;
  /** Is this tab the active tab of its window? (The popup may only open the sidebar there.) */
  isActiveTab(tabId: number): Promise<boolean>;
  /** The address of a tab's page, where the browser lets the extension see it (per-site variants). */
  tabUrl?(tabId: number): Promise<string | undefined>;
  /** The browser's side panel (utils/side-panel.ts). */
  panel: SidePanel;
  /** Pack subscriptions: how to fetch, and the administrator's managed policy. Without it, subscription messages fail. */
  subscriptions?: SubscriptionDeps;
}

export function createBackground(deps: BackgroundDeps) {
  const { db } = deps;
  const subscriptions = createSubscriptionService(deps);
  /** The host of the page a message acts on (per-site variants, utils/packs/variants.ts). */
  const host = (ctx: MessageContext) => pageHost(ctx, deps.tabUrl ?? (() => Promise.resolve(undefined)));
  const toneSettingsChanged = () => deps.broadcast('content:tone-settings-changed', {});
  const readManaged = deps.subscriptions?.readManaged;
  const policy = createPolicyCache({ ...(readManaged ? { readManaged } : {}), modeArrived: toneSettingsChanged });
  const usage = createUsageHandlers(deps);
  const issueUse = usage.issue;
  const suggest = createSuggestHandlers({ db, suggestions: deps.suggestions, now: deps.now, changed: () => deps.pingPages(), host, issueUse });
  const clock = createClockHandlers({
    db,
    targets: deps.clock.targets,
    now: deps.now,
    changed: () => deps.clock.pingPages(),
    settingsChanged: () => deps.broadcast('content:clock-settings-changed', {}),
  });
  const slash = createSlashHandlers({ ...deps, host, issueUse, answered: (tabId, id) => suggest.learn(tabId, id) });
  const tone = createToneHandlers({ db, policy, settingsChanged: toneSettingsChanged, injectLinearMatcher: (tab, frame) => deps.injectLinearMatcher(tab, frame) });
  const handlers: Handlers<BackgroundMessages, MessageContext> = {
    ...tone,
    ...slash.handlers,
    ...suggest.handlers,
    ...clock.handlers,
    ...usage.handlers,
    ...createTeachHandlers(deps),
    'transcript:load': async (_data, ctx) => {
      // Only into the asking frame of the asking tab, as tone:linear.
      try {
        await deps.injectTranscriptReader(tabOf(ctx), ctx.sender.frameId ?? 0);
        return { loaded: true };
      } catch {
        return { loaded: false };
      }
    },
    'site:get': async ({ origin }, ctx) => ({ state: await getSiteState(db, ownOrigin(ctx, origin)), settings: await getUiSettings(db) }),
    'site:set': ({ origin, state }, ctx) => setSiteState(db, ownOrigin(ctx, origin), state),
    'phrase:insert': async ({ phraseId, text, caretBack, values }, ctx) => {
      const panel = ctx.panelTab !== undefined;
      const use = usage.issue(tabOf(ctx), phraseId);
      const outcome = await deps.sendToTab(tabOf(ctx), 'content:insert', { text, caretBack, use, ...(panel ? { panel } : {}), ...(values ? { values } : {}) });
      if (outcome.ok) await Promise.all([recordUse(db, phraseId, deps.now()), suggest.learn(tabOf(ctx), phraseId)]);
      return outcome;
    },
    'sidebar:site': async (_data, ctx) => ({ host: await host(ctx) }),
    'phrase:recall-values': ({ names }, ctx) => deps.sendToTab(tabOf(ctx), 'content:recall-values', { names }),
    'sidebar:close': async (_data, ctx) => {
      await deps.sendToTab(tabOf(ctx), 'content:toggle-sidebar', { open: false });
    },
    'sidebar:resize': async ({ width, collapsed }, ctx) => {
      await deps.sendToTab(tabOf(ctx), 'content:resize-sidebar', { width, collapsed });
    },
    'panel:open': (_data, ctx) => deps.panel.open(tabOf(ctx)).then(
      () => ({ opened: true }),
      () => ({ opened: false }),
    ),
    'sidebar:toggle': async ({ tabId }, ctx) => {
      // A page inside a tab (the sidebar) toggles only its own tab; the popup only the active tab.
      const own = ctx.sender.tab?.id;
      // The popup's click may open the side panel: before any await, or the browser refuses (it only opens a panel).
      if (own === undefined && (await deps.panel.open(tabId).then(() => true, () => false))) return { open: true };
      if (own !== undefined ? own !== tabId : !(await deps.isActiveTab(tabId))) {
        throw new Error('The sidebar can only be opened in the tab you are looking at.');
      }
      return deps.sendToTab(tabId, 'content:toggle-sidebar', {});
    },
    'tone:read-draft': (_data, ctx) => deps.sendToTab(tabOf(ctx), 'content:read-draft', {}),
    'tone:apply-rewrite': (request, ctx) => deps.sendToTab(tabOf(ctx), 'content:apply-rewrite', request),
    'subscriptions:add': ({ url }) => subscriptions.add(url),
    'subscriptions:refresh': ({ url }) => subscriptions.refresh(url),
    'subscriptions:remove': ({ url }) => subscriptions.remove(url),
    'policy:get': () => policy.get(),
    'sites:changed': async ({ injectTabId }) => {
      await syncUserSites();
      if (injectTabId !== undefined) await deps.injectInto(injectTabId);
    },
  };

  async function syncUserSites(): Promise<void> {
    await deps.registerUserSites(await getUserSites(db));
  }

  // Start reading the managed policy now: storage.managed can take seconds, and the first chat page should not wait.
  void policy.soon();

  return {
    handlers,
    /** The runtime.onMessage listener body: answers only our own senders, each only its messages. */
    onMessage(message: unknown, sender: MessageSender, panelTab?: number): Promise<unknown> | undefined {
      const kind = classifySender(sender, deps);
      if (!kind) return undefined;
      const ctx: MessageContext = panelTab === undefined ? { sender } : { sender, panelTab };
      return dispatch(handlers, message, ctx, (type) => senderKinds[type].includes(kind), parseRequest);
    },
    syncUserSites,
    /** For the schedule (alarm), start-up and managed-policy changes: subscriptions not checked lately. */
    refreshSubscriptions: () => subscriptions.refreshAll({ onlyStale: true }),
    /** The managed policy changed: read it again when next needed, and have open chat pages ask for their rules again. */
    async policyChanged(): Promise<void> {
      policy.forget();
      await toneSettingsChanged();
    },
    /** The tab closed: forget which phrases it was shown. */
    forgetTab(tabId: number) {
      slash.forgetTab(tabId);
      usage.forgetTab(tabId);
      suggest.forgetTab(tabId);
      clock.forgetTab(tabId);
    },
    /** The hotkey (browser command): the side panel when the agent chose it (opened in this same task: see
     *  SidePanel.open), else the in-page sidebar (see content:toggle-sidebar `hotkey`). */
    toggleSidebar(tabId: number): Promise<{ open: boolean }> {
      return deps.panel.open(tabId).then(
        () => ({ open: true }),
        () => deps.sendToTab(tabId, 'content:toggle-sidebar', { hotkey: true }),
      );
    },
  };
}
