/** Public shapes of the phrase index: what goes in, what comes out, and its options. */
import type { MatchField } from './fields';
import type { SearchKeys } from './keys';

export interface PhraseInput {
  id: string;
  title: string;
  text: string;
  group?: string;
  shortcut?: string;
  tags?: string[];
  usageCount?: number;
  lastUsedAt?: number | null;
  pinned?: boolean;
  /**
   * Keys from `computeSearchKeys`, stored with the phrase. Typed `unknown` so database records
   * can be passed as they are; keys of another version or computed from other text are ignored
   * and recomputed.
   */
  keys?: SearchKeys | unknown;
}

export interface FieldMatch {
  field: MatchField;
  /** Which tag, for `tags` matches (index into `phrase.tags`). */
  index?: number;
  /** [start, endExclusive] UTF-16 offsets into the original field string, sorted, not overlapping. */
  ranges: [number, number][];
}

export interface SearchHit<P extends PhraseInput = PhraseInput> {
  phrase: P;
  score: number;
  matches: FieldMatch[];
}

export interface SearchOptions {
  /** Maximum number of hits (default 20). */
  limit?: number;
  /** Only phrases of this group. */
  group?: string;
}

export interface PhraseIndex<P extends PhraseInput = PhraseInput> {
  search(query: string, options?: SearchOptions): SearchHit<P>[];
  add(phrase: P): void;
  update(phrase: P): void;
  remove(id: string): void;
  /**
   * Prepare per-phrase match data, then the results of the first keystrokes (for `limit` hits),
   * for at most `budgetMs` (call it in idle slices after building, so no keystroke pays for it).
   * Returns true once all is ready.
   */
  warm(budgetMs: number, limit?: number): boolean;
  readonly size: number;
}

export interface IndexOptions {
  /**
   * The index's only clock (ms since epoch, default `Date.now`): recency of use, the habit
   * boosts' minute, and the deadline of `warm(budgetMs)`. A clock that stands still makes
   * `warm` finish in one call.
   */
  now?: () => number;
  /**
   * Keep recent results until the library changes (default true). Benchmarks turn it off to
   * time the search itself.
   */
  cache?: boolean;
}
