// Geometry of the tone overlay: where the marks, the badge and the input are in the top window's viewport.
import type { ToneFinding, ToneSeverity } from '../../tone/index';
import type { EditableElement } from '../../editors/dom';
import type { Box, TextMap } from '../../editors/text-map';
import { frameOffset, toTop, type Offset } from '../../editors/frames';
import type { CheckState } from './check';
import { worstSeverity } from './findings';
import type { MarkSpec } from './overlay';

/** An element's box in the top window's viewport (the element may sit in a same-origin frame). */
export function boxInTop(el: Element, top: Window): Box {
  return toTop(el.getBoundingClientRect(), frameOffset(el.ownerDocument.defaultView, top));
}

/** The input's visible inner box (inside its borders), in the top window's viewport: marks are clipped to it. */
export function clipBox(input: EditableElement, top: Window): Box {
  const off = frameOffset(input.ownerDocument.defaultView, top);
  const r = input.getBoundingClientRect();
  return toTop({ left: r.left + input.clientLeft, top: r.top + input.clientTop, width: input.clientWidth || r.width, height: input.clientHeight || r.height }, off);
}

/** Where a box is, as a string: the overlay is drawn again when the input moved or changed size. */
export function boxKey(r: Box): string {
  return `${r.left},${r.top},${r.width},${r.height}`;
}

/** The underlines of the span findings (whole-message ones have none), measured in one pass, moved into the top window. */
export function markSpans(findings: readonly ToneFinding[], map: Pick<TextMap, 'boxesOf'>, off: Offset): MarkSpec[] {
  const spanned = findings.filter((f) => f.end > f.start);
  const measured = map.boxesOf(spanned.map((f) => [f.start, f.end] as const));
  return spanned.map((finding, i) => ({ finding, boxes: (measured[i] ?? []).map((b) => toTop(b, off)) }));
}

export interface BadgeSpec {
  /** null: the check cannot run; 0 for a blank draft. */
  count: number | null;
  worst: ToneSeverity | null;
  /** Only the built-in rules could run. */
  partial: boolean;
}

/** What the badge shows for a draft: a count and the worst severity, or that the check cannot run. */
export function badgeFor(text: string, findings: readonly ToneFinding[], state: CheckState): BadgeSpec {
  const blank = text.trim() === '';
  if (state === 'none' && !blank) return { count: null, worst: null, partial: false };
  if (blank) return { count: 0, worst: null, partial: false };
  return { count: findings.length, worst: worstSeverity(findings), partial: state === 'built-in' };
}

export interface Layout {
  spans: MarkSpec[];
  clip: Box;
  input: Box;
  /** The page's send buttons: the badge keeps clear of them. */
  avoid: Box[];
  badge: BadgeSpec;
}

/** Reads every position the overlay needs at once (the caller then writes the overlay once: one layout per frame). */
export function measureLayout(
  el: EditableElement,
  map: TextMap,
  findings: readonly ToneFinding[],
  state: CheckState,
  sendButtons: readonly Element[],
  top: Window,
): Layout {
  const off = frameOffset(el.ownerDocument.defaultView, top);
  const clip = clipBox(el, top);
  const input = toTop(el.getBoundingClientRect(), off);
  const avoid = sendButtons.map((b) => boxInTop(b, top));
  const spans = markSpans(findings, map, off);
  return { spans, clip, input, avoid, badge: badgeFor(map.text, findings, state) };
}

/** True when the point is on the box (or just below it, where the underline is drawn). */
export function onBox(b: Box, x: number, y: number): boolean {
  return x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height + 2;
}

/** The underlined span under a point of the top window's viewport. */
export function spanAt(spans: readonly MarkSpec[], x: number, y: number): MarkSpec | undefined {
  return spans.find((s) => s.boxes.some((b) => onBox(b, x, y)));
}

/** Identifies a finding's span across checks (the same rule on the same offsets). */
export function spanId(f: Pick<ToneFinding, 'ruleId' | 'start' | 'end'>): string {
  return `${f.ruleId}:${f.start}:${f.end}`;
}
