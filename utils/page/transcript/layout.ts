// Geometry the reader needs, behind one interface: the DOM one for pages, fakes for unit tests (happy-dom has no layout).
import { frameOffset } from '../../editors/frames';
import type { Box } from '../../editors/text-map';

export type { Box };

export interface Layout {
  /** The element's border box in the top window's viewport, or null when it has none (not laid out, hidden). */
  box(el: Element): Box | null;
  /** The box around the given text nodes (what a message shows), in the top window's viewport, or null. */
  textBox(nodes: readonly Text[]): Box | null;
  /** True when the element is styled to scroll its content vertically. */
  scrolls(el: Element): boolean;
}

/** A layout without geometry: every decision that needs positions stays undecided. */
export const NO_LAYOUT: Layout = Object.freeze({
  box: () => null,
  textBox: () => null,
  scrolls: () => false,
});

const MEASURED_TEXT_NODES = 50;

function union(a: Box | null, b: Box): Box {
  if (a === null) return b;
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return {
    left,
    top,
    width: Math.max(a.left + a.width, b.left + b.width) - left,
    height: Math.max(a.top + a.height, b.top + b.height) - top,
  };
}

function toBox(rect: DOMRect, view: Window | null, top: Window): Box | null {
  if (rect.width === 0 && rect.height === 0) return null;
  const { dx, dy } = frameOffset(view, top);
  return { left: rect.left + dx, top: rect.top + dy, width: rect.width, height: rect.height };
}

/** The page's own layout, in the coordinates of `top` (same-origin frames are offset into it). */
export function domLayout(top: Window): Layout {
  return {
    box(el) {
      return toBox(el.getBoundingClientRect(), el.ownerDocument.defaultView, top);
    },
    textBox(nodes) {
      let box: Box | null = null;
      for (const node of nodes.slice(0, MEASURED_TEXT_NODES)) {
        const doc = node.ownerDocument;
        const range = doc.createRange();
        range.selectNodeContents(node);
        const measured = toBox(range.getBoundingClientRect(), doc.defaultView, top);
        if (measured) box = union(box, measured);
      }
      return box;
    },
    scrolls(el) {
      // Styled to scroll is enough: a conversation that has just started has nothing to scroll yet.
      const style = el.ownerDocument.defaultView?.getComputedStyle(el);
      return style !== undefined && /^(auto|scroll|overlay)$/.test(style.overflowY);
    },
  };
}
