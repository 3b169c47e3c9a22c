// Walking the page's tree across same-origin frames and open shadow roots, both ways (a composer in a frame or a web
// component under the log, a log in a frame beside the composer).
import { sameOriginDocument } from '../../editors/dom';

export function isFrame(el: Element): boolean {
  return el.localName === 'iframe' || el.localName === 'frame';
}

/**
 * The parent element; the host when `el` is at the top of a shadow tree; the frame element when `el` is the root of
 * a same-origin frame's document.
 */
export function parentAcrossFrames(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  if (root !== el.ownerDocument && 'host' in root) return (root as ShadowRoot).host;
  try {
    return el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The children of an element, those of its open shadow root first; a same-origin frame's child is its body. */
export function childrenAcrossFrames(el: Element): Element[] {
  if (isFrame(el)) {
    const body = sameOriginDocument(el as HTMLIFrameElement)?.body;
    return body ? [body] : [];
  }
  const shadow = el.shadowRoot;
  return shadow ? [...shadow.children, ...el.children] : [...el.children];
}

/** The topmost same-origin document above `doc` (itself when it is not in a frame). */
export function topDocument(doc: Document): Document {
  let top = doc;
  for (let i = 0; i < 16; i++) {
    const frame = parentAcrossFrames(top.documentElement);
    if (!frame) break;
    top = frame.ownerDocument;
  }
  return top;
}
