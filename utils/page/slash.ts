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
import { createSlashMenu, LIST_ROWS, type SlashSuggestion } from './slash-menu';

export interface SlashDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  /** UI language, strings and the trigger characters ('/' by default); follows the saved settings. */
  prefs: Pick<LivePrefs, 'locale' | 't' | 'trigger'>;
  /** Values for a phrase's blanks to start from, and what the agent filled in (content-app's placeholder memory). */
  blanks: { recall(el: EditableElement, names: readonly string[]): Promise<RecalledValues>; remember(values: PlaceholderValues): void };
}

const LIMIT = LIST_ROWS;

/**
 * The in-input trigger: `/query` typed in the chat input opens a suggestion list at the caret;
 * ↑/↓ choose, Enter or Tab replace `/query` with the phrase, Esc closes and leaves the text.
 * Focus never leaves the page's editor (except for the small form that asks placeholder values).
 */
export function startSlash({ win, tracker, send, prefs, blanks }: SlashDeps) {
  const menu = createSlashMenu(win.document, prefs.t, (item) => void pick(item));
  let open: { el: EditableElement; before: string } | null = null;
  let dismissed: string | null = null;
  let seq = 0;
  /** The search for what the agent typed last, while it is on its way (an Enter meanwhile waits for it). */
  let latest: Promise<void> | null = null;

  function search(run: () => Promise<void>): void {
    const p: Promise<void> = run().finally(() => {
      if (latest === p) latest = null;
    });
    latest = p;
  }

  /** Runs `fn` once the list shows the results for the text as it is now. */
  function whenFresh(fn: () => void): void {
    const p = latest;
    if (!p) return fn();
    void p.then(() => whenFresh(fn));
  }

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
    if (!state) return;
    const { el } = state;
    // Replace what is typed now (the list may have been shown for a shorter query).
    const context = caretContext(el);
    const match = context ? findTrigger(context.before, prefs.trigger) : null;
    if (!match) return;
    const resolved = await send('slash:resolve', { id: item.id }).catch(() => null);
    if (!resolved) return;
    await insertPhrase(el, resolved.text, match.length);
  }

  /** Inserts a phrase's text at the caret of `el` (replacing the `replace` characters before it), its blanks asked
   *  first in the small form at the caret; also used by the suggested replies' Alt+1/2/3. */
  async function insertPhrase(el: EditableElement, text: string, replace = 0): Promise<boolean> {
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
    if (outcome.ok) blanks.remember(values);
    return outcome.ok;
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
        if (latest) {
          // Typed faster than the search answered: choose from the results for the whole query, not the last shown.
          whenFresh(() => {
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

  const docs: Document[] = [];
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    search(evaluate);
  };
  const onCompositionEnd = (event: Event) => {
    // A page script can dispatch compositionend too: only the end of a trusted composition may start a search.
    if (!tracker.endedComposition(event)) return;
    const doc = event.currentTarget as Document;
    // The composed text lands in the editor after compositionend.
    const view = doc.defaultView;
    if (view) search(() => new Promise<void>((resolve) => view.setTimeout(() => void evaluate().finally(resolve), 0)));
  };
  const onFocusOut = () => {
    win.setTimeout(() => {
      const el = asEditable(deepActiveElement(win.document));
      if (!open || el !== open.el) close();
    }, 0);
  };
  tracker.onDocument((doc) => {
    docs.push(doc);
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('compositionend', onCompositionEnd, true);
    doc.addEventListener('focusout', onFocusOut, true);
    doc.defaultView?.addEventListener('keydown', onKeyDown, true);
  });

  return {
    insertPhrase,
    dispose() {
      for (const doc of docs) {
        doc.removeEventListener('input', onInput, true);
        doc.removeEventListener('compositionend', onCompositionEnd, true);
        doc.removeEventListener('focusout', onFocusOut, true);
        doc.defaultView?.removeEventListener('keydown', onKeyDown, true);
      }
      menu.dispose();
    },
  };
}
