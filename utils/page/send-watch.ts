/**
 * The agent's send gestures in the chat input, as the page's own send handlers see them: a trusted Enter (the send
 * key) in the input or a trusted click on its send button, that took the draft — the input is empty once the page
 * has handled the event. One home for what "the agent sent" means (the reply clock, usage outcomes).
 */
import type { EditorTracker } from '../editors/tracker';
import type { EditableElement } from '../editors/dom';
import { readDraftText } from '../editors/text-map';
import { isSendKey, sendButtonFor } from './tone/send-guard';

/** Calls `onSent` with the chat input and the draft it held, after each send gesture that emptied it. Returns the
 *  stop function. `later` runs its callback once the page has handled the event being dispatched now. */
export function watchSends(tracker: EditorTracker, later: (run: () => void) => void, onSent: (el: EditableElement, draft: string) => void): () => void {
  function gesture(el: EditableElement): void {
    const draft = readDraftText(el);
    if (draft.trim() === '') return;
    later(() => {
      if (el.isConnected && readDraftText(el).trim() === '') onSent(el, draft);
    });
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const el = tracker.current()?.el;
    if (event.isTrusted && !event.isComposing && isSendKey(event) && el && event.target instanceof Node && el.contains(event.target)) gesture(el);
  };
  const onClick = (event: MouseEvent) => {
    const el = tracker.current()?.el;
    if (event.isTrusted && el && event.target instanceof Element && sendButtonFor(event.target, el)) gesture(el);
  };
  const docs: Document[] = [];
  tracker.onDocument((doc) => {
    docs.push(doc);
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('click', onClick, true);
  });
  return () => {
    for (const doc of docs) {
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('click', onClick, true);
    }
  };
}
