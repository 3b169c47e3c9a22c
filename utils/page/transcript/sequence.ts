// Which messages of a freshly read window are new: messages are known by side and text in their order, never by the
// node that shows them (a virtualised list recycles its nodes as it scrolls).

/** How one message is known across reads. */
export function messageKey(message: { readonly side: string; readonly text: string }): string {
  return `${message.side}\u0000${message.text}`;
}

/** Keys kept of the conversation seen so far (the newest). */
export const SEEN_MAX = 200;

/**
 * Where `window` lies in `seen`: the offset d with window[i] = seen[i + d] for every overlapping i, the one with the
 * longest overlap (at least two messages, or as many as either side has), later ones first on a tie. Null when the
 * window does not line up with what was seen (another conversation, or a jump).
 */
export function alignWindow(seen: readonly string[], window: readonly string[]): number | null {
  const minOverlap = Math.min(2, seen.length, window.length);
  let best: number | null = null;
  let bestOverlap = 0;
  for (let d = seen.length - 1; d >= -(window.length - 1); d--) {
    const from = Math.max(0, -d);
    const to = Math.min(window.length, seen.length - d);
    const overlap = to - from;
    if (overlap < Math.max(1, minOverlap) || overlap <= bestOverlap) continue;
    let same = true;
    for (let i = from; i < to && same; i++) same = window[i] === seen[i + d];
    if (same) [best, bestOverlap] = [d, overlap];
  }
  return best;
}

export interface Merged {
  /** What is known of the conversation after this read. */
  readonly seen: string[];
  /** Indices into the window of the messages that came after everything seen before. */
  readonly fresh: number[];
}

/**
 * The conversation seen so far with a new window read into it. Messages past the end of what was seen are fresh;
 * older ones the window shows (scrolled up) are only remembered. A window that does not line up starts over, and
 * nothing in it is fresh. An empty window (a list between two renders) changes nothing.
 */
export function mergeWindow(seen: readonly string[], window: readonly string[]): Merged {
  if (window.length === 0) return { seen: [...seen], fresh: [] };
  if (seen.length === 0) return { seen: window.slice(-SEEN_MAX), fresh: window.map((_, i) => i) };
  const d = alignWindow(seen, window);
  if (d === null) return { seen: window.slice(-SEEN_MAX), fresh: [] };
  const older = window.slice(0, Math.max(0, -d));
  const newer = window.slice(Math.max(0, seen.length - d));
  const fresh = newer.map((_, k) => seen.length - d + k);
  return { seen: [...older, ...seen, ...newer].slice(-SEEN_MAX), fresh };
}
