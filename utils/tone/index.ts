// Public API of the tone engine.
export { checkTone, combineRules, compileRules, normalizeLocale, resolveRuleId, runnablePattern } from './engine';
export type { ToneFinding, CheckToneOptions } from './engine';
export { applySuggestions, applyFixes, chooseFixes, SEVERITY_RANK } from './rewrite';
export type { FixOptions, Rewritable } from './rewrite';
export { ToneRuleSchema, RULE_ID_PATTERN } from './schema';
export type { ToneRule, ToneSeverity, ToneLocale } from './schema';
export { validateRules } from './validate';
export type { RuleProblem } from './validate';
export { builtInToneRules, toneRuleRenames } from '../../phrases/rules/index';
