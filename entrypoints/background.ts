import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openLibrary } from '../utils/db/database';
import { createBackground } from '../utils/background';
import { createLiveIndex } from '../utils/db/library-index';
import { createLiveSuggestions } from '../utils/db/suggest-index';
import { SUGGEST_INTENTS } from '../phrases/suggest/intents';
import { REPLY_TARGETS } from '../phrases/clock/targets';
import type { ContentProtocolMap, Res } from '../utils/protocol';
import { installBuiltinLibrary } from '../utils/builtin';
import { refreshSearchKeys } from '../utils/db/search-keys';
import { POLICY_KEYS } from '../utils/managed-policy';
import { getUiSettings } from '../utils/db/library';
import { chromeSidePanel, type ChromeSidePanelApi } from '../utils/side-panel';
import { liveQuery } from 'dexie';
import { createSidebarSessions, randomSessionKey, storageSessionStore } from '../utils/sidebar-session';
import { SIDEBAR_COMMAND } from '../utils/popup-info';
import { SLASH_SEARCH_MAX } from '../utils/background-slash';
import { scheduleSubscriptionChecks } from '../utils/packs/subscription-schedule';
import { userSitesRegistrar } from '../utils/user-sites-script';

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** entrypoints/linear-matcher.ts: loaded into a chat page only when team packs bring tone rules. */
const LINEAR_MATCHER_FILE = '/linear-matcher.js';
/** entrypoints/transcript-reader.ts: loaded into a chat page when its conversation is needed. */
const TRANSCRIPT_READER_FILE = '/transcript-reader.js';
const SIDEBAR_PAGE = 'sidebar.html';

export default defineBackground(() => {
  const db = openLibrary();
  const panel = chromeSidePanel((browser as { sidePanel?: ChromeSidePanelApi }).sidePanel, SIDEBAR_PAGE);
  // The side panel is offered exactly while the agent's setting says so (on every start, and at once on a change).
  liveQuery(() => getUiSettings(db)).subscribe({ next: (settings) => void panel.follow(settings.sidebarPlace).catch(() => undefined) });
  const background = createBackground({
    db,
    index: createLiveIndex(db, { warmLimit: SLASH_SEARCH_MAX }),
    suggestions: createLiveSuggestions(db, SUGGEST_INTENTS),
    // A ping without content to the extension pages; each sidebar then asks for its own tab's suggestions.
    pingPages: async () => {
      await browser.runtime.sendMessage({ type: 'pages:suggestions-changed', data: {} }).catch(() => undefined);
    },
    clock: {
      targets: REPLY_TARGETS,
      pingPages: async () => {
        await browser.runtime.sendMessage({ type: 'pages:clock-changed', data: {} }).catch(() => undefined);
      },
    },
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    now: () => Date.now(),
    sendToTab: (tabId, type, data) =>
      browser.tabs.sendMessage(tabId, { type, data }, { frameId: 0 }) as Promise<Res<ContentProtocolMap, typeof type>>,
    broadcast: async (type, data) => {
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type, data }, { frameId: 0 }).catch(() => undefined),
        ),
      );
    },
    registerUserSites: userSitesRegistrar(browser, CONTENT_SCRIPT_FILE),
    injectInto: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
    injectLinearMatcher: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LINEAR_MATCHER_FILE] });
    },
    injectTranscriptReader: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TRANSCRIPT_READER_FILE] });
    },
    panel,
    isActiveTab: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.active === true,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    subscriptions: {
      fetch: (url, init) => fetch(url, init),
      readManaged: async () => (await browser.storage.managed.get(['subscriptions', ...POLICY_KEYS]).catch(() => ({}))) ?? {},
      languages: navigator.languages,
    },
  });
  const refreshSubscriptions = () => void background.refreshSubscriptions().catch((e: unknown) => console.error('huashu: subscriptions', e));
  scheduleSubscriptionChecks(browser.alarms, refreshSubscriptions);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void background.policyChanged();
    refreshSubscriptions();
  });

  const sessions = createSidebarSessions({
    store: storageSessionStore(browser.storage.session),
    randomKey: () => randomSessionKey(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    panelTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    sessions.onMessage(message, sender, (panelTab) => background.onMessage(message, sender, panelTab)),
  );
  browser.runtime.onInstalled.addListener(() => {
    // After an update, phrases saved with an older way of computing search keys get new ones, once, in small steps.
    void installBuiltinLibrary(db)
      .then(() => refreshSearchKeys(db, () => new Promise((resolve) => setTimeout(resolve, 0))))
      .catch((e: unknown) => console.error('huashu: search keys', e));
    // Administrator-set subscriptions are fetched right away, not at the first scheduled check.
    refreshSubscriptions();
  });
  browser.tabs.onRemoved.addListener((tabId) => background.forgetTab(tabId));
  browser.permissions.onRemoved.addListener(() => void background.syncUserSites());
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SIDEBAR_COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await background.toggleSidebar(id).catch(() => undefined);
  });
});
