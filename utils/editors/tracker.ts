import { asEditable, deepActiveElement, isAttached, sameOriginDocument, type EditableElement, type EditorRange } from './dom';
import { saveCaret } from './insert';
import { createCompositionState } from './composition';

export interface TrackedEditor {
  el: EditableElement;
  /** Caret saved when focus left the input (null while it is focused: read it live). */
  caret: EditorRange | null;
}

export interface EditorTracker {
  /** The chat input the agent typed in last (focused now, or left for the sidebar). */
  current(): TrackedEditor | null;
  /** True while an IME composition (trusted events only, with a time-out) is in progress in a watched document. */
  isComposing(): boolean;
  /** True when `event` is the compositionend of a trusted composition (not one a page script made up). */
  endedComposition(event: Event): boolean;
  /** Resolves when no composition is in progress (at once if none is). */
  whenIdle(): Promise<void>;
  /** Call `listener` for every document watched now and later (the top one, same-origin iframes). */
  onDocument(listener: (doc: Document) => void): void;
  dispose(): void;
}

const COMPOSITION_EVENTS = ['compositionstart', 'compositionupdate', 'compositionend'] as const;

/**
 * Remember the chat input the agent is typing in, across open shadow roots and same-origin
 * iframes, and where its caret was when focus moved away (to the sidebar, say).
 */
export function trackEditors(win: Window): EditorTracker {
  let last: TrackedEditor | null = null;
  const composition = createCompositionState({
    now: () => win.performance.now(),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  });
  const watched = new Set<Document>();
  const cleanups: (() => void)[] = [];
  const docListeners: ((doc: Document) => void)[] = [];

  function remember(el: EditableElement | null): void {
    if (el) last = { el, caret: null };
  }

  function onFocusIn(event: Event): void {
    const doc = (event.currentTarget as Document) ?? win.document;
    const active = deepActiveElement(doc);
    if (active && (active.localName === 'iframe' || active.localName === 'frame')) {
      const inner = sameOriginDocument(active as HTMLIFrameElement);
      if (inner) watch(inner);
      return;
    }
    remember(asEditable(active));
  }

  function onFocusOut(event: Event): void {
    const path = event.composedPath();
    const left = path.length > 0 ? asEditable(path[0] as Element) : null;
    if (left && last && left === last.el) last = { el: left, caret: saveCaret(left) };
  }

  const onComposition = (event: Event) => composition.onEvent(event);

  function onWindowBlur(): void {
    // Focus moved into a child frame: the top document fires no focusin for it.
    const active = win.document.activeElement;
    if (active && active.localName === 'iframe') {
      const inner = sameOriginDocument(active as HTMLIFrameElement);
      if (inner) {
        watch(inner);
        remember(asEditable(deepActiveElement(inner)));
      }
    }
  }

  function watch(doc: Document): void {
    if (watched.has(doc)) return;
    watched.add(doc);
    const opts = { capture: true } as const;
    doc.addEventListener('focusin', onFocusIn, opts);
    doc.addEventListener('focusout', onFocusOut, opts);
    for (const type of COMPOSITION_EVENTS) doc.addEventListener(type, onComposition, opts);
    cleanups.push(() => {
      doc.removeEventListener('focusin', onFocusIn, opts);
      doc.removeEventListener('focusout', onFocusOut, opts);
      for (const type of COMPOSITION_EVENTS) doc.removeEventListener(type, onComposition, opts);
    });
    const view = doc.defaultView;
    if (view && view !== win) view.addEventListener('blur', onWindowBlur);
    docListeners.forEach((l) => l(doc));
  }

  watch(win.document);
  win.addEventListener('blur', onWindowBlur);
  cleanups.push(() => win.removeEventListener('blur', onWindowBlur));
  remember(asEditable(deepActiveElement(win.document)));

  return {
    current() {
      if (last && !isAttached(last.el)) last = null;
      return last;
    },
    isComposing: () => composition.isComposing(),
    whenIdle: () => composition.whenIdle(),
    endedComposition: (event) => composition.ended(event),
    onDocument(listener) {
      docListeners.push(listener);
      watched.forEach((doc) => listener(doc));
    },
    dispose() {
      composition.dispose();
      cleanups.forEach((c) => c());
      watched.clear();
    },
  };
}
