import { dispatch, type ContentProtocolMap, type Handlers, type ProtocolMap, type Sender } from '../protocol';
import { createLivePrefs } from './prefs';
import { trackEditors } from '../editors/tracker';
import { insertIntoEditable, type InsertOutcome, moveCaretBack } from '../editors/insert';
import { startSlash } from './slash';
import { startToneCheck } from './tone/index';
import { DEFAULT_SITE_STATE, DEFAULT_UI_SETTINGS } from '../settings';
import { PlaceholderMemory, type PlaceholderValues, type RecalledValues } from '../placeholder-memory';
import { asksThePage, blanksFromPage } from './blank-facts';
import { transcriptLoader } from './transcript-loader';
import { startSuggestions } from './suggest';
import { startSidebarControl } from './sidebar-control';
import { startReplyClock } from './clock/index';
import { startTeach } from './teach';
import { startUsageWatch } from './usage-watch';

type Send = Sender<ProtocolMap>;

export interface ContentAppDeps {
  win: Window;
  sidebarUrl: string;
  send: Send;
}

/** What the content script does on a chat page; the entrypoint only wires it to the browser. */
export async function startContentApp({ win, sidebarUrl, send }: ContentAppDeps) {
  const origin = win.location.origin;
  const tracker = trackEditors(win);
  /** What the agent filled into phrases' blanks in this chat (this page address), offered again by both forms. */
  const blanks = new PlaceholderMemory();
  const here = () => win.location.href;
  /** The transcript reader, loaded into this frame the first time the conversation is needed. */
  const reader = transcriptLoader(send);
  // Start before the saved settings arrive: a draft sent right after the page loads is checked too.
  const prefs = createLivePrefs(win.navigator.languages);
  const usage = startUsageWatch(tracker, send, (run) => void win.setTimeout(run, 0));
  const slash = startSlash({
    win,
    tracker,
    send,
    prefs,
    blanks: { recall: (el, names) => recallBlanks(el, names), remember: (values) => blanks.remember(here(), values) },
    inserted: (el, use, text) => usage.inserted(el, use, text),
  });
  const clock = startReplyClock({ win, tracker, send, t: prefs.t, origin });
  void clock.reload();
  const teach = startTeach({ tracker, send, reader, origin, onRuleChanged: () => suggestions.restart() });
  const suggestions = startSuggestions({
    win,
    tracker,
    send,
    reader,
    insertPhrase: (el, text, use) => slash.insertPhrase(el, text, 0, use),
    onMessages: (sides) => clock.onMessages(sides),
    onConversationChanged: () => clock.onConversationChanged(),
    rule: () => teach.rule(),
  });
  // After the slash trigger: its Enter (pick a phrase) must win over the send check.
  const tone = startToneCheck({ win, tracker, send, prefs });
  const { state, settings } = await send('site:get', { origin }).catch(() => ({
    state: DEFAULT_SITE_STATE,
    settings: DEFAULT_UI_SETTINGS,
  }));
  prefs.apply(settings);
  const t = prefs.t;

  const sidebar = startSidebarControl({ win, tracker, send, sidebarUrl, state, t, origin });
  const frame = sidebar.frame;

  async function insert(text: string, caretBack: number, panel: boolean, values: PlaceholderValues = {}, use?: number): Promise<InsertOutcome> {
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
      usage.inserted(current.el, use, text);
    }
    return outcome;
  }

  /** A phrase's blanks, as the page shows them (order number, buyer) or else as the agent filled them last time here. */
  async function recallBlanks(el: Element | null, names: readonly string[]): Promise<RecalledValues> {
    const fromPage = asksThePage(names) ? blanksFromPage(await reader(), el, names) : {};
    return { values: { ...blanks.recall(here(), names), ...fromPage }, fromPage: Object.keys(fromPage) };
  }

  const handlers: Handlers<ContentProtocolMap, unknown> = {
    'content:insert': ({ text, caretBack, panel, values, use }) => insert(text, caretBack, panel === true, values, use),
    'content:recall-values': ({ names }) => recallBlanks(tracker.current()?.el ?? null, names),
    'content:toggle-sidebar': ({ open, hotkey }) => sidebar.toggle(open, hotkey),
    'content:resize-sidebar': ({ width }) => frame.resize(width),
    'content:read-draft': () => tone.report(),
    'content:apply-rewrite': (request) => tone.applyAt(request),
    'content:tone-settings-changed': () => tone.reloadSettings(),
    'content:clock-settings-changed': () => clock.reload(),
    'content:teach': () => teach.teach(),
    'content:teach-changed': () => teach.changed(),
  };

  return {
    onMessage(message: unknown): Promise<unknown> | undefined {
      return dispatch(handlers, message, undefined);
    },
    dispose() {
      slash.dispose();
      usage.dispose();
      clock.dispose();
      teach.dispose();
      suggestions.dispose();
      tone.dispose();
      tracker.dispose();
      sidebar.dispose();
    },
  };
}
