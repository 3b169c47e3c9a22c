/**
 * Usage outcomes on the chat page: each phrase inserted into a chat input (with the number the background gave the
 * insertion) is compared, when the agent sends, with the draft that left: the share of the phrase's text the agent
 * changed (0 when the draft still holds it whole). Only that number goes to the background; no text leaves the page.
 */
import type { EditableElement } from '../editors/dom';
import type { EditorTracker } from '../editors/tracker';
import type { ProtocolMap, Sender } from '../protocol';
import { watchSends } from './send-watch';

/** Longest stretch compared character by character; beyond it a phrase not found whole counts as fully changed. */
const COMPARE_MAX = 600;

/**
 * The share (0–1) of `inserted` the agent changed to reach the best-matching stretch of `draft`: the edit distance
 * from `inserted` to any substring of `draft` (what the agent typed around it is not a change of it), over its length.
 */
export function changedShare(inserted: string, draft: string): number {
  if (inserted === '' || draft.includes(inserted)) return 0;
  if (inserted.length > COMPARE_MAX || draft.length > COMPARE_MAX * 4) return 1;
  // prev[j]: edits to turn inserted[0..i) into a substring of draft ending at j (free start in the draft).
  let prev = new Array<number>(draft.length + 1).fill(0);
  for (let i = 1; i <= inserted.length; i++) {
    const row = [i];
    for (let j = 1; j <= draft.length; j++) {
      const same = inserted[i - 1] === draft[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j - 1] as number) + same, (prev[j] as number) + 1, (row[j - 1] as number) + 1);
    }
    prev = row;
  }
  return Math.min(1, Math.min(...prev) / inserted.length);
}

export function startUsageWatch(tracker: EditorTracker, send: Sender<ProtocolMap>, later: (run: () => void) => void) {
  let pending: { el: EditableElement; use: number; text: string }[] = [];
  const stop = watchSends(tracker, later, (el, draft) => {
    const sent = pending.filter((p) => p.el === el);
    pending = pending.filter((p) => p.el !== el && p.el.isConnected);
    if (sent.length === 0) return;
    void send('usage:sent', { uses: sent.map((p) => ({ use: p.use, changed: changedShare(p.text, draft) })) }).catch(() => undefined);
  });
  return {
    /** A phrase went into `el` as `text`; `use` is the number the background gave this insertion. */
    inserted(el: EditableElement, use: number | undefined, text: string): void {
      if (use !== undefined) pending = [...pending, { el, use, text }].slice(-20);
    },
    dispose: stop,
  };
}
