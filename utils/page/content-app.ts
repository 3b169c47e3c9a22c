import { dispatch, type ContentProtocolMap, type Handlers, type ProtocolMap, type Sender } from '../protocol';
import { createLivePrefs } from './prefs';
import { trackEditors } from '../editors/tracker';
import { frameOffset, toTop } from '../editors/frames';
import { insertIntoEditable, type InsertOutcome, moveCaretBack, saveCaret } from '../editors/insert';
import { startSlash } from './slash';
import { startToneCheck } from './tone/index';
import { mountSidebarFrame, type SidebarFrame } from './sidebar-frame';
import { DEFAULT_SITE_STATE, DEFAULT_UI_SETTINGS, type SiteState } from '../settings';
import { PlaceholderMemory, type PlaceholderValues, type RecalledValues } from '../placeholder-memory';
import { asksThePage, blanksFromPage } from './blank-facts';
import { transcriptLoader } from './transcript-loader';
import { startSuggestions } from './suggest';

type Send = Sender<ProtocolMap>;

export interface ContentAppDeps {
  win: Window;
  sidebarUrl: string;
  send: Send;
}

/** What the content script does on a chat page; the entrypoint only wires it to the browser. */
export async function startContentApp({ win, sidebarUrl, send }: ContentAppDeps) {
  const doc = win.document;
  const origin = win.location.origin;
  const tracker = trackEditors(win);
  /** What the agent filled into phrases' blanks in this chat (this page address), offered again by both forms. */
  const blanks = new PlaceholderMemory();
  const here = () => win.location.href;
  /** The transcript reader, loaded into this frame the first time the conversation is needed. */
  const reader = transcriptLoader(send);
  // Start before the saved settings arrive: a draft sent right after the page loads is checked too.
  const prefs = createLivePrefs(win.navigator.languages);
  const slash = startSlash({
    win,
    tracker,
    send,
    prefs,
    blanks: { recall: (el, names) => recallBlanks(el, names), remember: (values) => blanks.remember(here(), values) },
  });
  const suggestions = startSuggestions({ win, tracker, send, reader, insertPhrase: (el, text) => slash.insertPhrase(el, text) });
  // After the slash trigger: its Enter (pick a phrase) must win over the send check.
  const tone = startToneCheck({ win, tracker, send, prefs });
  const { state, settings } = await send('site:get', { origin }).catch(() => ({
    state: DEFAULT_SITE_STATE,
    settings: DEFAULT_UI_SETTINGS,
  }));
  prefs.apply(settings);
  const t = prefs.t;

  const remember = (next: SiteState) => void send('site:set', { origin, state: next }).catch(() => undefined);
  const frame: SidebarFrame = mountSidebarFrame({
    doc,
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

  /** The in-page hotkey: closes the in-page sidebar when the agent is in it, else opens the sidebar where they keep it. */
  function hotkeyPressed(): void {
    if (frame.isOpen && frame.hasFocus()) toggle(false);
    else openSomewhere(() => toggle(undefined, true));
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

  function refocusEditor(): void {
    const current = tracker.current();
    if (current) current.el.focus({ preventScroll: true });
  }

  async function insert(text: string, caretBack: number, panel: boolean, values: PlaceholderValues = {}): Promise<InsertOutcome> {
    // Only the sidebar asks for insertions: refuse a click the page made the agent give unseen. (The browser's side
    // panel is out of the page's reach.)
    if (!panel && !frame.isExposed()) return { ok: false, reason: 'obscured' };
    const current = tracker.current();
    if (!current) return { ok: false, reason: 'no-editor' };
    await tracker.whenIdle();
    const outcome = await insertIntoEditable(current.el, text, current.caret);
    current.caret = null;
    if (outcome.ok) {
      moveCaretBack(current.el, caretBack);
      blanks.remember(here(), values);
    }
    return outcome;
  }

  /** A phrase's blanks, as the page shows them (order number, buyer) or else as the agent filled them last time here. */
  async function recallBlanks(el: Element | null, names: readonly string[]): Promise<RecalledValues> {
    const fromPage = asksThePage(names) ? blanksFromPage(await reader(), el, names) : {};
    return { values: { ...blanks.recall(here(), names), ...fromPage }, fromPage: Object.keys(fromPage) };
  }

  const handlers: Handlers<ContentProtocolMap, unknown> = {
    'content:insert': ({ text, caretBack, panel, values }) => insert(text, caretBack, panel === true, values),
    'content:recall-values': ({ names }) => recallBlanks(tracker.current()?.el ?? null, names),
    'content:toggle-sidebar': ({ open, hotkey }) => toggle(open, hotkey),
    'content:resize-sidebar': ({ width }) => frame.resize(width),
    'content:read-draft': () => tone.report(),
    'content:apply-rewrite': (request) => tone.applyAt(request),
    'content:tone-settings-changed': () => tone.reloadSettings(),
  };

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
    onMessage(message: unknown): Promise<unknown> | undefined {
      return dispatch(handlers, message, undefined);
    },
    dispose() {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('resize', keepLauncherClear);
      slash.dispose();
      suggestions.dispose();
      tone.dispose();
      tracker.dispose();
      frame.dispose();
    },
  };
}
