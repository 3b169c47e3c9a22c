import type { ToneFinding, ToneModel, ToneRule } from '../../tone/index';
import { checkToneWith, combineRules, markReviewed } from '../../tone/engine';
import { loadedLinearMatcher } from '../../tone/scanner';
import type { DraftFinding, DraftReport, ProtocolMap, Sender, SentCheck, ToneAllowEntry, ToneApplyRequest, ToneSettings } from '../../protocol';
import type { Translate } from '../../i18n';
import type { EditorTracker } from '../../editors/tracker';
import { asEditable, deepActiveElement, editorKind, isAttached, type EditableElement } from '../../editors/dom';
import { insertIntoEditable, restoreCaret, saveCaret, settleSelection } from '../../editors/insert';
import { readDraftText, readTextMap, type Box, type SpanSelection, type TextMap } from '../../editors/text-map';
import { applyFixes, chooseFixes, SEVERITY_RANK } from '../../tone/rewrite';
import { blocking, findingAtCaret, findingKey, visibleFindings, worstSeverity } from './findings';
import { createToneOverlay, type MarkSpec } from './overlay';
import { createPopover } from './popover';
import { askBeforeSending } from './dialog';
import { createInsistence } from './insistence';
import { findSendButtons, isSendKey, sendButtonFor } from './send-guard';
import { replaySendClick, replaySendKey } from './replay';
import { frameOffset as offsetIn, toTop } from '../../editors/frames';
import type { LivePrefs } from '../prefs';

export interface ToneCheckDeps {
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  /** UI language (also of the findings' reasons) and strings; follows the saved settings. */
  prefs: Pick<LivePrefs, 'locale' | 't'>;
}

export interface ToneCheck {
  /** Findings on the current draft (as shown). */
  findings(): readonly ToneFinding[];
  /** The draft's findings and those of the last messages sent from this page (for the sidebar). */
  report(): DraftReport;
  /** Apply one rewrite to the draft, if draft[start, end) still reads `text`. */
  applyAt(request: ToneApplyRequest): Promise<{ ok: boolean }>;
  /** Read the agent's settings and allow-list again (they changed). */
  reloadSettings(): void;
  dispose(): void;
}

const FALLBACK: ToneSettings = { mode: 'block', threshold: 'error', disabledCategories: [], disabledRules: [], disabledSites: [] };
/** How often to notice changes no event tells about (the page clearing the draft, re-rendering the composer). */
const POLL_MS = 250;
const HOVER_GRACE_MS = 300;
/**
 * Least time between two checks while the draft keeps changing: fast typing (or a paste burst) is
 * checked at the end of each burst slice instead of on every frame; underlines catch up within it.
 */
const CHECK_MS = 120;
/** How many sent messages the sidebar's "Draft check" keeps for this page. */
const SENT_KEPT = 5;
/** One send gesture can reach us twice (keydown, then the form's submit): the same text this soon is the same send. */
const SAME_SEND_MS = 1500;
/** Longest a send waits for the rules on a page that has just loaded before the check says it cannot run. */
const FIRST_LOAD_WAIT_MS = 3000;

function toDraftFinding(f: ToneFinding): DraftFinding {
  const { start, end, text, ruleId, category, severity, message, suggestions, safe } = f;
  return { start, end, text, ruleId, category, severity, message, suggestions: [...suggestions], safe };
}

/**
 * The tone check in the chat input: underlines in an overlay, a badge, a popover with rewrites,
 * and a check before the page sends. Never edits the draft except on the agent's action, and then
 * only through the editor's own input handling (insertIntoEditable).
 */
export function startToneCheck({ win, tracker, send, prefs }: ToneCheckDeps): ToneCheck {
  const topDoc = win.document;
  const t: Translate = prefs.t;
  let settings: ToneSettings = FALLBACK;
  /** Rules the agent keeps sending past; the check-could-not-run notices are never offered. */
  const insistence = createInsistence((ruleId) => !ruleId.startsWith('check-'));
  /** On with the default settings until the agent's settings arrive (a send right after load is still checked). */
  let enabled = true;
  let allow: ToneAllowEntry[] = [];
  let disposed = false;

  const overlay = createToneOverlay(topDoc, t);
  const popover = createPopover(topDoc, overlay.shadow, t, {
    apply: (f, s) => void applyOne(f, s),
    ignore: (f) => {
      ignored.add(findingKey(f));
      closePopover();
      recheck();
    },
    allow: (f) => {
      const entry = { ruleId: f.ruleId, text: f.text };
      allow = [...allow, entry];
      void send('tone:allow', entry).catch(() => undefined);
      closePopover();
      recheck();
    },
  });

  let el: EditableElement | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let lastText: string | null = null;
  /** Built-in rules with the team packs' own (see combineRules), from the background; null until they arrive (or
   *  when it cannot be reached): the check cannot run, and the badge says so. */
  let rules: readonly ToneRule[] | null = null;
  /** The built-in rules and model as the background last sent them, and their version. */
  let builtIn: { version: string; rules: readonly ToneRule[]; model: ToneModel | null } | null = null;
  let rulesKey = '[]';
  /** Where the input was when the overlay was last drawn ("" = draw again). */
  let lastDrawnAt = '';
  let findings: ToneFinding[] = [];
  let spans: MarkSpec[] = [];
  const ignored = new Set<string>();
  let popoverSource: 'hover' | 'caret' | null = null;
  let dismissedAtCaret: string | null = null;
  let hoverTimer = 0;
  let raf = 0;
  let throttle = 0;
  let lastCheckAt = -Infinity;
  let sendButtons: Element[] = [];
  let busy = false;
  /** A form submit we re-issue after "Send anyway" passes once. */
  let letSubmitThrough: HTMLFormElement | null = null;
  /** Messages sent from this page, newest first. */
  let sent: SentCheck[] = [];

  /** Note the draft the agent is sending now (the page's send key, button or form went through). */
  function noteSent(target: EditableElement): void {
    const text = readTextMap(target).text;
    if (text.trim() === '') return;
    const at = Date.now();
    const last = sent[0];
    if (last && last.text === text && at - last.at < SAME_SEND_MS) return;
    sent = [{ text, at, findings: enabled ? compute(text).map(toDraftFinding) : [] }, ...sent].slice(0, SENT_KEPT);
  }

  /** What the last check could run with: everything, the built-in rules only (a team rule threw), or nothing. */
  let checkState: 'full' | 'built-in' | 'none' = 'none';

  /** The findings, or [] with checkState 'none' when no rule set can run: callers must not read that as a pass. */
  function compute(text: string): ToneFinding[] {
    if (text.trim() === '') return [];
    const options = { locale: prefs.locale, model: builtIn?.model ?? null, linear: loadedLinearMatcher() };
    let raw: ToneFinding[] = [];
    try {
      if (rules === null) throw new Error('no rules yet');
      raw = checkToneWith(text, rules, options);
      checkState = 'full';
    } catch {
      try {
        if (!builtIn) throw new Error('no built-in rules');
        raw = checkToneWith(text, builtIn.rules, options);
        checkState = 'built-in';
      } catch {
        checkState = 'none';
        return [];
      }
    }
    return visibleFindings(raw, settings, allow, ignored).sort(
      (a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    );
  }

  /** A whole-message finding that stands for "the check could not run", so the send check fails closed. */
  function unavailableFinding(): ToneFinding {
    return { start: 0, end: 0, text: '', ruleId: 'check-unavailable', category: 'check', severity: 'error', message: t('tone.unavailable'), suggestions: [], safe: false };
  }

  /** The same when only the built-in rules could run (a team rule threw, was too slow or its matcher is missing). */
  function partialFinding(): ToneFinding {
    return { start: 0, end: 0, text: '', ruleId: 'check-partial', category: 'check', severity: 'error', message: t('tone.partial'), suggestions: [], safe: false };
  }

  /** Check the draft again on the next frame even if its text did not change (settings, allow-list). */
  function recheck(): void {
    lastText = null;
    schedule();
  }

  function schedule(): void {
    if (raf || disposed) return;
    raf = win.requestAnimationFrame(run);
  }

  function attach(next: EditableElement | null): void {
    resizeObserver?.disconnect();
    resizeObserver = null;
    el = next;
    lastText = null;
    lastDrawnAt = '';
    findings = [];
    ignored.clear();
    closePopover();
    sendButtons = next ? findSendButtons(next) : [];
    if (next && typeof ResizeObserver === 'function') {
      resizeObserver = new ResizeObserver(() => schedule());
      resizeObserver.observe(next);
    }
  }

  const frameOffset = (view: Window | null) => offsetIn(view, win);

  function hideAll(): void {
    lastDrawnAt = '';
    overlay.hide();
    spans = [];
    closePopover();
  }

  function run(): void {
    raf = 0;
    if (disposed) return;
    const current = tracker.current()?.el ?? null;
    if (current !== el) attach(current);
    if (!el || !enabled || !isAttached(el)) {
      if (el && !isAttached(el)) attach(null);
      hideAll();
      return;
    }
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      hideAll();
      return;
    }
    const changed = readDraftText(el) !== lastText;
    // A clean draft that did not change or move has nothing new to draw: most ticks end here.
    const drawnAt = `${rect.left},${rect.top},${rect.width},${rect.height}`;
    if (!changed && findings.length === 0 && !popover.finding && drawnAt === lastDrawnAt) return;
    if (changed) {
      if (tracker.isComposing()) {
        // Never check a draft with an IME composition in it; compositionend schedules the check.
        overlay.drawMarks([], clipBox(el));
        return;
      }
      const wait = lastCheckAt + CHECK_MS - win.performance.now();
      if (wait > 0) {
        if (!throttle) throttle = win.setTimeout(() => ((throttle = 0), schedule()), wait);
        return;
      }
      lastCheckAt = win.performance.now();
    }
    const map = readTextMap(el, overlay.shadow);
    lastDrawnAt = drawnAt;
    if (changed) {
      lastText = map.text;
      if (map.text === '') ignored.clear();
      findings = compute(map.text);
      if (popoverSource === 'caret' || popover.finding) closePopover();
    }
    layout(map);
    if (!changed) caretPopover(map);
  }

  function clipBox(input: EditableElement): Box {
    const off = frameOffset(input.ownerDocument.defaultView);
    const r = input.getBoundingClientRect();
    return toTop({ left: r.left + input.clientLeft, top: r.top + input.clientTop, width: input.clientWidth || r.width, height: input.clientHeight || r.height }, off);
  }

  /** Reads every position first, then writes the overlay once: one layout per frame, not one per read. */
  function layout(map: TextMap): void {
    if (!el) return;
    const off = frameOffset(el.ownerDocument.defaultView);
    const clip = clipBox(el);
    const input = toTop(el.getBoundingClientRect(), off);
    const avoid = sendButtons.map((b) => toTop(b.getBoundingClientRect(), frameOffset(b.ownerDocument.defaultView)));
    const spanned = findings.filter((f) => f.end > f.start);
    const measured = map.boxesOf(spanned.map((f) => [f.start, f.end] as const));
    spans = spanned.map((finding, i) => ({ finding, boxes: (measured[i] ?? []).map((b) => toTop(b, off)) }));
    overlay.drawMarks(spans, clip);
    if (checkState === 'none' && map.text.trim() !== '') overlay.drawBadge(null, null, input, avoid);
    else if (map.text.trim() === '') overlay.drawBadge(0, null, input, avoid);
    else overlay.drawBadge(findings.length, worstSeverity(findings), input, avoid, checkState === 'built-in');
  }

  function spanId(f: ToneFinding): string {
    return `${f.ruleId}:${f.start}:${f.end}`;
  }

  function caretPopover(map: TextMap): void {
    if (!el || busy || asEditable(deepActiveElement(topDoc)) !== el) {
      if (popoverSource === 'caret') closePopover();
      return;
    }
    const caret = map.caret();
    const hit = caret === null ? null : findingAtCaret(findings, caret);
    if (!hit) {
      dismissedAtCaret = null;
      if (popoverSource === 'caret') closePopover();
      return;
    }
    if (dismissedAtCaret === spanId(hit)) return;
    if (popover.finding && spanId(popover.finding) === spanId(hit)) return;
    showPopover(hit, 'caret');
  }

  function showPopover(finding: ToneFinding, source: 'hover' | 'caret'): void {
    const span = spans.find((s) => s.finding === finding);
    const anchor = span?.boxes[span.boxes.length - 1];
    if (!anchor) return;
    win.clearTimeout(hoverTimer);
    popoverSource = source;
    popover.show(finding, anchor);
  }

  function closePopover(): void {
    win.clearTimeout(hoverTimer);
    popoverSource = null;
    if (popover.finding) popover.close();
  }

  // ------------------------------------------------------------ editing

  /**
   * Replace draft[start, end) with `text` through the editor's own input handling. Rich editors copy
   * the DOM selection into their model asynchronously and may re-apply their own selection while
   * they render a previous edit, so the span is selected until it stays selected.
   */
  async function replaceSpan(target: EditableElement, start: number, end: number, text: string): Promise<boolean> {
    if (text === '') {
      // Some editors (Slate) ignore a programmatic delete: replace the span and a neighbouring character with that
      // character instead, which every editor takes through its paste path.
      const draft = readTextMap(target).text;
      const isLow = (i: number) => draft.charCodeAt(i) >= 0xdc00 && draft.charCodeAt(i) <= 0xdfff;
      if (start > 0) {
        const from = start >= 2 && isLow(start - 1) ? start - 2 : start - 1;
        return replaceSpan(target, from, end, draft.slice(from, start));
      }
      const next = draft.slice(end, end + (isLow(end + 1) ? 2 : 1));
      if (next !== '') return replaceSpan(target, start, end + next.length, next);
    }
    await tracker.whenIdle();
    const doc = target.ownerDocument;
    const rich = editorKind(target) === 'rich';
    let selection: SpanSelection | null = null;
    for (let attempt = 0; attempt < 4; attempt++) {
      const map = readTextMap(target);
      selection = map.selection(start, end);
      if (!selection) return false;
      restoreCaret(target, selection);
      if (!rich) break;
      await settleSelection(doc);
      const now = readTextMap(target).selected();
      if (now && now[0] === start && now[1] === end) break;
    }
    if (!selection) return false;
    if (text !== '') return (await insertIntoEditable(target, text, selection)).ok;
    // An empty rewrite deletes the span as if the agent pressed Delete on the selection.
    return doc.execCommand('delete');
  }

  /** Resolves once the draft reads `expected` (the editor rendered an edit), or after ~0.5 s. */
  async function rendered(target: EditableElement, expected: string): Promise<void> {
    const view = target.ownerDocument.defaultView ?? win;
    for (let i = 0; i < 30 && readDraftText(target) !== expected; i++) await nextFrame(view);
  }

  function nextFrame(view: Window): Promise<void> {
    return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
  }

  async function applyOne(finding: ToneFinding, suggestion: string): Promise<void> {
    const target = el;
    closePopover();
    if (!target || busy) return;
    if (readTextMap(target).text.slice(finding.start, finding.end) !== finding.text) return schedule();
    busy = true;
    try {
      await replaceSpan(target, finding.start, finding.end, suggestion);
    } finally {
      busy = false;
      schedule();
    }
  }

  /** The safe findings' first suggestions, right to left, each through the editor's own input handling. */
  async function fixAll(target: EditableElement): Promise<void> {
    busy = true;
    try {
      let text = readTextMap(target).text;
      for (const f of chooseFixes(compute(text), { safeOnly: true })) {
        if (readTextMap(target).text.slice(f.start, f.end) !== f.text) continue;
        const replacement = f.suggestions[0] ?? '';
        await replaceSpan(target, f.start, f.end, replacement);
        text = applyFixes(text, [f]);
        // Let the editor render this edit before reading offsets for the next one.
        await rendered(target, text);
      }
    } finally {
      busy = false;
      schedule();
    }
  }

  // ------------------------------------------------------------ check before sending

  /** Returns true when the send must wait for the agent (a dialog is shown), false to let it go. */
  function guard(target: EditableElement, replay: () => void): boolean {
    if (!enabled || settings.mode !== 'block') return false;
    if (busy) return true;
    const map = readTextMap(target);
    const checked = compute(map.text);
    if (checkState === 'none' && firstLoad && map.text.trim() !== '') {
      // The rules are on their way from the background: hold this send until they arrive, then decide.
      busy = true;
      const arrived = firstLoad;
      void Promise.race([arrived, new Promise((r) => win.setTimeout(r, FIRST_LOAD_WAIT_MS))]).then(() => {
        busy = false;
        if (!guard(target, replay)) replay();
      });
      return true;
    }
    // A draft the check could not read (or read only with the built-in rules) goes out only on the agent's word.
    const blank = map.text.trim() === '';
    const all = checkState === 'none' && !blank ? [unavailableFinding()] : checkState === 'built-in' && !blank ? [partialFinding(), ...checked] : checked;
    findings = checked;
    lastText = map.text;
    const stop = blocking(all, settings.threshold);
    if (stop.length === 0) return false;
    void confirm(target, all, replay);
    return true;
  }

  async function confirm(target: EditableElement, all: ToneFinding[], replay: () => void): Promise<void> {
    busy = true;
    closePopover();
    const caret = saveCaret(target);
    const listed = [...all].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start);
    const choice = await askBeforeSending(topDoc, overlay.shadow, t, listed, insistence.offers(listed));
    busy = false;
    if (!isAttached(target)) return;
    restoreCaret(target, caret);
    if (choice === 'send') {
      insistence.sentAnyway(listed);
      noteSent(target);
      replay();
    } else if (typeof choice === 'object' && 'disableRule' in choice) {
      // Off for this agent at once (the background remembers it and tells every open page); the draft waits for Enter.
      settings = { ...settings, disabledRules: [...settings.disabledRules, choice.disableRule] };
      void send('tone:disable-rule', { ruleId: choice.disableRule }).catch(() => undefined);
      const rest = compute(readTextMap(target).text);
      if (blocking(rest, settings.threshold).length > 0) return confirm(target, rest, replay);
      overlay.notice(t('tone.ruleOffDone'), toTop(target.getBoundingClientRect(), frameOffset(target.ownerDocument.defaultView)));
    } else if (choice === 'fix' || typeof choice === 'object') {
      if (choice === 'fix') await fixAll(target);
      else {
        const before = readTextMap(target).text;
        await applyOne(choice.apply, choice.suggestion);
        await rendered(target, applyFixes(before, [{ ...choice.apply, suggestions: [choice.suggestion] }]));
      }
      // What still needs the agent's choice keeps the dialog open; once nothing blocks, the draft waits for Enter.
      const rest = compute(readTextMap(target).text);
      if (blocking(rest, settings.threshold).length > 0) return confirm(target, rest, replay);
    }
    schedule();
  }

  function inTrackedEditor(): EditableElement | null {
    const active = asEditable(deepActiveElement(topDoc));
    const current = tracker.current()?.el ?? null;
    return active && active === current ? active : null;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || disposed || !enabled) return;
    if (event.isComposing || event.keyCode === 229 || tracker.isComposing()) return;
    const target = inTrackedEditor();
    if (!target) return;
    if (busy) {
      // A dialog or a rewrite is in progress: keys must not reach the page's send handler meanwhile.
      if (event.key === 'Enter') stop(event);
      return;
    }
    const open = popover.finding;
    if (open && popoverSource === 'caret') {
      if (event.key === 'Escape') {
        dismissedAtCaret = spanId(open);
        closePopover();
        stop(event);
        return;
      }
      const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
      const first = open.suggestions[0];
      if (plain && (event.key === 'Tab' || event.key === 'Enter') && first !== undefined) {
        const map = readTextMap(target);
        const caret = map.caret();
        if (caret !== null && caret >= open.start && caret < open.end && map.text.slice(open.start, open.end) === open.text) {
          stop(event);
          void applyOne(open, first);
          return;
        }
      }
    }
    if (!isSendKey(event)) return;
    const origin = event.composedPath()[0] as Node | undefined;
    const keyTarget = origin?.nodeType === 1 ? (origin as Element) : target;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      keyCode: event.keyCode,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    if (guard(target, () => replayKey(target, keyTarget, init))) stop(event);
    else noteSent(target);
  }

  /** "Send anyway" after a key: the same key again (keydown, keypress, keyup), else the page's send control. */
  function replayKey(target: EditableElement, keyTarget: Element, init: KeyboardEventInit): void {
    void replaySendKey(target, keyTarget, init).then((left) => notSent(target, left));
  }

  /** The page did not take the message: say so; the draft stays as it is. */
  function notSent(target: EditableElement, left: boolean): void {
    if (left || disposed || !isAttached(target)) return;
    overlay.notice(t('tone.notSent'), toTop(target.getBoundingClientRect(), frameOffset(target.ownerDocument.defaultView)));
  }

  function onClick(event: MouseEvent): void {
    if (!event.isTrusted || disposed || !enabled) return;
    const current = tracker.current()?.el;
    const origin = event.composedPath()[0] as Node | undefined;
    if (!current || origin?.nodeType !== 1) return;
    const button = sendButtonFor(origin as Element, current);
    if (!button) return;
    if (guard(current, () => void replaySendClick(current, button).then((left) => notSent(current, left)))) stop(event);
    else noteSent(current);
  }

  function onSubmit(event: Event): void {
    if (disposed || !enabled) return;
    const form = event.target as HTMLFormElement;
    if (letSubmitThrough === form) {
      letSubmitThrough = null;
      return;
    }
    const current = tracker.current()?.el;
    if (!current || !form.contains(current)) return;
    const replay = () => {
      letSubmitThrough = form;
      form.requestSubmit();
    };
    if (guard(current, replay)) stop(event);
    else noteSent(current);
  }

  function stop(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  // ------------------------------------------------------------ hover

  function onMouseMove(event: MouseEvent): void {
    if (spans.length === 0 && !popover.finding) return;
    const view = (event.currentTarget as Document).defaultView;
    const { dx, dy } = frameOffset(view);
    const x = event.clientX + dx;
    const y = event.clientY + dy;
    const inside = (b: Box) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height + 2;
    const hit = spans.find((s) => s.boxes.some(inside));
    if (hit) {
      if (popover.finding !== hit.finding) showPopover(hit.finding, 'hover');
      else win.clearTimeout(hoverTimer);
      return;
    }
    const box = popover.box();
    if (box && inside(box)) {
      win.clearTimeout(hoverTimer);
      return;
    }
    if (popoverSource === 'hover') {
      win.clearTimeout(hoverTimer);
      hoverTimer = win.setTimeout(closePopover, HOVER_GRACE_MS);
    }
  }

  // ------------------------------------------------------------ wiring

  const docs: Document[] = [];
  const onChange = () => schedule();
  const onCompositionEnd = (event: Event) => {
    if (!tracker.endedComposition(event)) return;
    (event.currentTarget as Document).defaultView?.setTimeout(schedule, 0);
  };
  tracker.onDocument((doc) => {
    docs.push(doc);
    doc.addEventListener('input', onChange, true);
    doc.addEventListener('compositionend', onCompositionEnd, true);
    doc.addEventListener('selectionchange', onChange);
    doc.addEventListener('scroll', onChange, { capture: true, passive: true });
    doc.addEventListener('mousemove', onMouseMove, { capture: true, passive: true });
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('submit', onSubmit, true);
    doc.defaultView?.addEventListener('keydown', onKeyDown, true);
    doc.defaultView?.addEventListener('resize', onChange);
  });
  let ticks = 0;
  const poll = win.setInterval(() => {
    // Composers re-render: look for their send buttons again now and then, not on every tick.
    if (el && ++ticks % 4 === 0) sendButtons = findSendButtons(el).filter((b) => b.isConnected);
    schedule();
  }, POLL_MS);

  /**
   * Reads the agent's settings and allow-list. Again whenever the page comes back into view or focus:
   * changes made in the options page (another tab) apply when the agent returns to the chat.
   */
  /** The first tone:get while it is on its way: a send before it answers waits for it (see guard). */
  let firstLoad: Promise<void> | null = null;
  /** The request that loads the linear matcher for team rules (once per page). */
  let linearLoad: Promise<{ loaded: boolean }> | null = null;

  function loadSettings(first: boolean): void {
    const done = send('tone:get', { origin: win.location.origin, ...(builtIn ? { have: builtIn.version } : {}) })
      .then(async (conf) => {
        // Team rules run only on the linear-time matcher, which the background loads into this frame on request.
        if (conf.rules.length > 0 && !loadedLinearMatcher()) await (linearLoad ??= send('tone:linear', {}).catch(() => ({ loaded: false })));
        return conf;
      })
      .catch(() =>
        first ? { settings: FALLBACK, enabled: true, allow: [] as ToneAllowEntry[], rules: [] as ToneRule[], version: '', builtIn: null, model: null } : null,
      )
      .then((conf) => {
        if (!conf || disposed) return;
        settings = conf.settings;
        enabled = conf.enabled;
        allow = conf.allow;
        // The same array while the team's rules stay the same: the engine compiles each array once. The built-in
        // rules come from the background's own bundle: reviewed code, they run on the browser's RegExp engine.
        if (conf.builtIn) builtIn = { version: conf.version, rules: markReviewed(conf.builtIn), model: conf.model };
        const key = JSON.stringify([builtIn?.version ?? null, conf.rules]);
        if (key !== rulesKey) {
          rulesKey = key;
          rules = builtIn ? combineRules(builtIn.rules, conf.rules) : null;
        }
        recheck();
      });
    if (first) firstLoad = done.finally(() => (firstLoad = null));
  }
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
    return {
      editor: live,
      enabled,
      text,
      findings: live && enabled ? compute(text).map(toDraftFinding) : [],
      sent,
    };
  }

  async function applyAt({ start, end, text, replacement }: ToneApplyRequest): Promise<{ ok: boolean }> {
    const target = tracker.current()?.el ?? null;
    if (!target || !isAttached(target) || busy) return { ok: false };
    if (readTextMap(target).text.slice(start, end) !== text) return { ok: false };
    closePopover();
    busy = true;
    try {
      return { ok: await replaceSpan(target, start, end, replacement) };
    } finally {
      busy = false;
      schedule();
    }
  }

  return {
    findings: () => findings,
    report,
    applyAt,
    reloadSettings: () => loadSettings(false),
    dispose() {
      disposed = true;
      topDoc.removeEventListener('visibilitychange', onVisible);
      win.removeEventListener('focus', onFocus);
      win.clearInterval(poll);
      if (raf) win.cancelAnimationFrame(raf);
      win.clearTimeout(hoverTimer);
      win.clearTimeout(throttle);
      resizeObserver?.disconnect();
      for (const doc of docs) {
        doc.removeEventListener('input', onChange, true);
        doc.removeEventListener('compositionend', onCompositionEnd, true);
        doc.removeEventListener('selectionchange', onChange);
        doc.removeEventListener('scroll', onChange, true);
        doc.removeEventListener('mousemove', onMouseMove, true);
        doc.removeEventListener('click', onClick, true);
        doc.removeEventListener('submit', onSubmit, true);
        doc.defaultView?.removeEventListener('keydown', onKeyDown, true);
        doc.defaultView?.removeEventListener('resize', onChange);
      }
      overlay.dispose();
    },
  };
}
