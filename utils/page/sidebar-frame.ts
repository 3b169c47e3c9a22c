import type { Translate } from '../i18n';
import { isExposed, mountShadowHost } from './guarded-host';
import { createRoom } from './make-room';
import { mountLauncher } from './launcher';
import type { Box } from '../editors/text-map';
import type { SiteState } from '../settings';

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

export function clampWidth(width: number, viewport: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewport - 200));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

const CSS = `
:host { all: initial; }
.launcher {
  position: fixed; right: 0; z-index: 2147483646; touch-action: none;
  width: 36px; height: 40px; border: 0; border-radius: 10px 0 0 10px; cursor: pointer;
  background: #d9480f; color: #fff; font: 600 15px/40px system-ui, sans-serif; padding: 0; margin: 0;
  box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.launcher:focus-visible { outline: 3px solid #1c7ed6; outline-offset: 2px; }
.launcher[hidden], .panel[hidden], .launcher-menu[hidden] { display: none; }
.launcher-menu {
  position: fixed; right: 40px; z-index: 2147483646; display: flex; flex-direction: column; min-width: 220px;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px; padding: 4px; margin: 0;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); font: 14px/1.4 system-ui, sans-serif;
}
.launcher-menu button {
  all: unset; display: block; padding: 6px 10px; border-radius: 6px; cursor: pointer; color: inherit;
}
.launcher-menu button:hover, .launcher-menu button:focus-visible { background: #e7f0fb; outline: 2px solid #1c7ed6; }
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483647;
  display: flex; background: transparent; margin: 0; padding: 0;
}
.handle {
  width: 6px; cursor: ew-resize; background: transparent; border: 0; padding: 0; margin: 0;
}
.handle:hover, .handle:focus-visible { background: rgba(28,126,214,.35); outline: none; }
iframe {
  border: 0; margin: 0; padding: 0; height: 100%; display: block; color-scheme: normal;
  box-shadow: -2px 0 12px rgba(0,0,0,.18); background: transparent;
}
`;

export interface SidebarFrame {
  readonly isOpen: boolean;
  /** Opens it; `focus` (default true) moves the keyboard into it. */
  open(focus?: boolean): void;
  close(): void;
  resize(width: number): void;
  setLabels(t: Translate): void;
  /** Keep the launcher clear of these boxes (the chat input the agent is in). */
  avoid(boxes: readonly Box[]): void;
  /** True when the keyboard is in the sidebar. */
  hasFocus(): boolean;
  /** True when the open sidebar is drawn as the agent sees it (not hidden or covered by the page). */
  isExposed(): boolean;
  dispose(): void;
}

export interface SidebarFrameOptions {
  doc: Document;
  /** The URL to frame, with the one-time key the background gave for it (asked for at each mount). */
  frameUrl(): Promise<string>;
  state: SiteState;
  t: Translate;
  /** Called after every change the agent makes (to remember it for the site). */
  onStateChange(state: SiteState): void;
  /** The launcher was pressed: opens the sidebar somewhere (`inPage` opens this one). Default: here. */
  onLaunch?(inPage: () => void): void;
  /** Called when the launcher is pressed, before the sidebar opens (to remember the input). */
  onBeforeOpen(): void;
}

/** The separator at the sidebar's left edge that the agent drags (or moves with ←/→) to resize it. */
function resizeHandle(doc: Document): HTMLElement {
  const handle = doc.createElement('div');
  handle.className = 'handle';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-valuemin', String(MIN_WIDTH));
  handle.setAttribute('aria-valuemax', String(MAX_WIDTH));
  return handle;
}

/** The iframe of the extension's sidebar page; its URL (with the one-time key) is asked for now. */
function sidebarIframe(doc: Document, frameUrl: () => Promise<string>, onLoad: (frame: HTMLIFrameElement) => void): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.addEventListener('load', () => onLoad(frame));
  void frameUrl().then(
    (url) => (frame.src = url),
    () => undefined,
  );
  frame.setAttribute('allow', 'clipboard-write');
  frame.title = '';
  return frame;
}

interface HandleActions {
  /** The sidebar's frame, if there is one yet: it takes no pointer events during a drag (or it would swallow them). */
  frame(): HTMLIFrameElement | null;
  width(): number;
  /** A drag moved the edge: the sidebar is this wide now (not yet remembered). */
  dragTo(width: number): void;
  /** The drag ended: remember the width. */
  dragEnd(): void;
  /** ←/→: resize and remember. */
  resize(width: number): void;
}

/** Trusted drags and arrow keys on the handle resize the sidebar. */
function wireHandle(handle: HTMLElement, view: Window, act: HandleActions): void {
  handle.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    const atStart = act.frame();
    if (atStart) atStart.style.pointerEvents = 'none';
    const move = (ev: PointerEvent) => act.dragTo(view.innerWidth - ev.clientX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      const atEnd = act.frame();
      if (atEnd) atEnd.style.pointerEvents = '';
      act.dragEnd();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
  });
  handle.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'ArrowLeft') act.resize(act.width() + 20);
    else if (e.key === 'ArrowRight') act.resize(act.width() - 20);
    else return;
    e.preventDefault();
  });
}

/**
 * The sidebar's home on the page: a closed shadow root (page scripts and page CSS cannot reach
 * in) holding the launcher and an iframe of the extension's own sidebar page. The phrase library
 * only ever lives inside that cross-origin iframe.
 */
export function mountSidebarFrame(options: SidebarFrameOptions): SidebarFrame {
  const { doc } = options;
  const view = doc.defaultView ?? window;
  let state: SiteState = { ...options.state, width: clampWidth(options.state.width, view.innerWidth) };

  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  const handle = resizeHandle(doc);
  let frame: HTMLIFrameElement | null = null;
  let focusOnLoad = false;
  panel.append(handle);
  const { host, shadow, dispose } = mountShadowHost(doc, CSS, [panel]);
  const launcher = mountLauncher({
    doc,
    root: shadow,
    bottom: state.launcherBottom,
    hidden: state.launcherHidden,
    t: options.t,
    onPress: () => {
      options.onBeforeOpen();
      if (options.onLaunch) options.onLaunch(open);
      else open();
    },
    onChange: ({ bottom, hidden }) => {
      state = { ...state, launcherBottom: bottom, launcherHidden: hidden };
      options.onStateChange(state);
    },
  });

  const room = createRoom(doc, (el) => el === host);

  function setLabels(t: Translate): void {
    launcher.setLabels(t);
    handle.setAttribute('aria-label', t('sidebar.resize'));
    frame?.setAttribute('title', t('sidebar.label'));
  }
  setLabels(options.t);

  function layout(): void {
    handle.setAttribute('aria-valuenow', String(state.width));
    if (frame) frame.style.width = `${state.width}px`;
    // Keep the page usable: move its content, and its fixed layers at the right edge, out from under the sidebar.
    if (!panel.hidden) room.make(state.width + 6);
  }

  /** `focus: false` when the sidebar comes back by itself (page load): the agent's keys stay where they are. */
  function open(focus = true): void {
    if (!frame) {
      // Focus given before the sidebar page loaded does not reach its search box: give it again once it has, unless
      // the agent has gone elsewhere meanwhile.
      frame = sidebarIframe(doc, () => options.frameUrl(), (loaded) => {
        if (focusOnLoad && doc.activeElement === host) loaded.contentWindow?.focus();
        focusOnLoad = false;
      });
      setLabels(options.t);
      panel.append(frame);
    }
    panel.hidden = false;
    launcher.setVisible(false);
    layout();
    if (focus) {
      focusOnLoad = true;
      frame.focus();
    }
    if (!state.open) {
      state = { ...state, open: true };
      options.onStateChange(state);
    }
  }

  function close(): void {
    panel.hidden = true;
    launcher.setVisible(true);
    room.release();
    if (state.open) {
      state = { ...state, open: false };
      options.onStateChange(state);
    }
  }

  function resize(width: number): void {
    state = { ...state, width: clampWidth(width, view.innerWidth) };
    layout();
    options.onStateChange(state);
  }

  wireHandle(handle, view, {
    frame: () => frame,
    width: () => state.width,
    dragTo(width) {
      state = { ...state, width: clampWidth(width, view.innerWidth) };
      layout();
    },
    dragEnd: () => options.onStateChange(state),
    resize,
  });

  if (state.open) open(false);

  return {
    get isOpen() {
      return !panel.hidden;
    },
    open,
    close,
    resize,
    setLabels,
    avoid: (boxes) => launcher.avoid(boxes),
    // Focus inside the closed shadow root (the frame) shows on the page as focus on the host.
    hasFocus: () => !panel.hidden && doc.hasFocus() && doc.activeElement === host,
    isExposed: () => !panel.hidden && frame !== null && isExposed(host, frame, view),
    dispose() {
      room.release();
      dispose();
    },
  };
}
