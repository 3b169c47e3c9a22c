/**
 * The page elements that hold the extension's UI (each a closed shadow root's host), made hard for
 * the page to restyle: a random element name per page load (no stable selector), the host's own
 * styles inline with !important priority (they beat the page's `!important` rules), and a
 * MutationObserver that puts them back when a page script changes the host's attributes. Before an
 * action the agent took in our UI counts, `isExposed` checks that the page neither hides nor covers
 * it (as password managers' inline menus do).
 */

/** Inline styles every host gets (each with !important priority). */
export const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  position: 'static',
  opacity: '1',
  visibility: 'visible',
  filter: 'none',
  transform: 'none',
  'clip-path': 'none',
  'mix-blend-mode': 'normal',
  contain: 'none',
};

/** A valid custom element name nobody can guess: a letter, random letters, a hyphen, random digits. */
export function randomElementName(random: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(12));
  const letters = Array.from(bytes.subarray(0, 6), (b) => String.fromCharCode(97 + (b % 26))).join('');
  const digits = Array.from(bytes.subarray(6), (b) => (b % 10).toString()).join('');
  return `${letters}-${digits}`;
}

function applyStyle(host: HTMLElement): void {
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
}

/** Create a host element with a random name and guarded inline styles; call `dispose` to stop guarding. */
function createGuardedHost(doc: Document): { host: HTMLElement; dispose(): void } {
  const host = doc.createElement(randomElementName(doc.defaultView?.crypto));
  applyStyle(host);
  const View = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new View(() => {
    // Any attribute the page adds (class, hidden, inert, style…) goes; our styles come back.
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    applyStyle(host);
    observer.takeRecords();
  });
  observer.observe(host, { attributes: true });
  return { host, dispose: () => observer.disconnect() };
}

export interface ShadowHost {
  /** The page element: focus inside the shadow root shows on the page as focus on it. */
  readonly host: HTMLElement;
  /** The closed shadow root that holds the UI. */
  readonly shadow: ShadowRoot;
  /** Stops guarding the host and takes it off the page. */
  dispose(): void;
}

/**
 * Puts a piece of the extension's UI on the page: a guarded host (random name, inline styles put back) at the end of
 * the document element, with a closed shadow root holding a style sheet of `css` and then `children`. The slash list,
 * the sidebar and the tone overlay each live in one; their positions, layers and pointer-events are in their `css`.
 */
export function mountShadowHost(doc: Document, css: string, children: readonly Node[]): ShadowHost {
  const guarded = createGuardedHost(doc);
  const { host } = guarded;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style, ...children);
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    dispose() {
      guarded.dispose();
      host.remove();
    },
  };
}

/** Styles under which an element or its ancestors would draw the UI unseen or altered. */
function altered(style: CSSStyleDeclaration): boolean {
  return (
    Number(style.opacity) < 1 ||
    style.visibility !== 'visible' ||
    (style.filter !== 'none' && style.filter !== '') ||
    (style.clipPath !== 'none' && style.clipPath !== '') ||
    (style.mixBlendMode !== 'normal' && style.mixBlendMode !== '')
  );
}

/**
 * True when `target` (inside `host`'s shadow root) is drawn as the agent sees it: neither the host
 * nor any ancestor is transparent, invisible, filtered or clipped, and at a few points across the
 * target the page's hit test finds our host, not something the page laid over it.
 */
export function isExposed(host: Element, target: Element, win: Window): boolean {
  for (let el: Element | null = host; el; el = el.parentElement) {
    if (altered(win.getComputedStyle(el))) return false;
  }
  const rect = target.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const points: [number, number][] = [
    [0.5, 0.5],
    [0.15, 0.15],
    [0.85, 0.15],
    [0.15, 0.85],
    [0.85, 0.85],
  ];
  return points.every(([fx, fy]) => win.document.elementFromPoint(rect.left + rect.width * fx, rect.top + rect.height * fy) === host);
}
