// Makes room for the open sidebar on the right of the page. A margin on `html` moves content that flows; it does
// nothing to a console built as one full-viewport `position: fixed` grid (Qianniu's workbench and many help desks),
// whose send button and order panel the sidebar would cover. So the page's own fixed elements that reach the right
// edge of the viewport are pulled in by the sidebar's width while it is open, and given back exactly as they were.

/** Inline style properties this module sets on a page element, and what they were before. */
const PROPS = ['left', 'right', 'width', 'max-width'] as const;

interface Moved {
  el: HTMLElement;
  before: Array<{ prop: string; value: string; priority: string }>;
  /** Whether it had a style attribute at all (restored exactly, also as absent). */
  hadStyle: boolean;
  /** Offsets measured before the first move (px from the viewport's left and right edges). */
  left: number;
  right: number;
  width: number;
  spans: boolean;
}

export interface Room {
  /** Make (or resize) room of `width` px; looks for new fixed elements each time. */
  make(width: number): void;
  /** Give every moved element its own styles back and remove the margin. */
  release(): void;
}

/** An element whose left edge is this near the viewport's counts as starting there. */
const EDGE = 2;

export function createRoom(doc: Document, skip: (el: Element) => boolean): Room {
  const view = doc.defaultView as Window & typeof globalThis;
  const margin = doc.createElement('style');
  let moved: Moved[] = [];

  function candidates(): HTMLElement[] {
    const out: HTMLElement[] = [];
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT, {
      acceptNode(node) {
        const el = node as Element;
        if (skip(el)) return NodeFilter.FILTER_REJECT;
        return view.getComputedStyle(el).position === 'fixed' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n instanceof view.HTMLElement) out.push(n);
    return out;
  }

  function adopt(width: number): void {
    const known = new Set(moved.map((m) => m.el));
    const vw = view.innerWidth;
    for (const el of candidates()) {
      if (known.has(el)) continue;
      const r = el.getBoundingClientRect();
      // Only what the sidebar would cover moves; a fixed chat bubble on the left stays put.
      if (r.width === 0 || r.height === 0 || r.right <= vw - width) continue;
      const before = PROPS.map((prop) => ({ prop, value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) }));
      moved.push({ el, before, hadStyle: el.hasAttribute('style'), left: r.left, right: Math.max(0, vw - r.right), width: r.width, spans: r.left <= EDGE && r.width >= vw / 2 });
    }
    for (const m of moved) {
      if (m.spans) {
        // A full-width layer (inset: 0, width: 100vw): keep its left edge, end it where the sidebar begins.
        m.el.style.setProperty('left', `${m.left}px`, 'important');
        m.el.style.setProperty('width', 'auto', 'important');
        m.el.style.setProperty('max-width', 'none', 'important');
      } else {
        // A panel or button under the sidebar: slide it left by the sidebar's width, keeping its size.
        m.el.style.setProperty('left', 'auto', 'important');
        m.el.style.setProperty('width', `${m.width}px`, 'important');
      }
      m.el.style.setProperty('right', `${m.right + width}px`, 'important');
    }
  }

  return {
    make(width) {
      margin.textContent = `html { margin-right: ${width}px !important; }`;
      if (!margin.isConnected) (doc.head ?? doc.documentElement).append(margin);
      adopt(width);
    },
    release() {
      margin.remove();
      for (const m of moved) {
        if (!m.el.isConnected) continue;
        for (const { prop, value, priority } of m.before) {
          if (value === '') m.el.style.removeProperty(prop);
          else m.el.style.setProperty(prop, value, priority);
        }
        // Chromium writes the style attribute back from the inline style lazily; reading it first settles that write,
        // or it would bring back an empty style="" after the removal.
        if (!m.hadStyle && m.el.style.length === 0 && m.el.getAttribute('style') !== null) m.el.removeAttribute('style');
      }
      moved = [];
    },
  };
}
