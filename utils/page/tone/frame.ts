// One frame of the tone check: notice the input and its draft, check the draft when it changed (never during IME
// composition, at most every CHECK_MS), and draw the marks and the badge.
import { isAttached, type EditableElement } from '../../editors/dom';
import { readDraftText, readTextMap, type TextMap } from '../../editors/text-map';
import { boxKey, clipBox, measureLayout } from './geometry';
import type { Hover } from './hover';
import { findSendButtons } from './send-guard';
import type { ToneContext } from './state';

/**
 * Least time between two checks while the draft keeps changing: fast typing (or a paste burst) is
 * checked at the end of each burst slice instead of on every frame; underlines catch up within it.
 */
const CHECK_MS = 120;

export interface Frame {
  /** Runs on an animation frame (ToneContext.schedule). */
  run(): void;
}

export function createFrame(ctx: ToneContext, hover: Hover): Frame {
  const { state, tracker, overlay, win } = ctx;

  function attach(next: EditableElement | null): void {
    state.resizeObserver?.disconnect();
    state.resizeObserver = null;
    state.el = next;
    state.lastText = null;
    state.lastDrawnAt = '';
    state.findings = [];
    state.ignored.clear();
    hover.close();
    state.sendButtons = next ? findSendButtons(next) : [];
    if (next && typeof ResizeObserver === 'function') {
      state.resizeObserver = new ResizeObserver(() => ctx.schedule());
      state.resizeObserver.observe(next);
    }
  }

  function hideAll(): void {
    state.lastDrawnAt = '';
    overlay.hide();
    state.spans = [];
    hover.close();
  }

  /** One frame: check the draft if it changed (not during IME composition, at most every CHECK_MS), then draw. */
  function run(): void {
    state.raf = 0;
    if (state.disposed) return;
    const current = tracker.current()?.el ?? null;
    if (current !== state.el) attach(current);
    const el = state.el;
    if (!el || !state.enabled || !isAttached(el)) {
      if (el && !isAttached(el)) attach(null);
      hideAll();
      return;
    }
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      hideAll();
      return;
    }
    const changed = readDraftText(el) !== state.lastText;
    // A clean draft that did not change or move has nothing new to draw: most ticks end here.
    const drawnAt = boxKey(rect);
    if (!changed && state.findings.length === 0 && !hover.open && drawnAt === state.lastDrawnAt) return;
    if (changed) {
      if (tracker.isComposing()) {
        // Never check a draft with an IME composition in it; compositionend schedules the check.
        overlay.drawMarks([], clipBox(el, win));
        return;
      }
      const wait = state.lastCheckAt + CHECK_MS - win.performance.now();
      if (wait > 0) {
        if (!state.throttle) state.throttle = win.setTimeout(() => ((state.throttle = 0), ctx.schedule()), wait);
        return;
      }
      state.lastCheckAt = win.performance.now();
    }
    const map = readTextMap(el, overlay.shadow);
    state.lastDrawnAt = drawnAt;
    if (changed) {
      state.lastText = map.text;
      if (map.text === '') state.ignored.clear();
      state.findings = ctx.compute(map.text);
      if (state.popoverSource === 'caret' || hover.open) hover.close();
    }
    draw(el, map);
    if (!changed) hover.atCaret(map);
  }

  function draw(el: EditableElement, map: TextMap): void {
    const layout = measureLayout(el, map, state.findings, state.checkState, state.sendButtons, win);
    state.spans = layout.spans;
    overlay.drawMarks(layout.spans, layout.clip);
    const { count, worst, partial } = layout.badge;
    overlay.drawBadge(count, worst, layout.input, layout.avoid, partial);
  }

  return { run };
}
