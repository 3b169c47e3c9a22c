// The background's dependencies as unit tests give them: a real Dexie (fake-indexeddb) and inert browser stubs.
// Each test overrides what it watches (sendToTab, broadcast, subscriptions…).
import type { BackgroundDeps } from '../../utils/background';
import type { HuashuDB } from '../../utils/db/database';
import { createLiveIndex } from '../../utils/db/library-index';
import { createLiveSuggestions } from '../../utils/db/suggest-index';
import { SUGGEST_INTENTS } from '../../phrases/suggest/intents';
import { REPLY_TARGETS } from '../../phrases/clock/targets';

export const TEST_EXTENSION_ID = 'abcdefghijklmnop';
export const TEST_EXTENSION_ORIGIN = `chrome-extension://${TEST_EXTENSION_ID}/`;

export function backgroundDeps(db: HuashuDB, over: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    db,
    index: createLiveIndex(db),
    suggestions: createLiveSuggestions(db, SUGGEST_INTENTS),
    pingPages: async () => undefined,
    clock: { targets: REPLY_TARGETS, pingPages: async () => undefined },
    extensionId: TEST_EXTENSION_ID,
    extensionOrigin: TEST_EXTENSION_ORIGIN,
    now: () => 1_700_000_000_000,
    sendToTab: (async () => undefined) as unknown as BackgroundDeps['sendToTab'],
    broadcast: (async () => undefined) as BackgroundDeps['broadcast'],
    registerUserSites: async () => undefined,
    injectInto: async () => undefined,
    injectLinearMatcher: async () => undefined,
    injectTranscriptReader: async () => undefined,
    isActiveTab: async () => true,
    // No side panel offered (the in-page sidebar), as in a browser without one.
    panel: { open: () => Promise.reject(new Error('no panel')), follow: async () => undefined },
    ...over,
  };
}
