import { caretContext } from './caret';
import { editorKind, isContentEditable, isTextArea, isTextInput, isAttached, selectionFor, type EditableElement, type EditorKind, type EditorRange } from './dom';

/** What the content script gets back after inserting text into the page's editor. */
export type InsertOutcome =
  | { ok: true; editor: EditorKind }
  | { ok: false; reason: 'no-editor' | 'editor-gone' | 'rejected' | 'obscured' };

/** Where the caret is in an input (saved when the agent leaves it for the sidebar), or null when it is elsewhere. */
export function saveCaret(el: EditableElement): EditorRange | null {
  if (isTextArea(el) || isTextInput(el)) {
    return { type: 'range-in-value', start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  }
  const sel = selectionFor(el);
  if (sel && sel.rangeCount > 0) {
    const range = sel.getRangeAt(0);
    if (el.contains(range.startContainer) && el.contains(range.endContainer)) {
      return { type: 'dom-range', range: range.cloneRange() };
    }
  }
  return null;
}

/**
 * Focus the input and put its caret back where the agent left it (if focus moved away).
 * Returns true when the DOM selection had to be changed.
 */
export function restoreCaret(el: EditableElement, caret: EditorRange | null): boolean {
  const doc = el.ownerDocument;
  const root = el.getRootNode() as Document | ShadowRoot;
  const wasFocused = doc.hasFocus() && root.activeElement === el;
  doc.defaultView?.focus();
  el.focus({ preventScroll: true });
  if (!caret) return false;
  if (caret.type === 'range-in-value' && (isTextArea(el) || isTextInput(el))) {
    if (el.selectionStart !== caret.start || el.selectionEnd !== caret.end) {
      const len = el.value.length;
      el.setSelectionRange(Math.min(caret.start, len), Math.min(caret.end, len));
      return true;
    }
    return false;
  }
  if (caret.type === 'dom-range') {
    const sel = selectionFor(el);
    if (!sel) return false;
    const current = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    const inside = current && el.contains(current.startContainer);
    const same =
      current &&
      current.startContainer === caret.range.startContainer &&
      current.startOffset === caret.range.startOffset &&
      current.endContainer === caret.range.endContainer &&
      current.endOffset === caret.range.endOffset;
    // Coming back from elsewhere (the sidebar), the selection is set again even when the DOM still shows it: a rich
    // editor ignores selectionchange while it is blurred, so its model may lack the last change the agent made just
    // before leaving (ProseMirror kept one of two characters selected with Shift+→), and it reads the range only from
    // a selectionchange it sees while focused.
    if ((!inside || !same || !wasFocused) && el.contains(caret.range.startContainer) && el.contains(caret.range.endContainer)) {
      sel.removeAllRanges();
      sel.addRange(caret.range);
      return true;
    }
  }
  return false;
}

/**
 * Rich editors copy the DOM selection into their model on `selectionchange` (Slate throttles it
 * by 100 ms). After we move the DOM selection, give them that time before editing through them.
 */
export function settleSelection(doc: Document, ms = 130): Promise<void> {
  const view = doc.defaultView;
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, ms));
}

/**
 * Insert `text` at the caret of a chat input (replacing the selection) through a route the
 * page's editor treats as the agent's own input, so the editor's model and its undo history see it:
 *
 * - textarea / input: `execCommand('insertText')` (native undo, fires `input` for React and
 *   friends); if the browser refuses, `setRangeText` + the native value setter + `input` event.
 * - rich editors (Lexical, Slate, Draft.js, Quill, ProseMirror/TipTap): a paste event carrying
 *   text/plain. These editors handle paste in their own model (and cancel the event); DOM
 *   insertion would show text their model does not hold.
 * - plain contenteditable (nobody handles the paste): `execCommand('insertText')`.
 */
export async function insertIntoEditable(
  el: EditableElement,
  text: string,
  caret: EditorRange | null,
  /** Characters right before the caret to replace (the typed `/query`). */
  replaceBack = 0,
): Promise<InsertOutcome> {
  if (!isAttached(el)) return { ok: false, reason: 'editor-gone' };
  let moved = restoreCaret(el, caret);
  const doc = el.ownerDocument;
  const kind = editorKind(el);
  if (replaceBack > 0) {
    const context = caretContext(el);
    if (!context || context.before.length < replaceBack) return { ok: false, reason: 'rejected' };
    context.selectBack(replaceBack);
    moved = true;
  }
  if (moved && kind === 'rich') await settleSelection(doc);

  if (isTextArea(el) || isTextInput(el)) {
    const value = isTextInput(el) ? text.replace(/\r?\n/g, ' ') : text;
    const before = el.value;
    const start = el.selectionStart ?? before.length;
    const end = el.selectionEnd ?? before.length;
    const expected = before.slice(0, start) + value + before.slice(end);
    if (doc.execCommand('insertText', false, value) && el.value === expected) return { ok: true, editor: kind };
    if (el.value !== before) return { ok: true, editor: kind };
    setNativeValue(el, expected);
    el.setSelectionRange(start + value.length, start + value.length);
    el.dispatchEvent(new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    return { ok: true, editor: kind };
  }

  if (!isContentEditable(el)) return { ok: false, reason: 'no-editor' };
  const target = caretElement(el) ?? el;
  if (readsSelectionOnBeforeInput(el) && dispatchPaste(target, text, 'beforeinput')) return { ok: true, editor: kind };
  if (dispatchPaste(target, text, 'paste')) return { ok: true, editor: kind };
  // Nobody owns a model here: let the browser edit the DOM (undoable with Ctrl+Z).
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (i > 0) doc.execCommand('insertLineBreak');
    if (line) doc.execCommand('insertText', false, line);
  });
  return { ok: true, editor: kind };
}

/**
 * Slate copies the DOM selection into its model only while it has focus, throttled by 100 ms, so a selection the
 * agent made just before leaving for the sidebar may not be in its model yet. Its `beforeinput` handler reads the
 * DOM selection into the model first and then handles the pasted data, so for Slate the text goes in that way.
 */
function readsSelectionOnBeforeInput(el: HTMLElement): boolean {
  return el.hasAttribute('data-slate-editor');
}

/** Hand `text` to the editor as pasted plain text; true when the editor took it (cancelled the event). */
function dispatchPaste(target: Element, text: string, type: 'paste' | 'beforeinput'): boolean {
  const view = target.ownerDocument.defaultView ?? window;
  const transfer = new view.DataTransfer();
  transfer.setData('text/plain', text);
  const init = { bubbles: true, cancelable: true, composed: true } as const;
  const event =
    type === 'paste'
      ? new view.ClipboardEvent('paste', { ...init, clipboardData: transfer })
      : new view.InputEvent('beforeinput', { ...init, inputType: 'insertFromPaste', dataTransfer: transfer });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The element holding the caret (paste handlers of some editors listen below the host). */
function caretElement(el: HTMLElement): Element | null {
  const sel = selectionFor(el);
  const node = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).startContainer : null;
  if (!node || !el.contains(node)) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** React and similar frameworks track `value` through the prototype setter. */
function setNativeValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/** Move the caret `count` characters to the left (for a phrase's caret marker). */
export function moveCaretBack(el: EditableElement, count: number): void {
  if (count <= 0) return;
  if (isTextArea(el) || isTextInput(el)) {
    const at = Math.max(0, (el.selectionEnd ?? el.value.length) - count);
    el.setSelectionRange(at, at);
    return;
  }
  const sel = selectionFor(el);
  if (!sel) return;
  sel.collapseToEnd();
  for (let i = 0; i < count; i++) sel.modify('move', 'backward', 'character');
}
