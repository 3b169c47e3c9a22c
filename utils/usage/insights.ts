/**
 * What a team lead reads from usage (issue 16): the phrases used most, the ones agents usually edit or take out
 * before sending (a sign the wording is wrong), and the ones nobody used in the last 30 days. Pure: the same reading
 * for one agent's library and for the team's summed usage files.
 */
import { sendsOf, type PhraseOutcomes } from './outcomes';

/** One phrase's usage: insertions, what became of them, last insertion (ms, or null). */
export interface UsageCounts {
  inserted: number;
  outcomes: PhraseOutcomes | undefined;
  lastUsedAt: number | null;
}

export const IDLE_DAYS = 30;
/** "Usually edited": at least this many sends seen… */
export const EDITED_MIN_SENDS = 3;
/** …of which at least this share edited or removed. */
export const EDITED_SHARE = 0.5;
const DAY_MS = 86_400_000;

/** The share (0–1) of a phrase's sends that went out edited or without it; null with no send seen. */
export function editedShare(o: PhraseOutcomes | undefined): number | null {
  const sends = sendsOf(o);
  return o && sends > 0 ? (o.edited + o.removed) / sends : null;
}

/** How much of the text the edited sends changed on average (0–1), or null when none was edited. */
export function meanChange(o: PhraseOutcomes | undefined): number | null {
  return o && o.edited > 0 ? o.changeSum / o.edited : null;
}

export function usuallyEdited(c: UsageCounts): boolean {
  const share = editedShare(c.outcomes);
  return share !== null && sendsOf(c.outcomes) >= EDITED_MIN_SENDS && share >= EDITED_SHARE;
}

/** Not inserted in the last IDLE_DAYS days (or never). */
export function idleAt(c: UsageCounts, now: number): boolean {
  return c.lastUsedAt === null || now - c.lastUsedAt > IDLE_DAYS * DAY_MS;
}

export interface Insights<T> {
  mostUsed: T[];
  usuallyEdited: T[];
  idle: T[];
}

/**
 * The three lists, each in the order a lead reads it: most used first; usually edited by share then sends; idle by
 * longest unused (never used first). `limit` caps the most-used list.
 */
export function usageInsights<T>(rows: readonly T[], countsOf: (row: T) => UsageCounts, now: number, limit = 20): Insights<T> {
  const withCounts = rows.map((row) => ({ row, c: countsOf(row) }));
  const mostUsed = withCounts
    .filter(({ c }) => c.inserted > 0)
    .sort((a, b) => b.c.inserted - a.c.inserted || (b.c.lastUsedAt ?? 0) - (a.c.lastUsedAt ?? 0))
    .slice(0, limit);
  const edited = withCounts
    .filter(({ c }) => usuallyEdited(c))
    .sort((a, b) => (editedShare(b.c.outcomes) ?? 0) - (editedShare(a.c.outcomes) ?? 0) || sendsOf(b.c.outcomes) - sendsOf(a.c.outcomes));
  const idle = withCounts.filter(({ c }) => idleAt(c, now)).sort((a, b) => (a.c.lastUsedAt ?? -1) - (b.c.lastUsedAt ?? -1));
  const rowsOf = (list: { row: T }[]) => list.map(({ row }) => row);
  return { mostUsed: rowsOf(mostUsed), usuallyEdited: rowsOf(edited), idle: rowsOf(idle) };
}
