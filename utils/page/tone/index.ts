// The tone check in the chat input: underlines in an overlay, a badge, a popover with rewrites, and a check before
// the page sends. Never edits the draft except on the agent's action, and then only through the editor's own input
// handling (rewrite.ts). This file only wires the parts around one state object (state.ts).
import { builtInToneTables } from '../../../phrases/rules/tables';
import type { ToneFinding } from '../../tone/index';
import { loadedLinearMatcher } from '../../tone/scanner';
import type { ProtocolMap, Sender } from '../../protocol';
import type { EditorTracker } from '../../editors/tracker';
import { isAttached } from '../../editors/dom';
import { readTextMap } from '../../editors/text-map';
import type { LivePrefs } from '../prefs';
import { checkDraft, toDraftFinding } from './check';
import { createFrame } from './frame';
import { createGestures } from './gestures';
import { createHover } from './hover';
import { createToneOverlay } from './overlay';
import { createRewriter } from './rewrite';
import { createSendCheck } from './send-check';
import { findSendButtons } from './send-guard';
import { createSettingsLoader } from './settings';
import { createToneState, type ToneContext } from './state';
import type { DraftReport, ToneApplyRequest } from './draft-report';

export interface ToneCheckDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  /** UI language (also of the findings' reasons) and strings; follows the saved settings. */
  prefs: Pick<LivePrefs, 'locale' | 't'>;
}

export interface ToneCheck {
  /** The draft's findings and those of the last messages sent from this page (for the sidebar). */
  report(): DraftReport;
  /** Apply one rewrite to the draft, if draft[start, end) still reads `text`. */
  applyAt(request: ToneApplyRequest): Promise<{ ok: boolean }>;
  /** Read the agent's settings and allow-list again (they changed). */
  reloadSettings(): void;
  dispose(): void;
}

/** How long after team rules ran out of time on a draft they get one more try (see compute). */
const SLOW_RETRY_MS = 150;

/** How often to notice changes no event tells about (the page clearing the draft, re-rendering the composer). */
const POLL_MS = 250;

interface Listen {
  where: 'doc' | 'view';
  type: string;
  handler: EventListener;
  options: boolean | AddEventListenerOptions;
}
function onDoc<K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, options: Listen['options']): Listen {
  return { where: 'doc', type, handler: handler as EventListener, options };
}
function onView<K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void, options: Listen['options']): Listen {
  return { where: 'view', type, handler: handler as EventListener, options };
}

export function startToneCheck({ win, tracker, send, prefs }: ToneCheckDeps): ToneCheck {
  const topDoc = win.document;
  const state = createToneState();
  const overlay = createToneOverlay(topDoc, prefs.t);

  function compute(text: string): ToneFinding[] {
    const { settings, allow, ignored, rules } = state;
    const result = checkDraft(text, { rules, settings, allow, ignored, locale: prefs.locale, linear: loadedLinearMatcher(), tables: builtInToneTables });
    if (result.ran) state.checkState = result.ran;
    // Team rules run within a time budget; the first run after they arrive (the matcher warming up) or a stall of a
    // busy machine can miss it. Such a draft is checked once more soon after, so one slow moment does not leave the
    // badge saying the team's rules could not run; a second miss stands (the check fails closed).
    if (result.slow && state.slowRetried !== text) {
      state.slowRetried = text;
      win.setTimeout(recheck, SLOW_RETRY_MS);
    }
    return result.findings;
  }
  function schedule(): void {
    if (state.raf || state.disposed) return;
    state.raf = win.requestAnimationFrame(frame.run);
  }
  function recheck(): void {
    state.lastText = null;
    schedule();
  }

  const ctx: ToneContext = { win, topDoc, t: prefs.t, tracker, send, state, overlay, compute, schedule, recheck, closePopover: () => hover.close() };
  const hover = createHover(ctx, (f, s) => void rewrite.applyOne(f, s));
  const rewrite = createRewriter(ctx);
  const sendCheck = createSendCheck(ctx, rewrite);
  const gestures = createGestures(ctx, sendCheck, hover);
  const loadSettings = createSettingsLoader(ctx);
  const frame = createFrame(ctx, hover);

  const docs: Document[] = [];
  const onChange = () => schedule();
  const onCompositionEnd = (event: Event) => {
    if (!tracker.endedComposition(event)) return;
    (event.currentTarget as Document).defaultView?.setTimeout(schedule, 0);
  };
  const passive = { capture: true, passive: true };
  /** What the check listens to in every document the tracker finds (the top one and same-origin frames), and its window. */
  const listens = [
    onDoc('input', onChange, true),
    onDoc('compositionend', onCompositionEnd, true),
    onDoc('selectionchange', onChange, false),
    onDoc('scroll', onChange, passive),
    onDoc('mousemove', hover.onMouseMove, passive),
    onDoc('click', gestures.onClick, true),
    onDoc('submit', gestures.onSubmit, true),
    onView('keydown', gestures.onKeyDown, true),
    onView('resize', onChange, false),
  ];
  function listen(doc: Document, on: boolean): void {
    for (const { where, type, handler, options } of listens) {
      const target = where === 'doc' ? doc : doc.defaultView;
      if (on) target?.addEventListener(type, handler, options);
      else target?.removeEventListener(type, handler, options);
    }
  }
  tracker.onDocument((doc) => {
    docs.push(doc);
    listen(doc, true);
  });
  let ticks = 0;
  const poll = win.setInterval(() => {
    // Composers re-render: look for their send buttons again now and then, not on every tick.
    if (state.el && ++ticks % 4 === 0) state.sendButtons = findSendButtons(state.el).filter((b) => b.isConnected);
    schedule();
  }, POLL_MS);

  const onVisible = () => {
    if (topDoc.visibilityState === 'visible') loadSettings(false);
  };
  const onFocus = () => loadSettings(false);
  topDoc.addEventListener('visibilitychange', onVisible);
  win.addEventListener('focus', onFocus);
  loadSettings(true);

  function report(): DraftReport {
    const target = tracker.current()?.el ?? null;
    const live = target !== null && isAttached(target);
    const text = live ? readTextMap(target).text : '';
    return { editor: live, enabled: state.enabled, text, findings: live && state.enabled ? compute(text).map(toDraftFinding) : [], sent: state.sent };
  }

  return {
    report,
    applyAt: rewrite.applyAt,
    reloadSettings: () => loadSettings(false),
    dispose() {
      state.disposed = true;
      topDoc.removeEventListener('visibilitychange', onVisible);
      win.removeEventListener('focus', onFocus);
      win.clearInterval(poll);
      if (state.raf) win.cancelAnimationFrame(state.raf);
      win.clearTimeout(state.hoverTimer);
      win.clearTimeout(state.throttle);
      state.resizeObserver?.disconnect();
      for (const doc of docs) listen(doc, false);
      overlay.dispose();
    },
  };
}
