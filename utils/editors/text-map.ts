import { isTextArea, isTextInput, selectionFor, type EditableElement, type EditorRange } from './dom';

/** A box in the viewport of the editor's own window. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The draft text of a chat input and a map between offsets in that text and what is on screen.
 * Offsets are UTF-16 indices into `text`; a contenteditable's block boundaries read as "\n".
 */
export interface TextMap {
  readonly text: string;
  /** Viewport boxes (one per line fragment) of text[start, end), in the editor window's coordinates. */
  boxes(start: number, end: number): Box[];
  /** boxes() of many spans at once (a text control is measured with one layout for all of them). */
  boxesOf(spans: ReadonlyArray<readonly [number, number]>): Box[][];
  /** The caret as an offset into `text` (its focus end), or null when the selection is elsewhere. */
  caret(): number | null;
  /** The selection as [start, end] offsets into `text` (start <= end), or null when it is elsewhere. */
  selected(): [number, number] | null;
  /** The range that selects text[start, end) (for restoreCaret and insertIntoEditable). */
  selection(start: number, end: number): EditorRange | null;
}

/**
 * Reads the draft of a chat input (textarea/input value, or the text of a contenteditable).
 * `mirrorParent`: where text controls are measured (default: the control's body). A node of the
 * caller's own (a shadow root of an overlay) keeps the page's layout out of the measurement.
 */
export function readTextMap(el: EditableElement, mirrorParent?: ParentNode): TextMap {
  return isTextArea(el) || isTextInput(el) ? controlMap(el, mirrorParent) : editableMap(el);
}

/** Only the text, without building anything for positions (cheap; used to notice changes). */
export function readDraftText(el: EditableElement): string {
  return isTextArea(el) || isTextInput(el) ? el.value : collect(el).text;
}

// ---------------------------------------------------------------- textarea / input

const MIRRORED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'lineHeight',
  'textTransform', 'wordSpacing', 'textIndent', 'tabSize', 'wordBreak', 'overflowWrap', 'direction', 'textAlign',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

function controlMap(el: HTMLTextAreaElement | HTMLInputElement, mirrorParent: ParentNode | undefined): TextMap {
  const text = el.value;
  return {
    text,
    boxes: (start, end) => controlBoxes(el, text, [[start, end]], mirrorParent)[0] ?? [],
    boxesOf: (spans) => controlBoxes(el, text, spans, mirrorParent),
    caret: () => (el.selectionStart === null ? null : el.selectionEnd ?? el.selectionStart),
    selected: () => (el.selectionStart === null || el.selectionEnd === null ? null : [el.selectionStart, el.selectionEnd]),
    selection: (start, end) => ({ type: 'range-in-value', start, end }),
  };
}

/**
 * Boxes of spans of a text control's value, measured with a hidden mirror element that copies the
 * control's font, padding and wrapping width (the value itself has no DOM to measure). One mirror,
 * one layout, for all spans.
 */
function controlBoxes(
  el: HTMLTextAreaElement | HTMLInputElement,
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
  mirrorParent: ParentNode | undefined,
): Box[][] {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view || spans.every(([s, e]) => s >= e)) return spans.map(() => []);
  const style = view.getComputedStyle(el);
  const single = isTextInput(el);
  const mirror = doc.createElement('div');
  for (const p of MIRRORED) mirror.style[p] = style[p];
  const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  Object.assign(mirror.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    visibility: 'hidden',
    pointerEvents: 'none',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    width: `${Math.max(0, el.clientWidth - padX)}px`,
    whiteSpace: single ? 'pre' : 'pre-wrap',
    overflowWrap: single ? 'normal' : 'break-word',
  });
  // A trailing zero-width space keeps a final empty line measurable.
  const node = doc.createTextNode(`${text}\u200b`);
  mirror.append(node);
  (mirrorParent ?? doc.body ?? doc.documentElement).append(mirror);
  const origin = mirror.getBoundingClientRect();
  const range = doc.createRange();
  const measured = spans.map(([start, end]) => {
    if (start >= end || end > text.length) return [];
    range.setStart(node, start);
    range.setEnd(node, end);
    return Array.from(range.getClientRects()).filter((r) => r.width > 0);
  });
  mirror.remove();

  const box = el.getBoundingClientRect();
  const lineHeight = single ? (measured.find((m) => m.length > 0)?.[0]?.height ?? 0) : 0;
  const contentHeight = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  // A single-line input centres its line vertically in the content box.
  const dy = single ? Math.max(0, (contentHeight - lineHeight) / 2) : 0;
  const x0 = box.left + el.clientLeft - el.scrollLeft;
  const y0 = box.top + el.clientTop - el.scrollTop + dy;
  return measured.map((rects) =>
    rects.map((r) => ({ left: x0 + r.left - origin.left, top: y0 + r.top - origin.top, width: r.width, height: r.height })),
  );
}

// ---------------------------------------------------------------- contenteditable

const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'tr', 'table',
  'header', 'footer', 'figure', 'dl', 'dt', 'dd',
]);

/** Zero-width characters editors put into empty lines (Slate, Lexical) as caret anchors. */
const FILLER = /^[\u200b\ufeff]*$/;

interface Segment {
  node: Text;
  /** Offset of the node's first character in the draft text. */
  at: number;
}

interface Collected {
  text: string;
  segments: Segment[];
}

/**
 * The text of a contenteditable: its text nodes in order; each block element is a line of its own
 * (an empty block, e.g. <p><br></p>, an empty line); a <br> between text breaks the line.
 */
function collect(root: HTMLElement): Collected {
  const segments: Segment[] = [];
  let text = '';
  /** A line has begun (text or an empty block). */
  let started = false;
  /** The next content goes on a new line. */
  let pending = false;
  let emitted = 0;
  const line = () => {
    if (pending) text += '\n';
    pending = false;
    started = true;
    emitted++;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0 || FILLER.test(data)) continue;
        if (pending) line();
        segments.push({ node: child as Text, at: text.length });
        text += data;
        started = true;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as HTMLElement;
      if (element.getAttribute('contenteditable') === 'false' || element.hasAttribute('data-slate-placeholder')) continue;
      const name = element.localName;
      if (name === 'style' || name === 'script') continue;
      if (name === 'br') {
        // A <br> that ends a block only props its line open; elsewhere it breaks the line.
        if (element.nextSibling === null && element.parentElement !== root && BLOCK.has(element.parentElement?.localName ?? '')) continue;
        line();
        text += '\n';
        continue;
      }
      if (!BLOCK.has(name)) {
        walk(element);
        continue;
      }
      if (started) pending = true;
      const length = text.length;
      const lines = emitted;
      walk(element);
      if (text.length === length && emitted === lines) line();
      pending = true;
    }
  };
  walk(root);
  return { text, segments };
}

function editableMap(el: HTMLElement): TextMap {
  const { text, segments } = collect(el);
  const doc = el.ownerDocument;

  /**
   * The text node and offset of a draft offset. A span's start belongs to the node that holds its first
   * character; an end (or a caret) may sit at the end of a node.
   */
  function point(offset: number, isEnd: boolean): { node: Text; offset: number } | null {
    let fallback: Segment | undefined;
    for (const seg of segments) {
      if (seg.at > offset) break;
      const len = seg.node.data.length;
      if (offset < seg.at + len || (isEnd && offset === seg.at + len)) return { node: seg.node, offset: offset - seg.at };
      if (offset === seg.at + len) fallback = seg;
    }
    return fallback ? { node: fallback.node, offset: fallback.node.data.length } : null;
  }

  function range(start: number, end: number): Range | null {
    const a = point(start, start === end);
    const b = start === end ? a : point(end, true);
    if (!a || !b) return null;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  function boxes(start: number, end: number): Box[] {
    if (start >= end) return [];
    const r = range(start, end);
    if (!r) return [];
    return Array.from(r.getClientRects())
      .filter((b) => b.width > 0 && b.height > 0)
      .map((b) => ({ left: b.left, top: b.top, width: b.width, height: b.height }));
  }

  return {
    text,
    boxes,
    boxesOf: (spans) => spans.map(([start, end]) => boxes(start, end)),
    caret() {
      const sel = selectionFor(el);
      if (!sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return null;
      return offsetOf(segments, sel.focusNode, sel.focusOffset);
    },
    selected() {
      const sel = selectionFor(el);
      if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
      if (!el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return null;
      const a = offsetOf(segments, sel.anchorNode, sel.anchorOffset);
      const b = offsetOf(segments, sel.focusNode, sel.focusOffset);
      return a === null || b === null ? null : [Math.min(a, b), Math.max(a, b)];
    },
    selection(start, end) {
      const r = range(start, end);
      return r ? { type: 'dom-range', range: r } : null;
    },
  };
}

/** The draft offset of a DOM point inside the editor. */
function offsetOf(segments: readonly Segment[], node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const seg = segments.find((s) => s.node === node);
    if (seg) return seg.at + Math.min(offset, seg.node.data.length);
  }
  // An element point (or a filler text node): the first text at or after it.
  const probe = node.ownerDocument?.createRange();
  if (!probe) return null;
  try {
    probe.setStart(node, node.nodeType === 3 ? Math.min(offset, (node as Text).data.length) : offset);
  } catch {
    return null;
  }
  let result: number | null = null;
  for (const seg of segments) {
    if (probe.comparePoint(seg.node, 0) >= 0) return seg.at;
    result = seg.at + seg.node.data.length;
  }
  return result ?? 0;
}
