/**
 * The background's answers to the in-input trigger: suggestions for `/query` (only what the list shows), and the full
 * text of a suggestion the agent chose — only of one that the asking tab's own search just listed (utils/sender-binding.ts).
 */
import type { HuashuDB } from './db/database';
import { recordUse } from './db/library';
import type { LiveIndex } from './db/library-index';
import type { Handlers, ProtocolMap } from './protocol';
import { senderOrigin, ShownIds, tabOf, type MessageContext } from './sender-binding';
import { forSite } from './packs/variants';

/** Most suggestions the slash trigger may ask for. */
export const SLASH_SEARCH_MAX = 20;

/** Default number of slash suggestions when the limit is not a positive number. */
const SLASH_SEARCH_DEFAULT = 8;

/** Characters of a phrase shown in the in-input suggestion list. */
const PREVIEW = 60;

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit) || limit < 1) return SLASH_SEARCH_DEFAULT;
  return Math.min(Math.floor(limit), SLASH_SEARCH_MAX);
}

export type SlashMessages = Pick<ProtocolMap, 'slash:search' | 'slash:resolve'>;

export interface SlashHandlerDeps {
  db: HuashuDB;
  index: LiveIndex;
  now(): number;
  /** The agent put this phrase into the chat of this tab (suggested replies learn from it). */
  answered?(tabId: number, phraseId: string): Promise<void>;
  /** The host of the page a message acts on: the list shows, and inserts, each phrase's variant for it. */
  host(ctx: MessageContext): Promise<string | null>;
  /** A number for this insertion, for the content script to report its outcome with (utils/background-usage.ts). */
  issueUse?(tabId: number, phraseId: string): number;
}

export function createSlashHandlers(deps: SlashHandlerDeps) {
  const { db } = deps;
  /** Per tab: the phrases its slash searches listed (the only ones it may resolve to full text). */
  const shown = new ShownIds();

  const handlers: Handlers<SlashMessages, MessageContext> = {
    'slash:search': async ({ query, limit }, ctx) => {
      const tabId = tabOf(ctx);
      const origin = senderOrigin(ctx.sender) ?? '';
      const [index, host] = await Promise.all([deps.index.ready(), deps.host(ctx)]);
      const hits = index.search(query, { limit: clampLimit(limit) }).map(({ phrase: stored }) => forSite(stored, host)).map((phrase) => ({
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
      await Promise.all([recordUse(db, id, deps.now()), deps.answered?.(tabOf(ctx), id)]);
      const use = deps.issueUse?.(tabOf(ctx), id);
      return { text: forSite(phrase, await deps.host(ctx)).text, ...(use === undefined ? {} : { use }) };
    },
  };

  return {
    handlers,
    /** The tab closed: forget which phrases it was shown. */
    forgetTab(tabId: number): void {
      shown.forget(tabId);
    },
  };
}
