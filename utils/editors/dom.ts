/** The kind of chat input an insertion went into. */
export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'rich';

/** An element the agent types a chat message into. */
export type EditableElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/**
 * A selection in a chat input, as offsets into a text control's value or as a DOM range in a contenteditable: where
 * the caret was when the agent left the input, or a span to select before rewriting it.
 */
export type EditorRange = { type: 'range-in-value'; start: number; end: number } | { type: 'dom-range'; range: Range };

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

/** Node type checks that work across same-origin iframes (each has its own HTMLElement). */
export function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

export function isTextInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).type || '').toLowerCase());
}

export function isContentEditable(el: Element): el is HTMLElement {
  return (el as HTMLElement).isContentEditable === true;
}

/** The outermost contenteditable host that contains `el` (editors put focus on that host). */
export function editingHost(el: Element): HTMLElement | null {
  if (!isContentEditable(el)) return null;
  let host = el as HTMLElement;
  for (let p = host.parentElement; p && isContentEditable(p); p = p.parentElement) host = p;
  return host;
}

/** The chat input behind an element, or null when it is not something one types into. */
export function asEditable(el: Element | null): EditableElement | null {
  if (!el) return null;
  if (isTextArea(el)) return el.readOnly || el.disabled ? null : el;
  if (isTextInput(el)) return el.readOnly || el.disabled ? null : el;
  return editingHost(el);
}

export function editorKind(el: EditableElement): EditorKind {
  if (isTextArea(el)) return 'textarea';
  if (isTextInput(el)) return 'input';
  const rich = el.matches(
    '[data-lexical-editor], [data-slate-editor], .public-DraftEditor-content, .ql-editor, .ProseMirror, .tiptap',
  );
  return rich ? 'rich' : 'contenteditable';
}

/**
 * The element that really has focus: `document.activeElement` stops at a shadow host or an
 * iframe, so descend through open shadow roots and same-origin iframes.
 */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let guard = 0; active && guard < 32; guard++) {
    const shadow = (active as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    if (active.localName === 'iframe' || active.localName === 'frame') {
      const inner = sameOriginDocument(active as HTMLIFrameElement);
      if (inner?.activeElement && inner.activeElement !== inner.body) {
        active = inner.activeElement;
        continue;
      }
    }
    break;
  }
  return active;
}

/** The document of a same-origin iframe, or null for a cross-origin one. */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The Selection that covers `el`: the shadow root's own in Chromium, else its document's. */
export function selectionFor(el: Element): Selection | null {
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in root && typeof root.getSelection === 'function') {
    const sel = root.getSelection();
    if (sel) return sel;
  }
  return el.ownerDocument.getSelection();
}

/** True while an element is still part of a live document. */
export function isAttached(el: Element): boolean {
  return el.isConnected && el.ownerDocument.defaultView !== null;
}
