// The in-page sidebar as the content script drives it: mounted in its closed shadow root, opened where the agent keeps
// it (the page or the browser's side panel), toggled by the hotkey, with the launcher kept clear of the chat input.
import type { ProtocolMap, Sender } from '../protocol';
import type { EditorTracker } from '../editors/tracker';
import type { Translate } from '../i18n';
import type { SiteState } from '../settings';
import { frameOffset, toTop } from '../editors/frames';
import { saveCaret } from '../editors/insert';
import { mountSidebarFrame } from './sidebar-frame';

export interface SidebarControlDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  sidebarUrl: string;
  state: SiteState;
  t: Translate;
  origin: string;
}

export function startSidebarControl({ win, tracker, send, sidebarUrl, state, t, origin }: SidebarControlDeps) {
  const remember = (next: SiteState) => void send('site:set', { origin, state: next }).catch(() => undefined);
  const frame = mountSidebarFrame({
    doc: win.document,
    frameUrl: async () => `${sidebarUrl}#${(await send('sidebar:register', {})).key}`,
    state,
    t,
    onStateChange: remember,
    onBeforeOpen: () => snapshotCaret(),
    onLaunch: (inPage) => openSomewhere(inPage),
  });

  /**
   * The agent asked for the sidebar (a trusted click or key, in this same task): the browser's side panel when they
   * chose it there (the background must open it before any await), else `inPage`.
   */
  function openSomewhere(inPage: () => void): void {
    void send('panel:open', {})
      .catch(() => ({ opened: false }))
      .then(({ opened }) => {
        if (!opened) inPage();
        else if (frame.isOpen) frame.close();
      });
  }

  // The launcher keeps clear of the chat input the agent is in (and of the tone badge above it).
  let clearance = 0;
  function keepLauncherClear(): void {
    if (clearance) return;
    clearance = win.requestAnimationFrame(() => {
      clearance = 0;
      const el = tracker.current()?.el;
      if (!el?.isConnected) return frame.avoid([]);
      const r = el.getBoundingClientRect();
      frame.avoid([toTop({ left: r.left, top: r.top, width: r.width, height: r.height }, frameOffset(el.ownerDocument.defaultView, win))]);
    });
  }
  tracker.onDocument((d) => d.addEventListener('focusin', keepLauncherClear, true));
  win.addEventListener('resize', keepLauncherClear);

  /** Save the caret of the focused input now, before focus leaves it for the sidebar. */
  function snapshotCaret(): void {
    const current = tracker.current();
    if (current && current.el.ownerDocument.hasFocus()) current.caret = saveCaret(current.el);
  }

  function refocusEditor(): void {
    const current = tracker.current();
    if (current) current.el.focus({ preventScroll: true });
  }

  function toggle(open?: boolean, hotkey = false): { open: boolean } {
    // The hotkey means "take me to search": it closes the sidebar only when the agent is already in it.
    if (hotkey && open === undefined && frame.isOpen && !frame.hasFocus()) {
      snapshotCaret();
      frame.open();
      return { open: true };
    }
    const next = open ?? !frame.isOpen;
    if (next) {
      snapshotCaret();
      frame.open();
    } else {
      frame.close();
      refocusEditor();
    }
    return { open: frame.isOpen };
  }

  /** The in-page hotkey: closes the in-page sidebar when the agent is in it, else opens the sidebar where they keep it. */
  function hotkeyPressed(): void {
    if (frame.isOpen && frame.hasFocus()) toggle(false);
    else openSomewhere(() => toggle(undefined, true));
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.isComposing) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH') {
      event.preventDefault();
      event.stopPropagation();
      hotkeyPressed();
    }
  }
  win.addEventListener('keydown', onKeyDown, true);

  return {
    frame,
    toggle,
    dispose(): void {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('resize', keepLauncherClear);
      frame.dispose();
    },
  };
}
