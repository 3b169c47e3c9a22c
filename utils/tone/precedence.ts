// Which finding comes first, and which findings collide: one home for the engine, the rewrites, the chat page and the
// import preview.
import type { ToneSeverity } from './schema';

/** Most severe first. */
export const SEVERITY_RANK: Readonly<Record<ToneSeverity, number>> = { error: 0, warning: 1, hint: 2 };

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

interface Placed {
  start: number;
  end: number;
}

/**
 * Two findings whose rewrites cannot both be applied: spans that overlap, an insertion (start === end) strictly
 * inside the other's span, or two insertions at one place.
 */
export function conflicts(a: Placed, b: Placed): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return overlaps(a.start, a.end, b.start, b.end);
}

/** The findings as lists show them to be dealt with (the send-check dialog, the import preview): errors first, then
 *  warnings, then hints, each in draft order. */
export function mostSevereFirst<T extends { severity: ToneSeverity; start: number }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start);
}
