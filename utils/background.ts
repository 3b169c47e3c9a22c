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
} from './db/library';
import type { LiveIndex } from './db/library-index';
import type { SidePanel } from './side-panel';
import { builtInTone } from './tone-builtin';
import { createSubscriptionService, type SubscriptionDeps } from './background-subscriptions';
import { builtInOverrideOf, teamRulesUnderPolicy } from './packs/overrides';
import { readPolicy } from './managed-policy';
import { parseRequest, TONE_ALLOW_MAX_ENTRIES, TONE_DISABLED_RULES_MAX } from './protocol-schemas';
import { senderOrigin, ShownIds } from './sender-binding';
import {
  dispatch,
  senderKinds,
  type ContentProtocolMap,
  type Handlers,
  type ManagedPolicy,
  type ProtocolMap,
  type Req,
  type Res,
  type SenderKind,
  type ToneSettings,
} from './protocol';

/** Names this build's built-in tone rules and model, so a chat page that has them is not sent them again. */
const BUILT_IN_TONE_VERSION = `${builtInTone.rules.length}-${Object.keys(builtInTone.model.weights).length}-${builtInTone.model.bias.join(',')}`.slice(0, 64);

export { RECHECK_AFTER_MS, type SubscriptionDeps } from './background-subscriptions';

/** Most suggestions the slash trigger may ask for. */
export const SLASH_SEARCH_MAX = 20;

export interface MessageSender {
  id?: string;
  url?: string;
  /** The sending frame's origin (Chrome); Firefox gives only `url`. */
  origin?: string;
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
  /** Runs the linear-time matcher's script in one frame of a tab (the content script's isolated world). */
  injectLinearMatcher(tabId: number, frameId: number): Promise<void>;
  /** Is this tab the active tab of its window? (The popup may only open the sidebar there.) */
  isActiveTab(tabId: number): Promise<boolean>;
  /** The browser's side panel (utils/side-panel.ts). */
  panel: SidePanel;
  /** Pack subscriptions: how to fetch, and the administrator's managed policy. Without it, subscription messages fail. */
  subscriptions?: SubscriptionDeps;
}

/** Who sent a message: our content script, one of our pages, or someone we do not answer. */
export function classifySender(sender: MessageSender, deps: Pick<BackgroundDeps, 'extensionId' | 'extensionOrigin'>): SenderKind | null {
  if (sender.id !== deps.extensionId) return null;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/** How long a chat page's tone:get waits for the managed policy before answering without it. */
const POLICY_WAIT_MS = 200;

/** Characters of a phrase shown in the in-input suggestion list. */
const PREVIEW = 60;

interface Ctx {
  sender: MessageSender;
  /** For the side panel's messages: the tab it acts on (utils/sidebar-session.ts). */
  panelTab?: number;
}

function tabOf(ctx: Ctx): number {
  const id = ctx.panelTab ?? ctx.sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a page inside a tab.');
  return id;
}

/** The sender's own origin; a content script may only read and write its own site's state. */
function ownOrigin(ctx: Ctx, claimed: string): string {
  const origin = senderOrigin(ctx.sender);
  if (origin === null || origin !== claimed) throw new Error(`This page may only ask about its own site (${origin ?? 'unknown'}).`);
  return origin;
}

/** Default number of slash suggestions when the limit is not a positive number. */
const SLASH_SEARCH_DEFAULT = 8;

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit) || limit < 1) return SLASH_SEARCH_DEFAULT;
  return Math.min(Math.floor(limit), SLASH_SEARCH_MAX);
}

export function createBackground(deps: BackgroundDeps) {
  const { db } = deps;
  const subscriptions = createSubscriptionService(deps);
  /** Per tab: the phrases its slash searches listed (the only ones it may resolve to full text). */
  const shown = new ShownIds();
  /** The managed policy, read once (managed storage can be slow) until it changes. */
  let managedPolicy: Promise<ManagedPolicy> | null = null;
  function policy(): Promise<ManagedPolicy> {
    const read = deps.subscriptions?.readManaged;
    managedPolicy ??= read ? read().then(readPolicy, () => readPolicy(undefined)) : Promise.resolve(readPolicy(undefined));
    return managedPolicy;
  }
  const overridesAllowed = async (): Promise<boolean> => (await policy()).allowBuiltInRuleOverrides;
  /** The policy if it is known within POLICY_WAIT_MS, else null (Chromium takes seconds to answer storage.managed
   *  when no policy is installed; the chat page must not wait for it). Once it arrives with a mode, open chat pages
   *  read their settings again. */
  let policyKnown = false;
  async function policySoon(): Promise<ManagedPolicy | null> {
    const pending = policy();
    if (!policyKnown) {
      void pending.then(async (p) => {
        if (policyKnown) return;
        policyKnown = true;
        if (p.toneMode) await deps.broadcast('content:tone-settings-changed', {});
      });
    }
    return Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), policyKnown ? 0 : POLICY_WAIT_MS))]);
  }
  /** The agent's tone settings, with the mode the administrator set (if any) in place of theirs. */
  async function effectiveToneSettings(): Promise<ToneSettings> {
    const [settings, managed] = await Promise.all([getToneSettings(db), policySoon()]);
    return managed?.toneMode ? { ...settings, mode: managed.toneMode } : settings;
  }
  /** Team rules for the chat page: those taking a built-in id only while the policy allows it (the import
   *  already refuses them; this also covers packs stored before the policy changed). */
  async function teamRulesForPage() {
    const rules = await getTeamToneRules(db);
    if (!rules.some((r) => builtInOverrideOf(r.id) !== null)) return rules;
    return teamRulesUnderPolicy(rules, await overridesAllowed());
  }
  const handlers: Handlers<ProtocolMap, Ctx> = {
    'site:get': async ({ origin }, ctx) => ({ state: await getSiteState(db, ownOrigin(ctx, origin)), settings: await getUiSettings(db) }),
    'site:set': ({ origin, state }, ctx) => setSiteState(db, ownOrigin(ctx, origin), state),
    'insert:request': async ({ phraseId, text, caretBack }, ctx) => {
      const panel = ctx.panelTab !== undefined;
      const outcome = await deps.sendToTab(tabOf(ctx), 'content:insert', { text, caretBack, ...(panel ? { panel } : {}) });
      if (outcome.ok) await recordUse(db, phraseId, deps.now());
      return outcome;
    },
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
    'slash:search': async ({ query, limit }, ctx) => {
      const tabId = tabOf(ctx);
      const origin = senderOrigin(ctx.sender) ?? '';
      const index = await deps.index.ready();
      const hits = index.search(query, { limit: clampLimit(limit) }).map(({ phrase }) => ({
        id: phrase.id,
        title: phrase.title,
        preview: phrase.text.length > PREVIEW ? `${phrase.text.slice(0, PREVIEW)}…` : phrase.text,
        ...(phrase.shortcut ? { shortcut: phrase.shortcut } : {}),
      }));
      shown.note(tabId, origin, hits.map((h) => h.id));
      return hits;
    },
    'slash:resolve': async ({ id }, ctx) => {
      if (!shown.has(tabOf(ctx), senderOrigin(ctx.sender) ?? '', id)) return null;
      const phrase = await db.phrases.get(id);
      if (!phrase) return null;
      const pack = await db.packs.get(phrase.packId);
      if (pack?.hidden) return null;
      await recordUse(db, id, deps.now());
      return { text: phrase.text };
    },
    'tone:get': async ({ origin, have }, ctx) => {
      ownOrigin(ctx, origin);
      const settings = await effectiveToneSettings();
      const fresh = have !== BUILT_IN_TONE_VERSION;
      return {
        settings,
        enabled: settings.mode !== 'off' && !settings.disabledSites.includes(origin),
        allow: await getToneAllowList(db),
        rules: await teamRulesForPage(),
        version: BUILT_IN_TONE_VERSION,
        builtIn: fresh ? builtInTone.rules : null,
        model: fresh ? builtInTone.model : null,
      };
    },
    'tone:linear': async (_data, ctx) => {
      // Only into the asking frame of the asking tab: a page cannot make another tab or frame load anything.
      const frameId = ctx.sender.frameId ?? 0;
      try {
        await deps.injectLinearMatcher(tabOf(ctx), frameId);
        return { loaded: true };
      } catch {
        return { loaded: false };
      }
    },
    'tone:allow': async ({ ruleId, text }) => {
      if (!(await addToneAllow(db, { ruleId, text }, TONE_ALLOW_MAX_ENTRIES))) {
        throw new Error(`The allow-list is full (${TONE_ALLOW_MAX_ENTRIES} entries); remove some in the options page.`);
      }
    },
    'tone:disable-rule': async ({ ruleId }) => {
      const current = await getToneSettings(db);
      if (current.disabledRules.includes(ruleId)) return;
      if (current.disabledRules.length >= TONE_DISABLED_RULES_MAX) {
        throw new Error(`At most ${TONE_DISABLED_RULES_MAX} rules can be switched off one by one; switch some on again in the options page.`);
      }
      await setToneSettings(db, { disabledRules: [...current.disabledRules, ruleId] });
      // Every open chat page stops flagging it at once.
      await deps.broadcast('content:tone-settings-changed', {});
    },
    'tone:set': async ({ settings, allow }) => {
      const managed = (await policy()).toneMode;
      if (settings?.mode !== undefined && managed && settings.mode !== managed) {
        throw new Error('The send check mode is set by your administrator and cannot be changed here.');
      }
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
    'subscriptions:add': ({ url }) => subscriptions.add(url),
    'subscriptions:refresh': ({ url }) => subscriptions.refresh(url),
    'subscriptions:remove': ({ url }) => subscriptions.remove(url),
    'policy:get': () => policy(),
    'sites:changed': async ({ injectTabId }) => {
      await syncUserSites();
      if (injectTabId !== undefined) await deps.injectInto(injectTabId);
    },
  };


  async function syncUserSites(): Promise<void> {
    await deps.registerUserSites(await getUserSites(db));
  }

  // Start reading the managed policy now: storage.managed can take seconds, and the first chat page should not wait.
  void policySoon();

  return {
    handlers,
    /** The runtime.onMessage listener body: answers only our own senders, each only its messages. */
    onMessage(message: unknown, sender: MessageSender, panelTab?: number): Promise<unknown> | undefined {
      const kind = classifySender(sender, deps);
      if (!kind) return undefined;
      const ctx: Ctx = panelTab === undefined ? { sender } : { sender, panelTab };
      return dispatch(handlers, message, ctx, (type) => senderKinds[type].includes(kind), parseRequest);
    },
    syncUserSites,
    /** For the schedule (alarm), start-up and managed-policy changes: subscriptions not checked lately. */
    refreshSubscriptions: () => subscriptions.refreshAll({ onlyStale: true }),
    /** The managed policy changed: read it again when next needed, and have open chat pages ask for their rules again. */
    async policyChanged(): Promise<void> {
      managedPolicy = null;
      policyKnown = false;
      await deps.broadcast('content:tone-settings-changed', {});
    },
    /** The tab closed: forget which phrases it was shown. */
    forgetTab(tabId: number) {
      shown.forget(tabId);
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
