// Public API of the tone engine. It checks with whatever rules, model and tables it is given; the built-in ones are
// data in phrases/rules/, wired to the engine by utils/tone-builtin.ts.
export { checkToneWith, normalizeLocale, resolveRuleId } from './engine';
export type { ToneFinding, CheckToneOptions } from './engine';
export { compileRules, runnablePattern } from './compile';
export { combineRules, markReviewed, TeamRulesTooSlow } from './team-rules';
export { linearScanner, linearProblem, MAX_PATTERN_COST } from './linear';
export { applySuggestion, applySuggestions, applyFixes, chooseFixes } from './rewrite';
export { conflicts, mostSevereFirst, overlaps, SEVERITY_RANK } from './precedence';
export type { FixOptions, Rewritable } from './rewrite';
export { ToneRuleSchema, RULE_ID_PATTERN } from './schema';
export type { LocalizedText, TemplateMaps, ToneBundle, ToneLocale, ToneRule, ToneSeverity, ToneTables } from './schema';
export { validateRules } from './validate';
export type { RuleProblem } from './validate';
export { ruleCategories } from './rule-category';
export type { ToneModel } from './model';
