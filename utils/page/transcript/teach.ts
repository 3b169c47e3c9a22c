// The teach step on the page: the agent clicks one customer message, then one of their own; the rule for this site is
// derived from the two (rule.ts). Only trusted clicks count, and they are kept from the page (no link opens, no page
// handler runs); a trusted Esc cancels. Nothing is drawn on the page: the instructions are in the sidebar.
import { domLayout, NO_LAYOUT, type Layout } from './layout';
import { deriveRule, type DeriveResult } from './rule';
import { topDocument } from './tree';

export type TeachResult = DeriveResult | { ok: false; reason: 'cancelled' };

export interface TeachOptions {
  /** Documents whose clicks count (the top one and same-origin frames the content script knows). */
  readonly docs: readonly Document[];
  readonly layout?: Layout;
  /** Elements the clicks must not land in (the extension's own launcher, badges, sidebar frame). */
  readonly ours?: (el: Element) => boolean;
}

/** The element an event is for (a frame's elements are of another realm: no instanceof). */
function elementOf(event: Event): Element | null {
  const target = event.target as Node | null;
  return target?.nodeType === 1 ? (target as Element) : null;
}

/** Waits for the two clicks (or Esc) and resolves with the rule they teach. Returns the promise and a cancel. */
export function teachByClicks(options: TeachOptions): { result: Promise<TeachResult>; cancel: () => void } {
  const picked: Element[] = [];
  let finish: (result: TeachResult) => void = () => undefined;
  const result = new Promise<TeachResult>((resolve) => (finish = resolve));

  const onClick = (event: MouseEvent) => {
    const target = elementOf(event);
    if (!event.isTrusted || !target || options.ours?.(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    picked.push(target);
    if (picked.length < 2) return;
    const [customer, agent] = picked as [Element, Element];
    const view = topDocument(customer.ownerDocument).defaultView;
    done(deriveRule(customer, agent, options.layout ?? (view ? domLayout(view) : NO_LAYOUT)));
  };
  // The page's handlers get neither the press nor the release of a teaching click (the press still moves focus to
  // the page, so that Esc reaches it).
  const swallow = (event: Event) => {
    const target = elementOf(event);
    if (event.isTrusted && target && !options.ours?.(target)) event.stopImmediatePropagation();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    done({ ok: false, reason: 'cancelled' });
  };
  const listeners: [string, EventListener][] = [
    ['click', onClick as EventListener],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['pointerdown', swallow],
    ['pointerup', swallow],
    ['keydown', onKey as EventListener],
  ];
  for (const doc of options.docs) for (const [type, fn] of listeners) doc.defaultView?.addEventListener(type, fn, true);

  function done(outcome: TeachResult): void {
    for (const doc of options.docs) for (const [type, fn] of listeners) doc.defaultView?.removeEventListener(type, fn, true);
    finish(outcome);
  }
  return { result, cancel: () => done({ ok: false, reason: 'cancelled' }) };
}
