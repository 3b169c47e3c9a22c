// Messages of a chat log: its repeated rows, and the text each one shows without its time, name or receipt.
import { LIMITS } from './limits';
import { alike, classTokens, isMetaToken, signature } from './tokens';

// NodeFilter values (the page's own NodeFilter global is not trusted, and frames have their own).
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const TEXT_NODE = 3;

/** Elements whose content is never message text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'time', 'select', 'input', 'textarea', 'iframe']);
/** Elements that start a new line: their text is kept apart from the text before. */
const BLOCKS = new Set(['div', 'p', 'li', 'br', 'tr', 'td', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const TIME_TEXT = [
  /^[^\d]{0,6}\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  /^(?:\d+\s*(?:秒|分钟|小時|小时|天)前|just now|\d+\s*(?:s|sec|secs|min|mins|minutes?|h|hrs?|hours?)\s+ago)$/i,
];
const RECEIPT_TEXT = /^(?:已读|未读|已讀|未讀|已送达|已发送|发送中|发送失败|read|delivered|seen|sent)$/i;

/** True for a short text that is a time, a date or a read receipt rather than something someone wrote. */
export function isMetaText(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.trim();
  if (t === '' || t.length > 40) return false;
  return RECEIPT_TEXT.test(t) || TIME_TEXT.some((re) => re.test(t));
}

function isContent(el: Element): boolean {
  return !NOT_TEXT.has(el.localName) && el.localName !== 'head';
}

/** The last LIMITS.children element children of a container that can hold content. */
export function contentChildren(container: Element): Element[] {
  const children: Element[] = [];
  for (let c = container.lastElementChild; c && children.length < LIMITS.children; c = c.previousElementSibling) {
    if (isContent(c)) children.push(c);
  }
  return children.reverse();
}

/**
 * The rows of a list that are messages: the largest group of children sharing a signature, and the children like it
 * (tokens.ts `alike`: one side's rows may carry other classes than the other's). Time dividers, "load more" rows and
 * the like fall out.
 */
export function messageFamily(children: readonly Element[]): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of children) {
    const key = signature(child);
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  let best: Element[] = [];
  // Ties go to the group seen last (the newest rows).
  for (const group of groups.values()) if (group.length >= best.length) best = group;
  const head = best[0];
  if (head === undefined) return [];
  return children.filter((c) => alike(c, head));
}

function isMetaElement(el: Element, root: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (el !== root && classTokens(el).some(isMetaToken)) return true;
  return el.childElementCount === 0 && isMetaText(el.textContent ?? '');
}

export interface MessageText {
  /** What the message says, whitespace collapsed, at most LIMITS.messageText characters. */
  readonly text: string;
  /** The text nodes it was read from (where it is on screen). */
  readonly nodes: readonly Text[];
}

/**
 * Walks the text of `root`, at most LIMITS.messageNodes nodes and about `cap` characters, leaving out the subtrees
 * `skip` rejects. Block elements keep their text apart from the text before them.
 */
function walkText(root: Element, cap: number, skip: (el: Element) => boolean): MessageText {
  const nodes: Text[] = [];
  let text = '';
  if (skip(root)) return { text, nodes };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node: Node) => (node.nodeType === TEXT_NODE || !skip(node as Element) ? FILTER_ACCEPT : FILTER_REJECT),
  });
  for (let i = 0, node = walker.nextNode(); node && i < LIMITS.messageNodes && text.length <= cap * 2; i++, node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) {
      if (BLOCKS.has((node as Element).localName)) text += ' ';
      continue;
    }
    const data = (node as Text).data;
    if (data.trim() === '') {
      text += ' ';
      continue;
    }
    nodes.push(node as Text);
    text += data;
  }
  return { text: normalizeText(text).slice(0, cap), nodes };
}

/** The text a message row shows, without the elements that are its time, its author's name, avatar or receipt. */
export function messageText(row: Element): MessageText {
  return walkText(row, LIMITS.messageText, (el) => !isContent(el) || isMetaElement(el, row));
}

/** Up to `cap` characters of an element's text (scripts, styles and controls left out). */
export function boundedText(el: Element, cap: number): string {
  return walkText(el, cap, (e) => !isContent(e)).text;
}

/** Whitespace collapsed and trimmed: how texts are compared. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
