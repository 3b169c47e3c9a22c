// The agent's own response times per day, from the local record of replies (durations only, never text). Pure.

/** One answered wait: the local day it ended on (YYYY-MM-DD), the site, how long it took and the target then. */
export interface ReplyTime {
  readonly day: string;
  readonly origin: string;
  readonly ms: number;
  readonly targetMs: number;
}

export interface ReplyDay {
  readonly day: string;
  readonly count: number;
  readonly medianMs: number;
  /** 0..1: replies within their target. */
  readonly withinShare: number;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Per day, newest first: how many replies, their median time and the share within target. */
export function replyDays(replies: readonly ReplyTime[]): ReplyDay[] {
  const byDay = new Map<string, ReplyTime[]>();
  for (const r of replies) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => ({
      day,
      count: list.length,
      medianMs: median(list.map((r) => r.ms).sort((a, b) => a - b)),
      withinShare: list.filter((r) => r.ms <= r.targetMs).length / list.length,
    }));
}
