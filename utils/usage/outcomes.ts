/**
 * What became of a phrase after the agent inserted it (issue 16, usage that comes back to the lead): sent as it was,
 * sent after editing it (and how much), or removed before sending. Counted per phrase on this device only; no text.
 */

/** A phrase's counts (PhraseRecord.outcomes). */
export interface PhraseOutcomes {
  /** Sent with the inserted text unchanged. */
  asIs: number;
  /** Sent after the agent changed part of it. */
  edited: number;
  /** Sent without it: the agent took (almost all of) it out again. */
  removed: number;
  /** The share of the text changed, summed over the edited sends (0–1 each): edited / changeSum is how much. */
  changeSum: number;
}

export const NO_OUTCOMES: PhraseOutcomes = Object.freeze({ asIs: 0, edited: 0, removed: 0, changeSum: 0 });

/** Below this share changed, a send counts as "as is" (a typo fixed, a full stop added). */
export const EDITED_FROM = 0.05;
/** From this share changed, the phrase counts as removed: the sent message kept almost nothing of it. */
export const REMOVED_FROM = 0.8;

export type OutcomeKind = 'asIs' | 'edited' | 'removed';

export function outcomeOf(changed: number): OutcomeKind {
  return changed >= REMOVED_FROM ? 'removed' : changed >= EDITED_FROM ? 'edited' : 'asIs';
}

/** The counts with one more send whose draft changed `changed` (0–1) of the inserted text. */
export function withOutcome(before: PhraseOutcomes | undefined, changed: number): PhraseOutcomes {
  const next = { ...(before ?? NO_OUTCOMES) };
  const kind = outcomeOf(changed);
  next[kind] += 1;
  if (kind === 'edited') next.changeSum += changed;
  return next;
}

/** Sends counted at all. */
export const sendsOf = (o: PhraseOutcomes | undefined): number => (o ? o.asIs + o.edited + o.removed : 0);
