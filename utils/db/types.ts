import type { PhraseOutcomes } from '../usage/outcomes';
import type { PhraseVariant } from '../packs/variants';
/** Records stored in the extension-origin IndexedDB (never in a web page's origin). */
import type { RuleOverride } from '../packs/overrides';
import type { IsoDate } from '../validity/dates';

/** A pack subscription (by URL) as the library keeps it; the pack itself is the `url` pack record. */
export interface SubscriptionEntry {
  url: string;
  /** Display name until the pack is fetched (the managed policy may set it). */
  name?: string;
  /** Added by the administrator's managed policy (the agent cannot remove it). */
  managed?: boolean;
  addedAt: number;
  /** Last attempt and its error, kept here while no copy of the pack exists yet. */
  lastCheckedAt?: number;
  lastError?: string;
  packId?: string;
}

/** Group id used for phrases the agent writes without choosing a group. */
export const DEFAULT_GROUP = 'general';
/** packId of phrases the agent owns (not from a pack). */
export const PERSONAL = 'personal';

export interface PhraseRecord {
  /** Library-wide id. Pack phrases: `${packId}/${phraseIdInPack}`; personal phrases: `personal/<random>`. */
  id: string;
  /** Group id (see GroupRecord.id). */
  group: string;
  title: string;
  text: string;
  shortcut?: string;
  tags: string[];
  /** Example customer questions this phrase answers (suggested replies; not indexed). Missing or empty: none. */
  questions?: string[];
  /** The phrase worded for particular sites (utils/packs/variants.ts). Missing or empty: none. Not indexed. */
  variants?: PhraseVariant[];
  /** What became of it after insertions: sent as is, edited, removed (utils/usage/outcomes.ts). Not indexed. */
  outcomes?: PhraseOutcomes;
  /** Pack the phrase came from, or PERSONAL. */
  packId: string;
  /** The phrase's id inside its pack (pack phrases only). */
  packPhraseId?: string;
  pinned: boolean;
  usageCount: number;
  lastUsedAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** Position inside its group. */
  order: number;
  /**
   * Revision of the phrase's content (title, text, shortcut, tags, group): +1 on every such
   * change. A save names the revision it started from and is refused when the phrase moved on
   * (another tab saved first). Missing on records not yet written by schema version 2: read as 0.
   */
  rev?: number;
  /** Precomputed search keys (pinyin, normalised script); opaque to the DB layer. */
  keys?: unknown;
  /** Campaign window, both days included (utils/validity/window.ts); outside it the phrase is not offered. Not indexed. */
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  /** From this day on the manager lists the phrase under "needs review". Not indexed. */
  reviewDate?: IsoDate;
}

export interface GroupRecord {
  /** Library-wide id. Pack groups: `${packId}/${groupIdInPack}`; personal groups: free ids. */
  id: string;
  name: string;
  order: number;
  packId: string;
  /** Parent group id for nested groups (`父=>子` in Qianniu CSV). */
  parentId?: string;
  /** Campaign window of every phrase in the group and the groups below it (both days included). Not indexed. */
  validFrom?: IsoDate;
  validUntil?: IsoDate;
}

export type PackSource = 'builtin' | 'file' | 'url';

export interface PackRecord {
  id: string;
  name: string;
  description?: string;
  author?: string;
  /** The pack's own updatedAt (ISO string) as declared by its author. */
  updatedAt?: string;
  locale?: string;
  source: PackSource;
  /** Subscription URL (source === 'url'). */
  url?: string;
  etag?: string;
  lastModified?: string;
  /** When the library last applied this pack (ms since epoch). */
  importedAt: number;
  /** Last fetch attempt outcome for subscriptions. */
  lastCheckedAt?: number;
  lastError?: string;
  /** Hidden packs keep their phrases but are left out of search and the sidebar. */
  hidden: boolean;
  /** Custom tone rules carried by the pack (validated shape; opaque here). */
  rules?: unknown[];
  /** At the last import: the pack's rules that take a built-in rule's id, and which the managed policy refused. */
  ruleOverrides?: RuleOverride[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The agent inserted `phraseId` right after the customer wrote `message` (suggested replies learn from it). */
export interface LearnedRecord {
  id?: number;
  phraseId: string;
  /** The customer's message, as read (trimmed, at most 200 characters). */
  message: string;
  count: number;
  /** Last time (ms since epoch). */
  at: number;
}

/** One answered customer message (the reply clock): how long it waited, never what it said. */
export interface ReplyRecord {
  id?: number;
  /** The local day the agent answered (YYYY-MM-DD). */
  day: string;
  origin: string;
  /** How long the message waited (ms). */
  ms: number;
  /** The site's target at the time (ms). */
  targetMs: number;
}
