// Public API of the tone engine.
export { checkTone, applySuggestions, combineRules, compileRules, normalizeLocale, resolveRuleId } from './engine';
export type { ToneFinding, CheckToneOptions } from './engine';
export { ToneRuleSchema, RULE_ID_PATTERN } from './schema';
export type { ToneRule, ToneSeverity, ToneLocale } from './schema';
export { validateRules } from './validate';
export type { RuleProblem } from './validate';
export { builtInToneRules, toneRuleRenames } from '../../phrases/rules/index';
