import type { ProtocolMap, Sender } from '../protocol';
import type { PlaceholderValues, RecalledValues } from '../placeholder-memory';
import type { LivePrefs } from './prefs';
import type { EditorTracker } from '../editors/tracker';
import { asEditable, deepActiveElement, type EditableElement } from '../editors/dom';
import { caretContext } from '../editors/caret';
import { isImeKey } from '../editors/keys';
import { insertIntoEditable, moveCaretBack, saveCaret } from '../editors/insert';
import { fillPlaceholders, placeholderFields } from '../placeholders';
import { findTrigger } from './trigger';
import { frameOffset, toTop } from '../editors/frames';
import { createSlashMenu, LIST_ROWS, type SlashMenu, type SlashSuggestion } from './slash-menu';

export interface SlashDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  /** UI language, strings and the trigger characters ('/' by default); follows the saved settings. */
  prefs: Pick<LivePrefs, 'locale' | 't' | 'trigger'>;
  /** Values for a phrase's blanks to start from, and what the agent filled in (content-app's placeholder memory). */
  blanks: { recall(el: EditableElement, names: readonly string[]): Promise<RecalledValues>; remember(values: PlaceholderValues): void };
  /** A phrase went into the chat input as `text` (usage outcomes; `use` is the background's number for it). */
  inserted?(el: EditableElement, use: number | undefined, text: string): void;
}

const LIMIT = LIST_ROWS;

/** The search for what the agent typed last, while it is on its way (an Enter meanwhile waits for it). */
function searchQueue() {
  let latest: Promise<void> | null = null;
  function whenFresh(fn: () => void): void {
    const p = latest;
    if (!p) return fn();
    void p.then(() => whenFresh(fn));
  }
  return {
    pending: () => latest !== null,
    run(task: () => Promise<void>): void {
      const p: Promise<void> = task().finally(() => {
        if (latest === p) latest = null;
      });
      latest = p;
    },
    /** Runs `fn` once the list shows the results for the text as it is now. */
    whenFresh,
  };
}

/**
 * Insert a phrase's text at the caret of `el` (replacing the `replace` characters before it), its blanks asked first
 * in the small form at the caret; Esc in that form puts the agent back in the input with the text as typed. Also what
 * the suggested replies' Alt+1/2/3 use. True when the text went in.
 */
async function insertPhraseText(deps: SlashDeps, menu: SlashMenu, el: EditableElement, text: string, replace = 0, use?: number): Promise<boolean> {
  const { win, prefs, blanks } = deps;
  let caret = null;
  const fields = placeholderFields(text);
  let values: Record<string, string> = {};
  if (fields.length > 0) {
    caret = saveCaret(el);
    const rect = caretContext(el)?.rect() ?? el.getBoundingClientRect();
    const names = fields.map((f) => f.name);
    const answer = await menu.askValues(names, toTop(rect, frameOffset(el.ownerDocument.defaultView, win)), await blanks.recall(el, names));
    if (!answer) {
      el.focus({ preventScroll: true });
      return false;
    }
    values = answer;
  }
  const filled = fillPlaceholders(text, values, new Date(), prefs.locale);
  const outcome = await insertIntoEditable(el, filled.text, caret, replace);
  if (outcome.ok && filled.caret !== null) moveCaretBack(el, filled.text.length - filled.caret);
  if (outcome.ok) {
    blanks.remember(values);
    deps.inserted?.(el, use, filled.text);
  }
  return outcome.ok;
}

/** Put the chosen phrase in place of the `/query` typed now (the list may have been shown for a shorter one). */
async function insertChosen(deps: SlashDeps, menu: SlashMenu, el: EditableElement, id: string): Promise<void> {
  const context = caretContext(el);
  const match = context ? findTrigger(context.before, deps.prefs.trigger) : null;
  if (!match) return;
  const resolved = await deps.send('slash:resolve', { id }).catch(() => null);
  if (resolved) await insertPhraseText(deps, menu, el, resolved.text, match.length, resolved.use);
}

/**
 * The in-input trigger: `/query` typed in the chat input opens a suggestion list at the caret;
 * ↑/↓ choose, Enter or Tab replace `/query` with the phrase, Esc closes and leaves the text.
 * Focus never leaves the page's editor (except for the small form that asks placeholder values).
 */
export function startSlash(deps: SlashDeps) {
  const { win, tracker, send, prefs } = deps;
  const menu = createSlashMenu(win.document, prefs.t, (item) => void pick(item));
  let open: { el: EditableElement; before: string } | null = null;
  let dismissed: string | null = null;
  let seq = 0;
  const searches = searchQueue();

  async function evaluate(): Promise<void> {
    if (tracker.isComposing()) return;
    const el = asEditable(deepActiveElement(win.document));
    const context = el ? caretContext(el) : null;
    const match = context ? findTrigger(context.before, prefs.trigger) : null;
    if (!el || !context || !match) {
      close();
      dismissed = null;
      return;
    }
    const triggerAt = context.before.slice(0, context.before.length - match.length);
    if (dismissed === triggerAt) return;
    const mine = ++seq;
    const items = await send('slash:search', { query: match.query, limit: LIMIT }).catch(() => [] as SlashSuggestion[]);
    if (mine !== seq) return;
    open = { el, before: triggerAt };
    // The caret's box is in the editor's own frame; the list lives in the top document.
    menu.show(items, toTop(context.rect(), frameOffset(el.ownerDocument.defaultView, win)), match.query);
  }

  function close(): void {
    seq++;
    open = null;
    if (menu.isOpen) menu.close();
  }

  async function pick(item: SlashSuggestion): Promise<void> {
    const state = open;
    close();
    if (state) await insertChosen(deps, menu, state.el, item.id);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!menu.isOpen || !open) return;
    if (!event.isTrusted || isImeKey(event)) return;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        menu.move(1);
        break;
      case 'ArrowUp':
        menu.move(-1);
        break;
      case 'Enter':
      case 'Tab': {
        if (searches.pending()) {
          // Typed faster than the search answered: choose from the results for the whole query, not the last shown.
          searches.whenFresh(() => {
            const fresh = menu.isOpen && open ? menu.selected() : null;
            if (fresh) void pick(fresh);
          });
          break;
        }
        const item = menu.selected();
        // Nothing matches `/query`: Tab moves on as usual, but Enter must not send the raw `/query` to the customer.
        // The list stays with its "no phrase" note until the agent edits the query or presses Esc.
        if (!item) {
          if (event.key === 'Tab') return;
          break;
        }
        void pick(item);
        break;
      }
      case 'Escape':
        dismissed = open.before;
        close();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  const stopListening = listenInDocuments(tracker, {
    input: (event) => {
      if (event.isTrusted) searches.run(evaluate);
    },
    compositionend: (event) => {
      // A page script can dispatch compositionend too: only the end of a trusted composition may start a search.
      if (!tracker.endedComposition(event)) return;
      // The composed text lands in the editor after compositionend.
      const view = (event.currentTarget as Document).defaultView;
      if (view) searches.run(() => new Promise<void>((resolve) => view.setTimeout(() => void evaluate().finally(resolve), 0)));
    },
    focusout: () => {
      win.setTimeout(() => {
        const el = asEditable(deepActiveElement(win.document));
        if (!open || el !== open.el) close();
      }, 0);
    },
    keydown: onKeyDown,
  });

  return {
    insertPhrase: (el: EditableElement, text: string, replace = 0, use?: number) => insertPhraseText(deps, menu, el, text, replace, use),
    dispose() {
      stopListening();
      menu.dispose();
    },
  };
}

type DocumentListeners = Record<'input' | 'compositionend' | 'focusout', (event: Event) => void> & { keydown: (event: KeyboardEvent) => void };

/** Listen (capturing) in every document the tracker watches, now and later; returns the way to stop. */
function listenInDocuments(tracker: EditorTracker, on: DocumentListeners): () => void {
  const docs: Document[] = [];
  tracker.onDocument((doc) => {
    docs.push(doc);
    doc.addEventListener('input', on.input, true);
    doc.addEventListener('compositionend', on.compositionend, true);
    doc.addEventListener('focusout', on.focusout, true);
    doc.defaultView?.addEventListener('keydown', on.keydown, true);
  });
  return () => {
    for (const doc of docs) {
      doc.removeEventListener('input', on.input, true);
      doc.removeEventListener('compositionend', on.compositionend, true);
      doc.removeEventListener('focusout', on.focusout, true);
      doc.defaultView?.removeEventListener('keydown', on.keydown, true);
    }
  };
}
