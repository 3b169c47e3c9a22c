/**
 * The background's side of suggested replies: per tab, the customer's latest message (or the agent's selection) and
 * the three phrases suggested for it. The sidebar of that tab reads them (ids and why), the chat input's Alt+1/2/3
 * resolves one to its text; nothing leaves the tab it came from (utils/sender-binding.ts). An insertion right after
 * the message is learned as its answer (utils/db/learned.ts).
 */
import type { HuashuDB } from './db/database';
import { recordUse } from './db/library';
import { recordLearned } from './db/learned';
import type { LiveSuggestions } from './db/suggest-index';
import type { Handlers, ProtocolMap } from './protocol';
import { senderOrigin, tabOf, type MessageContext } from './sender-binding';
import { ANSWER_WINDOW_MS } from './suggest/learn';
import { forSite } from './packs/variants';
import { NO_SUGGESTIONS, SUGGEST_COUNT, type SuggestionsView, type SuggestSource } from './suggest/view';

export type SuggestMessages = Pick<ProtocolMap, 'suggest:message' | 'suggest:get' | 'suggest:pick'>;

export interface SuggestHandlerDeps {
  db: HuashuDB;
  suggestions: LiveSuggestions;
  now(): number;
  /** Tell the extension pages that a tab's suggestions changed (they ask for their own). */
  changed(): Promise<void>;
  /** The host of the page a message acts on (the inserted text is the phrase's variant for it). */
  host(ctx: MessageContext): Promise<string | null>;
  /** A number for this insertion, for the content script to report its outcome with (utils/background-usage.ts). */
  issueUse?(tabId: number, phraseId: string): number;
}

interface TabSuggestions extends SuggestionsView {
  readonly message: string;
  readonly source: SuggestSource;
  readonly origin: string;
  readonly at: number;
}

export function createSuggestHandlers(deps: SuggestHandlerDeps) {
  const byTab = new Map<number, TabSuggestions>();

  /** The tab's suggestions while the page is still the one they were made for. */
  function current(tabId: number, origin: string | null): TabSuggestions | null {
    const entry = byTab.get(tabId);
    return entry && entry.origin === origin ? entry : null;
  }

  const handlers: Handlers<SuggestMessages, MessageContext> = {
    'suggest:message': async ({ text, source }, ctx) => {
      const tabId = tabOf(ctx);
      const engine = await deps.suggestions.engine();
      const items = engine.suggest(text, { limit: SUGGEST_COUNT }).map((s) => ({ id: s.phraseId, matched: s.matched, intents: s.intents, learned: s.learned }));
      byTab.set(tabId, { message: text, source, items, origin: senderOrigin(ctx.sender) ?? '', at: deps.now() });
      await deps.changed().catch(() => undefined);
      return { count: items.length };
    },
    'suggest:get': (_data, ctx) => {
      const entry = byTab.get(tabOf(ctx));
      if (!entry) return NO_SUGGESTIONS;
      return { message: entry.message, source: entry.source, items: entry.items };
    },
    'suggest:pick': async ({ rank }, ctx) => {
      const tabId = tabOf(ctx);
      const item = current(tabId, senderOrigin(ctx.sender))?.items[rank - 1];
      if (!item) return null;
      const phrase = await deps.db.phrases.get(item.id);
      if (!phrase || (await deps.db.packs.get(phrase.packId))?.hidden) return null;
      await recordUse(deps.db, item.id, deps.now());
      await learn(tabId, item.id);
      const use = deps.issueUse?.(tabId, item.id);
      return { id: item.id, text: forSite(phrase, await deps.host(ctx)).text, ...(use === undefined ? {} : { use }) };
    },
  };

  /** An insertion of `phraseId` in `tabId`: the answer to the customer's message when it came right after it. */
  async function learn(tabId: number, phraseId: string): Promise<void> {
    const entry = byTab.get(tabId);
    if (!entry || entry.source !== 'transcript' || deps.now() - entry.at > ANSWER_WINDOW_MS) return;
    await recordLearned(deps.db, entry.message, phraseId, deps.now());
  }

  return {
    handlers,
    learn,
    forgetTab(tabId: number): void {
      byTab.delete(tabId);
    },
  };
}
