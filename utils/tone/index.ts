// Public API of the tone engine.
import { builtInToneModel, builtInToneRules } from '../../phrases/rules/index';
import { checkToneWith, type CheckToneOptions, type ToneFinding } from './engine';
import { linearScanner } from './linear';

export { checkToneWith, combineRules, compileRules, markReviewed, normalizeLocale, resolveRuleId, runnablePattern, TeamRulesTooSlow } from './engine';
export { linearScanner, linearProblem, MAX_PATTERN_COST } from './linear';
export type { ToneFinding, CheckToneOptions } from './engine';
export { applySuggestions, applyFixes, chooseFixes, SEVERITY_RANK } from './rewrite';
export type { FixOptions, Rewritable } from './rewrite';
export { ToneRuleSchema, RULE_ID_PATTERN } from './schema';
export type { ToneRule, ToneSeverity, ToneLocale } from './schema';
export { validateRules } from './validate';
export type { RuleProblem } from './validate';
export { builtInToneModel, builtInToneRules, toneRuleRenames } from '../../phrases/rules/index';
export type { ToneModel } from './model';

/** Checks a draft with the given rules, or the built-in ones (team rules run on the linear-time matcher). */
export function checkTone(draft: string, options: CheckToneOptions = {}): ToneFinding[] {
  return checkToneWith(draft, options.rules ?? builtInToneRules, { model: builtInToneModel, linear: linearScanner, ...options });
}

/** Rules about blanks a draft still holds; a phrase template holds them by design ({订单号} is filled on insert). */
export const DRAFT_ONLY_RULES: readonly string[] = ['unfilled-placeholder', 'blank-double-space', 'unfilled-placeholder-en', 'blank-double-space-en'];

/** Checks a phrase template (the manager, pack lint): as checkTone, without the rules about unfilled blanks. */
export function checkTemplate(text: string, options: CheckToneOptions = {}): ToneFinding[] {
  return checkTone(text, { ...options, disabled: [...(options.disabled ?? []), ...DRAFT_ONLY_RULES] });
}
