// The popover for one underlined span: opened by hovering the span or by the caret entering it, closed after a grace
// time away from both, or with Esc; Tab or Enter with the caret in the span applies its first rewrite.
import type { ToneFinding } from '../../tone/index';
import { asEditable, deepActiveElement, type EditableElement } from '../../editors/dom';
import { readTextMap, type TextMap } from '../../editors/text-map';
import { frameOffset } from '../../editors/frames';
import { caretIn, findingAtCaret, findingKey } from './findings';
import { onBox, spanAt, spanId } from './geometry';
import { createPopover } from './popover';
import { stillReads } from './rewrite';
import { stopEvent } from './send-guard';
import type { ToneContext } from './state';

const HOVER_GRACE_MS = 300;

export interface Hover {
  /** The finding the popover shows, or null. */
  readonly open: ToneFinding | null;
  close(): void;
  /** After a check of an unchanged draft: open the popover of the span the caret is in (or close the caret's). */
  atCaret(map: TextMap): void;
  onMouseMove(event: MouseEvent): void;
  /** The popover's keys in the editor (Esc, Tab/Enter); true when the key was the popover's (and is stopped). */
  onKey(event: KeyboardEvent, target: EditableElement): boolean;
}

export function createHover(ctx: ToneContext, apply: (finding: ToneFinding, suggestion: string) => void): Hover {
  const { state, win } = ctx;
  const popover = createPopover(ctx.topDoc, ctx.overlay.shadow, ctx.t, {
    apply,
    ignore: (f) => {
      state.ignored.add(findingKey(f));
      close();
      ctx.recheck();
    },
    allow: (f) => {
      const entry = { ruleId: f.ruleId, text: f.text };
      state.allow = [...state.allow, entry];
      void ctx.send('tone:allow', entry).catch(() => undefined);
      close();
      ctx.recheck();
    },
  });

  function close(): void {
    win.clearTimeout(state.hoverTimer);
    state.popoverSource = null;
    if (popover.finding) popover.close();
  }

  function show(finding: ToneFinding, source: 'hover' | 'caret'): void {
    const span = state.spans.find((s) => s.finding === finding);
    const anchor = span?.boxes[span.boxes.length - 1];
    if (!anchor) return;
    win.clearTimeout(state.hoverTimer);
    state.popoverSource = source;
    popover.show(finding, anchor);
  }

  function atCaret(map: TextMap): void {
    const el = state.el;
    if (!el || state.busy || asEditable(deepActiveElement(ctx.topDoc)) !== el) {
      if (state.popoverSource === 'caret') close();
      return;
    }
    const caret = map.caret();
    const hit = caret === null ? null : findingAtCaret(state.findings, caret);
    if (!hit) {
      state.dismissedAtCaret = null;
      if (state.popoverSource === 'caret') close();
      return;
    }
    if (state.dismissedAtCaret === spanId(hit)) return;
    if (popover.finding && spanId(popover.finding) === spanId(hit)) return;
    show(hit, 'caret');
  }

  function onMouseMove(event: MouseEvent): void {
    if (state.spans.length === 0 && !popover.finding) return;
    const { dx, dy } = frameOffset((event.currentTarget as Document).defaultView, win);
    const x = event.clientX + dx;
    const y = event.clientY + dy;
    const hit = spanAt(state.spans, x, y);
    if (hit) {
      if (popover.finding !== hit.finding) show(hit.finding, 'hover');
      else win.clearTimeout(state.hoverTimer);
      return;
    }
    const box = popover.box();
    if (box && onBox(box, x, y)) {
      win.clearTimeout(state.hoverTimer);
      return;
    }
    if (state.popoverSource === 'hover') {
      win.clearTimeout(state.hoverTimer);
      state.hoverTimer = win.setTimeout(close, HOVER_GRACE_MS);
    }
  }

  function onKey(event: KeyboardEvent, target: EditableElement): boolean {
    const open = popover.finding;
    if (!open || state.popoverSource !== 'caret') return false;
    if (event.key === 'Escape') {
      state.dismissedAtCaret = spanId(open);
      close();
      stopEvent(event);
      return true;
    }
    const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    const first = open.suggestions[0];
    if (!plain || (event.key !== 'Tab' && event.key !== 'Enter') || first === undefined) return false;
    const map = readTextMap(target);
    const caret = map.caret();
    if (caret === null || !caretIn(open, caret) || !stillReads(map.text, open)) return false;
    stopEvent(event);
    apply(open, first);
    return true;
  }

  return {
    get open() {
      return popover.finding;
    },
    close,
    atCaret,
    onMouseMove,
    onKey,
  };
}
