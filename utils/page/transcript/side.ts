// Who wrote each message: class-name hints, horizontal alignment and the agent's own sent text, each a vote, combined
// into one decision with a confidence. Pure: the DOM and the geometry were read by the caller.
import type { Box } from './layout';
import { normalizeText } from './messages';
import { sideOfToken, type Side } from './tokens';

export type Align = 'left' | 'right';

export interface SideVote {
  readonly side: Exclude<Side, 'unknown'>;
  /** 0..1 */
  readonly weight: number;
  readonly source: 'class' | 'align' | 'sent';
}

export interface SideDecision {
  readonly side: Side;
  /** 0..1; 0 for unknown. */
  readonly confidence: number;
}

/** What the caller read of one message. */
export interface SideInput {
  readonly text: string;
  /** Class tokens of the message row and the elements inside it. */
  readonly tokens: readonly string[];
  /** Where its text sits in the log, or null without layout. */
  readonly align: { readonly align: Align; readonly strength: number } | null;
}

/** Below this a decision stays unknown. */
export const MIN_SIDE_CONFIDENCE = 0.3;
const CLASS_WEIGHT = 0.8;
const ALIGN_WEIGHT = 0.7;
const SENT_WEIGHT = 0.95;
/** Characters a row may show beyond a sent text and still be it (a time or receipt the reader did not strip). */
const SENT_SLACK = 12;

/**
 * Which side of the log a message's text leans to, and how clearly (0..1): the gap on one side against the gap on
 * the other, relative to the log's width. Null when it is centred or either box is empty.
 */
export function alignmentOf(text: Box, log: Box): { align: Align; strength: number } | null {
  if (log.width <= 0 || text.width <= 0) return null;
  const leftGap = text.left - log.left;
  const rightGap = log.left + log.width - (text.left + text.width);
  const lean = (rightGap - leftGap) / log.width;
  if (Math.abs(lean) < 0.08) return null;
  return { align: lean > 0 ? 'left' : 'right', strength: Math.min(1, Math.abs(lean) * 2.5) };
}

/** The side the class tokens name (tokens in `ignored` do not count), weighted by how one-sided they are. */
export function classVote(tokens: readonly string[], ignored: ReadonlySet<string>): SideVote | null {
  let agent = 0;
  let customer = 0;
  for (const token of tokens) {
    if (ignored.has(token)) continue;
    const side = sideOfToken(token);
    if (side === 'agent') agent++;
    else if (side === 'customer') customer++;
  }
  if (agent === customer) return null;
  const weight = (CLASS_WEIGHT * Math.abs(agent - customer)) / (agent + customer);
  return { side: agent > customer ? 'agent' : 'customer', weight, source: 'class' };
}

/** The agent's vote when the message shows one of the texts the agent sent. */
export function sentVote(text: string, sent: readonly string[]): SideVote | null {
  const shown = normalizeText(text);
  if (shown === '') return null;
  for (const raw of sent) {
    const mine = normalizeText(raw);
    if (mine === '') continue;
    const near = shown.length - mine.length <= SENT_SLACK && (shown.startsWith(mine) || shown.endsWith(mine));
    if (shown === mine || (mine.length >= 2 && near)) return { side: 'agent', weight: SENT_WEIGHT, source: 'sent' };
  }
  return null;
}

/** One decision from several votes: the net weight, discounted by how much the votes disagree. */
export function combineVotes(votes: readonly (SideVote | null)[]): SideDecision {
  let agent = 0;
  let customer = 0;
  for (const vote of votes) {
    if (vote === null) continue;
    if (vote.side === 'agent') agent += vote.weight;
    else customer += vote.weight;
  }
  const net = Math.abs(agent - customer);
  const total = agent + customer;
  const confidence = total === 0 ? 0 : Math.min(1, net) * (net / total);
  if (confidence < MIN_SIDE_CONFIDENCE) return { side: 'unknown', confidence: 0 };
  return { side: agent > customer ? 'agent' : 'customer', confidence };
}

/** Side tokens every message carries (a namespace like `chat-in`) tell nothing apart: they do not count. */
export function commonSideTokens(inputs: readonly SideInput[]): Set<string> {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    for (const token of new Set(input.tokens)) {
      if (sideOfToken(token) !== 'unknown') counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  const common = new Set<string>();
  const threshold = inputs.length >= 3 ? 0.9 * inputs.length : inputs.length;
  for (const [token, n] of counts) if (inputs.length >= 2 && n >= threshold) common.add(token);
  return common;
}

/**
 * Which alignment is the agent's, or null when alignment tells nothing (every message on one side, or none
 * measured). Right unless the messages known otherwise (sent text, class names) say left.
 */
export function agentAlignment(inputs: readonly SideInput[], known: readonly (SideVote | null)[]): Align | null {
  const aligns = new Set(inputs.map((i) => i.align?.align).filter((a) => a !== undefined));
  if (aligns.size < 2) return null;
  let right = 0;
  let left = 0;
  inputs.forEach((input, i) => {
    const vote = known[i];
    if (!input.align || !vote) return;
    const agentRight = (input.align.align === 'right') === (vote.side === 'agent');
    if (agentRight) right += vote.weight;
    else left += vote.weight;
  });
  return left > right ? 'left' : 'right';
}

/** The side of every message of one transcript, each with its confidence. */
export function decideSides(inputs: readonly SideInput[], sent: readonly string[] = []): SideDecision[] {
  const ignored = commonSideTokens(inputs);
  const classVotes = inputs.map((input) => classVote(input.tokens, ignored));
  const sentVotes = inputs.map((input) => sentVote(input.text, sent));
  const agentAlign = agentAlignment(
    inputs,
    inputs.map((_, i) => sentVotes[i] ?? classVotes[i] ?? null),
  );
  return inputs.map((input, i) => {
    const align = input.align;
    const alignVote: SideVote | null =
      agentAlign && align
        ? { side: align.align === agentAlign ? 'agent' : 'customer', weight: ALIGN_WEIGHT * align.strength, source: 'align' }
        : null;
    return combineVotes([classVotes[i] ?? null, alignVote, sentVotes[i] ?? null]);
  });
}
