/**
 * Counts, per rule, how often the agent sent a draft anyway although the send check named that rule. After
 * OFFER_AFTER such sends, the next send check offers to switch the rule off for this agent: a rule the agent overrides
 * every time only teaches them to click past the dialog. Kept for the life of the page (a console tab is open all
 * day), not stored.
 */
import type { ToneFinding } from '../../tone/index';

/** Sends anyway before the dialog offers to switch a rule off (the offer comes the third time). */
export const OFFER_AFTER = 2;

export interface Insistence {
  /** The agent sent anyway past these findings. */
  sentAnyway(findings: readonly Pick<ToneFinding, 'ruleId'>[]): void;
  /** The rules among these findings that the dialog should offer to switch off. */
  offers(findings: readonly Pick<ToneFinding, 'ruleId'>[]): Set<string>;
}

/** `offerable`: rules that can be switched off one by one (not the "check could not run" notices). */
export function createInsistence(offerable: (ruleId: string) => boolean): Insistence {
  const counts = new Map<string, number>();
  return {
    sentAnyway(findings) {
      for (const ruleId of new Set(findings.map((f) => f.ruleId))) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
    },
    offers(findings) {
      return new Set(findings.map((f) => f.ruleId).filter((id) => offerable(id) && (counts.get(id) ?? 0) >= OFFER_AFTER));
    },
  };
}
