// Taught rules: derive one from a customer message and an agent message the agent pointed at, and read a page by it.
// Pure functions of the DOM they are given; the rule itself is plain JSON (rule-schema.ts).
import { sameOriginDocument } from '../../editors/dom';
import { NO_LAYOUT, type Layout } from './layout';
import { contentChildren, messageText } from './messages';
import type { PathStep, TaughtRule } from './rule-schema';
import { alignmentOf, type SideDecision } from './side';
import { alike, classTokens, isMetaToken, isStableToken, sideOfToken, tokensWithin, type Side } from './tokens';
import { isFrame, parentAcrossFrames, topDocument } from './tree';

const PATH_CLASSES = 4;
const MESSAGE_CLASSES = 6;
const RESOLVE_BUDGET = 5000;
const TAG = /^[a-z][a-z0-9-]{0,31}$/;

function stepOf(el: Element): PathStep | null {
  if (!TAG.test(el.localName)) return null;
  const classes = classTokens(el).filter(isStableToken).slice(0, PATH_CLASSES);
  return el.id && isStableToken(el.id) ? { tag: el.localName, classes, id: el.id } : { tag: el.localName, classes };
}

/** Steps from the top document's body down to `log`, entering same-origin frames; null when it cannot be said. */
export function pathTo(log: Element): PathStep[] | null {
  const steps: PathStep[] = [];
  for (let el: Element | null = log; el; ) {
    if (el === el.ownerDocument.body) {
      const frame = parentAcrossFrames(el.ownerDocument.documentElement);
      if (!frame) break;
      el = frame;
      continue;
    }
    const step = stepOf(el);
    if (!step || !el.parentElement) return null;
    steps.push(step);
    el = el.parentElement;
  }
  return steps.length > 0 ? steps.reverse() : null;
}

function pathChildren(el: Element): Element[] {
  return isFrame(el) ? [...(sameOriginDocument(el as HTMLIFrameElement)?.body?.children ?? [])] : [...el.children];
}

function matchesStep(el: Element, step: PathStep): boolean {
  if (el.localName !== step.tag || (step.id !== undefined && el.id !== step.id)) return false;
  const tokens = classTokens(el);
  return step.classes.every((c) => tokens.includes(c));
}

/** The element a path leads to from `doc`'s body (a visible one first when several match), or null. */
export function resolvePath(doc: Document, steps: readonly PathStep[], layout: Layout): Element | null {
  const found: Element[] = [];
  let budget = RESOLVE_BUDGET;
  const walk = (parent: Element, i: number): void => {
    const step = steps[i];
    if (step === undefined) {
      found.push(parent);
      return;
    }
    for (const child of pathChildren(parent)) {
      if (--budget < 0 || found.length >= 4) return;
      if (matchesStep(child, step)) walk(child, i + 1);
    }
  };
  if (doc.body) walk(doc.body, 0);
  const end = found.find((el) => layout.box(el) !== null) ?? found[0] ?? null;
  return end && isFrame(end) ? (sameOriginDocument(end as HTMLIFrameElement)?.body ?? null) : end;
}

/** The log a rule points at (from the top same-origin document above `doc`) and its message rows. */
export function applyRule(rule: TaughtRule, doc: Document, layout: Layout): { log: Element; rows: Element[] } | null {
  const log = resolvePath(topDocument(doc), rule.log, layout);
  if (!log) return null;
  const rows = contentChildren(log).filter(
    (row) => row.localName === rule.message.tag && rule.message.classes.every((c) => classTokens(row).includes(c)),
  );
  return { log, rows };
}

/** The side of one row as the rule tells it. */
export function ruleSide(rule: TaughtRule, row: Element, log: Element, layout: Layout): SideDecision {
  const sides = rule.sides;
  if (sides.by === 'class') {
    const tokens = new Set(tokensWithin(row).map((t) => t.token));
    if (sides.customer !== null && tokens.has(sides.customer)) return { side: 'customer', confidence: 0.9 };
    if (sides.agent !== null && tokens.has(sides.agent)) return { side: 'agent', confidence: 0.9 };
    // With one side's class taught, a row without it is the other side's.
    if (sides.customer === null) return { side: 'customer', confidence: 0.7 };
    if (sides.agent === null) return { side: 'agent', confidence: 0.7 };
    return { side: 'unknown', confidence: 0 };
  }
  const text = layout.textBox(messageText(row).nodes);
  const logBox = layout.box(log);
  const lean = text && logBox ? alignmentOf(text, logBox) : null;
  if (!lean) return { side: 'unknown', confidence: 0 };
  return { side: lean.align === sides.agent ? 'agent' : 'customer', confidence: 0.5 + 0.5 * lean.strength };
}

export type DeriveResult =
  | { ok: true; rule: TaughtRule }
  | { ok: false; reason: 'same-message' | 'no-common-list' | 'no-difference' | 'unreachable' };

/** Tokens found in `own` (at the depth first seen) and nowhere in `other`. */
function distinctTokens(own: Element, other: Element): Map<string, number> {
  const others = new Set(tokensWithin(other).map((t) => t.token));
  const result = new Map<string, number>();
  for (const { token, depth } of tokensWithin(own)) {
    if (isStableToken(token) && !others.has(token) && !result.has(token)) result.set(token, depth);
  }
  return result;
}

/** The token that best marks `side`: a word naming that side first, then one on the row itself or near it. */
function pickToken(candidates: Map<string, number>, side: Exclude<Side, 'unknown'>): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const [token, depth] of candidates) {
    const named = sideOfToken(token);
    if (named !== 'unknown' && named !== side) continue;
    const score = (named === side ? 4 : 0) + (2 - Math.min(depth, 2)) - (isMetaToken(token) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [token, score];
  }
  return best;
}

function rowOf(list: Element, inside: Element): Element | null {
  let row: Element | null = inside;
  while (row && row.parentElement !== list) row = row.parentElement;
  return row;
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) above.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (above.has(e)) return e;
  return null;
}

/**
 * A rule from one element of a customer message and one of an agent message (what the agent clicked): the list both
 * rows belong to, what rows share, and the class (or, failing that, the alignment) that tells them apart. The rule
 * is checked on the page before it is returned.
 */
export function deriveRule(customerEl: Element, agentEl: Element, layout: Layout = NO_LAYOUT): DeriveResult {
  if (customerEl.ownerDocument !== agentEl.ownerDocument) return { ok: false, reason: 'no-common-list' };
  const list = lowestCommonAncestor(customerEl, agentEl);
  if (!list || list === customerEl || list === agentEl) return { ok: false, reason: 'same-message' };
  const customerRow = rowOf(list, customerEl);
  const agentRow = rowOf(list, agentEl);
  if (!customerRow || !agentRow) return { ok: false, reason: 'no-common-list' };
  if (!alike(customerRow, agentRow)) {
    // Unlike children of an element that is itself one of a list's rows: both clicks were in one message.
    const rows = list.parentElement ? [...list.parentElement.children].filter((r) => r !== list && alike(r, list)) : [];
    return { ok: false, reason: rows.length > 0 ? 'same-message' : 'no-common-list' };
  }
  const log = pathTo(list);
  if (!log) return { ok: false, reason: 'unreachable' };
  const agentTokens = classTokens(agentRow);
  const shared = classTokens(customerRow).filter((t) => isStableToken(t) && agentTokens.includes(t));
  const message = { tag: customerRow.localName, classes: shared.slice(0, MESSAGE_CLASSES) };

  const customer = pickToken(distinctTokens(customerRow, agentRow), 'customer');
  const agent = pickToken(distinctTokens(agentRow, customerRow), 'agent');
  let sides: TaughtRule['sides'] | null = customer || agent ? { by: 'class', customer, agent } : null;
  if (!sides) {
    const logBox = layout.box(list);
    const lean = (row: Element) => {
      const box = layout.textBox(messageText(row).nodes);
      return box && logBox ? alignmentOf(box, logBox) : null;
    };
    const [c, a] = [lean(customerRow), lean(agentRow)];
    if (c && a && c.align !== a.align) sides = { by: 'align', agent: a.align };
  }
  if (!sides) return { ok: false, reason: 'no-difference' };
  const rule: TaughtRule = { version: 1, log, message, sides };
  const applied = applyRule(rule, list.ownerDocument, layout);
  if (applied?.log !== list) return { ok: false, reason: 'unreachable' };
  const works =
    applied.rows.includes(customerRow) &&
    applied.rows.includes(agentRow) &&
    ruleSide(rule, customerRow, list, layout).side === 'customer' &&
    ruleSide(rule, agentRow, list, layout).side === 'agent';
  return works ? { ok: true, rule } : { ok: false, reason: 'no-difference' };
}
