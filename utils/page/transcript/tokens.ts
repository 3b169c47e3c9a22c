// Class names as evidence: which words a chat page's classes are made of, which of them name a side, and the
// signature that tells repeated message rows from the rest of a list.
import { LIMITS } from './limits';

/** Who wrote a message. */
export type Side = 'customer' | 'agent' | 'unknown';

/** Words (parts of class names) that mark the agent's own messages. */
const AGENT_WORDS = new Set([
  'self', 'me', 'mine', 'my', 'own', 'agent', 'seller', 'kefu', 'staff', 'operator', 'support', 'merchant',
  'out', 'outgoing', 'outbound', 'right', 'sent',
]);

/** Words that mark the customer's messages (mǎijiā 买家 and màijiā 卖家 read alike in pinyin: neither is listed). */
const CUSTOMER_WORDS = new Set([
  'other', 'others', 'them', 'their', 'buyer', 'customer', 'client', 'guest', 'visitor', 'kehu', 'guke',
  'in', 'incoming', 'inbound', 'left', 'received', 'receive', 'recv', 'peer', 'remote', 'friend',
]);

/** Words of elements inside a message that are not its text: times, names, avatars, receipts. */
const META_WORDS = new Set([
  'time', 'timestamp', 'date', 'datetime', 'nick', 'nickname', 'name', 'author', 'sender', 'avatar', 'status',
  'receipt', 'meta', 'tick', 'ticks',
]);

/** The class tokens of an element (SVG elements included), at most LIMITS.classTokens. */
export function classTokens(el: Element): string[] {
  const raw = el.getAttribute('class');
  if (!raw) return [];
  return raw.split(/\s+/).filter((t) => t !== '' && t.length <= 64).slice(0, LIMITS.classTokens);
}

/** Lower-case words of a class token: `msgSelf`, `bubble--right`, `item_kefu2` → msg self / bubble right / item kefu. */
export function wordParts(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** The side a class token names, if it names one (and only one). */
export function sideOfToken(token: string): Side {
  let agent = false;
  let customer = false;
  for (const word of wordParts(token)) {
    if (AGENT_WORDS.has(word)) agent = true;
    if (CUSTOMER_WORDS.has(word)) customer = true;
  }
  return agent === customer ? 'unknown' : agent ? 'agent' : 'customer';
}

/** True for a token made of meta words (a time, a name, an avatar…). */
export function isMetaToken(token: string): boolean {
  return wordParts(token).some((w) => META_WORDS.has(w));
}

/**
 * True for a token a page is likely to keep across reloads: not a build hash (`css-1x9ab3`, `_3kQ9z`), not a
 * generated counter (`msg-1043`).
 */
export function isStableToken(token: string): boolean {
  if (!/^[A-Za-z_][\w-]*$/.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  if (digits >= 3) return false;
  // A short tail after a separator that mixes digits and letters reads as a hash: `msg_a1b2`, `styles__x9K`.
  return !/[-_][A-Za-z]*\d[A-Za-z\d]*$/.test(token) || /^[a-z]+-\d$/.test(token);
}

/** Stable tokens that do not name a side: what all messages of a list share, whichever side wrote them. */
export function neutralTokens(el: Element): string[] {
  return classTokens(el).filter((t) => isStableToken(t) && sideOfToken(t) === 'unknown');
}

/** Tag and neutral tokens, sorted: rows of one list share it whichever side wrote them. */
export function signature(el: Element): string {
  return [el.localName, ...neutralTokens(el).sort()].join('.');
}

/**
 * True when two elements look like rows of one list: the same tag, and a neutral class token in common or most of
 * their class words (two class-less elements are alike).
 */
export function alike(a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  const ta = neutralTokens(a);
  const tb = new Set(neutralTokens(b));
  if (ta.some((t) => tb.has(t))) return true;
  const wa = new Set(ta.flatMap(wordParts));
  const wb = new Set([...tb].flatMap(wordParts));
  if (wa.size === 0 && wb.size === 0) return true;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= 0.5;
}

/** Elements looked at inside a message row for its tokens, and how deep. */
const ROW_ELEMENTS = 40;
const ROW_DEPTH = 3;

/** Class tokens of a row and the elements inside it (three levels, forty elements at most), each with its depth. */
export function tokensWithin(row: Element): { token: string; depth: number }[] {
  const found: { token: string; depth: number }[] = [];
  let level: Element[] = [row];
  let seen = 0;
  for (let depth = 0; depth <= ROW_DEPTH && level.length > 0; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      if (++seen > ROW_ELEMENTS) return found;
      for (const token of classTokens(el)) found.push({ token, depth });
      next.push(...el.children);
    }
    level = next;
  }
  return found;
}
