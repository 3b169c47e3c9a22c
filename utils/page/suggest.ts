/**
 * Suggested replies on the chat page: the customer's latest message, read from the transcript of the chat input the
 * agent is in (the reader is loaded on demand, utils/page/transcript-loader.ts; new messages come from its
 * MutationObservers, never polling), or the text the agent selects on the page, goes to the background, which keeps
 * the suggestions for this tab (the page sees none of them). Alt+1/2/3 in the chat input inserts one (trusted keys
 * only), its blanks filled as the `/` trigger fills them.
 */
import type { ProtocolMap, Sender } from '../protocol';
import type { EditorTracker } from '../editors/tracker';
import { asEditable, deepActiveElement, type EditableElement } from '../editors/dom';
import type { TranscriptReader } from './transcript/api';
import type { Side } from './transcript/tokens';
import type { TaughtRule } from './transcript/rule-schema';
import { SUGGEST_COUNT, SUGGEST_MESSAGE_MAX, type SuggestSource } from '../suggest/view';

export interface SuggestDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  reader: () => Promise<TranscriptReader | null>;
  /** Inserts a phrase's text at the caret of the chat input, asking its blanks first (utils/page/slash.ts). */
  insertPhrase(el: EditableElement, text: string, use?: number): Promise<boolean>;
  /** Each batch of new transcript messages, by side (the reply clock), and a new conversation shown. */
  onMessages?(sides: readonly Side[]): void;
  onConversationChanged?(): void;
  /** The rule the agent taught for this site, if any (utils/page/teach.ts). */
  rule?(): Promise<TaughtRule | null>;
}

/** Shortest selection taken as a question (a stray click selects one character). */
const SELECTION_MIN = 2;

/** Alt+1 … Alt+3 (by key position, so layouts and the Alt characters of macOS do not matter): the rank, or 0. */
export function suggestionKey(event: KeyboardEvent): number {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  const rank = m ? Number(m[1]) : 0;
  return rank >= 1 && rank <= SUGGEST_COUNT ? rank : 0;
}

/** The text the agent selected outside the chat input, when it can be a question. */
export function selectedQuestion(doc: Document, composer: Element | null): string | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const anchor = selection.anchorNode;
  if (composer && anchor && composer.contains(anchor)) return null;
  if (anchor?.parentElement?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]')) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  return text.length >= SELECTION_MIN ? text.slice(0, SUGGEST_MESSAGE_MAX) : null;
}

export function startSuggestions({ win, tracker, send, reader, insertPhrase, onMessages, onConversationChanged, rule: taught }: SuggestDeps) {
  let watching: { composer: Element; stop: () => void } | null = null;
  let disposed = false;
  let lastSent = '';

  function tell(text: string, source: SuggestSource): void {
    const message = text.trim().slice(0, SUGGEST_MESSAGE_MAX);
    if (message === '' || (source === 'transcript' && message === lastSent)) return;
    lastSent = message;
    void send('suggest:message', { text: message, source }).catch(() => undefined);
  }

  /** Watch the transcript of the chat input the agent is in (once per input). */
  async function follow(): Promise<void> {
    const composer = tracker.current()?.el ?? null;
    if (!composer || watching?.composer === composer) return;
    const [api, rule] = await Promise.all([reader(), taught?.() ?? null]);
    if (!api || disposed || watching?.composer === composer) return;
    watching?.stop();
    const stop = api.watchTranscript(composer, (message) => tell(message.text, 'transcript'), {
      rule,
      onBatch: (fresh, replaced) => (replaced ? onConversationChanged?.() : onMessages?.(fresh.map((m) => m.side))),
    });
    watching = { composer, stop };
    const latest = api.lastCustomerMessage(api.readTranscript(composer, { rule }));
    if (latest) tell(latest.text, 'transcript');
  }

  const onFocusIn = (event: Event) => {
    if (event.isTrusted) void follow();
  };
  const onMouseUp = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const doc = (event.currentTarget as Document | null) ?? win.document;
    const text = selectedQuestion(doc, tracker.current()?.el ?? null);
    if (text) tell(text, 'selection');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const rank = event.isTrusted && !event.isComposing ? suggestionKey(event) : 0;
    const el = tracker.current()?.el;
    // Only from the chat input itself, focused now.
    if (!rank || !el || asEditable(deepActiveElement(win.document)) !== el) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void send('suggest:pick', { rank })
      .catch(() => null)
      .then((picked) => (picked ? insertPhrase(el, picked.text, picked.use) : false));
  };

  const docs: Document[] = [];
  tracker.onDocument((doc) => {
    docs.push(doc);
    doc.addEventListener('focusin', onFocusIn, true);
    doc.addEventListener('mouseup', onMouseUp, true);
    doc.defaultView?.addEventListener('keydown', onKeyDown, true);
  });
  void follow();

  return {
    /** Read the transcript again from the start (the site's taught rule changed). */
    restart(): void {
      watching?.stop();
      watching = null;
      lastSent = '';
      void follow();
    },
    dispose() {
      disposed = true;
      watching?.stop();
      for (const doc of docs) {
        doc.removeEventListener('focusin', onFocusIn, true);
        doc.removeEventListener('mouseup', onMouseUp, true);
        doc.defaultView?.removeEventListener('keydown', onKeyDown, true);
      }
    },
  };
}
