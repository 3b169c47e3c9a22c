import { isTextArea, isTextInput, selectionFor, type EditableElement } from './dom';

/** The text before the caret in the current line/paragraph, and how to select a span of it. */
export interface CaretContext {
  /** Text from the start of the caret's text node (or input value) up to the caret. */
  before: string;
  /** Select the last `length` characters before the caret (to replace them). */
  selectBack(length: number): void;
  /** Viewport rectangle of the caret (for placing the suggestion list). */
  rect(): DOMRect;
}

export function caretContext(el: EditableElement): CaretContext | null {
  if (isTextArea(el) || isTextInput(el)) {
    const end = el.selectionEnd ?? 0;
    if (el.selectionStart !== end) return null;
    return {
      before: el.value.slice(0, end),
      selectBack: (length) => el.setSelectionRange(end - length, end),
      rect: () => textControlCaretRect(el, end),
    };
  }
  const sel = selectionFor(el);
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const node = range.startContainer;
  if (!el.contains(node) || node.nodeType !== Node.TEXT_NODE) return null;
  const offset = range.startOffset;
  return {
    before: (node.textContent ?? '').slice(0, offset),
    selectBack: (length) => {
      const r = el.ownerDocument.createRange();
      r.setStart(node, Math.max(0, offset - length));
      r.setEnd(node, offset);
      sel.removeAllRanges();
      sel.addRange(r);
    },
    rect: () => {
      const r = range.cloneRange();
      const rects = r.getClientRects();
      return rects[rects.length - 1] ?? el.getBoundingClientRect();
    },
  };
}

/** Caret position in a textarea/input, measured with an off-screen mirror of its text. */
function textControlCaretRect(el: HTMLTextAreaElement | HTMLInputElement, index: number): DOMRect {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const box = el.getBoundingClientRect();
  if (!view) return box;
  const style = view.getComputedStyle(el);
  const mirror = doc.createElement('div');
  const props = [
    'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
    'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize', 'fontWeight',
    'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing', 'textIndent', 'tabSize',
  ] as const;
  for (const p of props) mirror.style[p] = style[p];
  mirror.style.position = 'fixed';
  mirror.style.visibility = 'hidden';
  mirror.style.left = '-9999px';
  mirror.style.top = '0';
  mirror.style.whiteSpace = isTextInput(el) ? 'pre' : 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.textContent = el.value.slice(0, index);
  const marker = doc.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  doc.body.append(mirror);
  const m = marker.getBoundingClientRect();
  const origin = mirror.getBoundingClientRect();
  mirror.remove();
  const x = box.left + (m.left - origin.left) - el.scrollLeft;
  const y = box.top + (m.top - origin.top) - el.scrollTop;
  const height = m.height || parseFloat(style.lineHeight) || 16;
  return new DOMRect(Math.min(x, box.right), Math.min(y, box.bottom - height), 1, height);
}
