/** What the sidebar is told about its tab's suggested replies (utils/protocol.ts `suggest:get`). */

/** Where the text came from: the customer's latest message in the transcript, or the agent's selection. */
export const SUGGEST_SOURCES = ['transcript', 'selection'] as const;
export type SuggestSource = (typeof SUGGEST_SOURCES)[number];

/** How many phrases are suggested (Alt+1 … Alt+3). */
export const SUGGEST_COUNT = 3;
/** Longest message the content script may send (longer ones are cut there). */
export const SUGGEST_MESSAGE_MAX = 500;

export interface SuggestedItem {
  readonly id: string;
  /** The words of the message that matched, and the intents shared (the hover says why). */
  readonly matched: readonly string[];
  readonly intents: readonly string[];
  readonly learned: boolean;
}

export interface SuggestionsView {
  /** The message the suggestions answer (null: none yet in this tab). */
  readonly message: string | null;
  readonly source: SuggestSource | null;
  readonly items: readonly SuggestedItem[];
}

export const NO_SUGGESTIONS: SuggestionsView = Object.freeze({ message: null, source: null, items: [] });
