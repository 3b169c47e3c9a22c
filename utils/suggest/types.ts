/** Shapes of suggested replies (utils/suggest/): the phrases matched, the intent data, what was learned from use. */

/** An intent of the intent layer (data in phrases/suggest/intents.ts). */
export interface SuggestIntent {
  readonly id: string;
  /** Why the intent exists (which kind of customer question). */
  readonly note: string;
  /** Chinese words, Simplified script; found as substrings. */
  readonly zh: readonly string[];
  /** English words or word sequences, whole words; a trailing `*` matches any ending. */
  readonly en: readonly string[];
}

/** What the engine reads of a phrase. */
export interface SuggestPhrase {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly questions?: readonly string[] | undefined;
  readonly tags?: readonly string[];
  /** The name of the phrase's group (its words count for the intent layer). */
  readonly groupName?: string;
}

/** One learned pair: the agent inserted `phraseId` right after the customer wrote `message`. */
export interface LearnedPair {
  readonly message: string;
  readonly phraseId: string;
  /** How many times (similar messages each count). */
  readonly count: number;
  /** Last time (ms since epoch). */
  readonly at: number;
}

/** A suggested phrase, with why. */
export interface Suggestion {
  readonly phraseId: string;
  readonly score: number;
  /** Words of the customer's message that matched (for the hover), at most a few. */
  readonly matched: readonly string[];
  /** Intents the message and the phrase share. */
  readonly intents: readonly string[];
  /** Whether the agent's earlier choices after similar messages raised it. */
  readonly learned: boolean;
}
