// The conversation's header as the page shows it (a title bar above the log, the log's own label): read only for
// facts such as the buyer's name, and nothing else of the page.
import { parentAcrossFrames } from './tree';
import type { Layout } from './layout';
import { LIMITS } from './limits';
import { boundedText, contentChildren, messageFamily } from './messages';

export interface ConversationHeader {
  /** Text of the title bar right above the log, or null. */
  readonly title: string | null;
  /** `aria-label` of the log or of a region around it, or null. */
  readonly label: string | null;
}

/** Levels above the log searched, siblings looked at per level, longest title taken. */
const LEVELS = 4;
const SIBLINGS = 3;
const TITLE_MAX = 120;

function label(el: Element): string | null {
  const value = el.getAttribute('aria-label')?.trim();
  return value ? value.slice(0, LIMITS.headerText) : null;
}

/** A sibling that reads as a title bar: short text, no list of its own, no input, above the log when measured. */
function titleOf(el: Element, logTop: number | null, layout: Layout): string | null {
  if (el.querySelector('input, textarea, [contenteditable]') !== null) return null;
  if (messageFamily(contentChildren(el)).length >= 3) return null;
  const text = boundedText(el, TITLE_MAX + 1);
  if (text === '' || text.length > TITLE_MAX) return null;
  if (logTop !== null) {
    const box = layout.box(el);
    if (!box || box.top + box.height > logTop + 1) return null;
  }
  return text;
}

/** The header of the conversation whose log is `log`. */
export function readHeader(log: Element, layout: Layout): ConversationHeader {
  const logTop = layout.box(log)?.top ?? null;
  let title: string | null = null;
  let found: string | null = null;
  let el: Element | null = log;
  for (let level = 0; el && level < LEVELS && (title === null || found === null); level++) {
    found ??= label(el);
    let sibling = el.previousElementSibling;
    for (let i = 0; sibling && i < SIBLINGS && title === null; i++, sibling = sibling.previousElementSibling) {
      title = titleOf(sibling, logTop, layout);
    }
    el = el === el.ownerDocument.body ? parentAcrossFrames(el.ownerDocument.documentElement) : el.parentElement;
  }
  return { title, label: found };
}
