// The built-in tone data (phrases/rules/) wired to the engine (utils/tone/): the rules marked as reviewed code, and
// the checks the manager, the pack lint, the CLI, the scripts and the tests run with them. The chat page does not load
// this module: it gets the rules and the model from the background and bundles only the tables
// (phrases/rules/tables.ts).
import { builtInToneData } from '../phrases/rules/index';
import { checkToneWith, type CheckToneOptions, type ToneFinding } from './tone/engine';
import { linearScanner } from './tone/linear';
import { ruleCategories } from './tone/rule-category';
import type { ToneBundle, ToneRule } from './tone/schema';
import { markReviewed } from './tone/team-rules';

/** Reviewed code: the rules run on the browser's own RegExp engine (team rules run on the linear-time matcher). */
export const builtInTone: ToneBundle = { ...builtInToneData, rules: markReviewed(builtInToneData.rules) };

export interface BuiltInCheckOptions extends Omit<CheckToneOptions, 'tables'> {
  /** Rules to use instead of the built-in ones (team packs pass the built-ins plus their own, see combineRules). */
  rules?: readonly ToneRule[];
}

/** Checks a draft with the given rules, or the built-in ones, and the built-in model and tables (team rules run on the linear-time matcher). */
export function checkTone(draft: string, options: BuiltInCheckOptions = {}): ToneFinding[] {
  const { rules = builtInTone.rules, ...rest } = options;
  return checkToneWith(draft, rules, { model: builtInTone.model, linear: linearScanner, ...rest, tables: builtInTone.tables });
}

/** Rules about blanks a draft still holds; a phrase template holds them by design ({订单号} is filled on insert). */
export const DRAFT_ONLY_RULES: readonly string[] = ['unfilled-placeholder', 'blank-double-space', 'unfilled-placeholder-en', 'blank-double-space-en'];

/** Checks a phrase template (the manager, pack lint): as checkTone, without the rules about unfilled blanks. */
export function checkTemplate(text: string, options: BuiltInCheckOptions = {}): ToneFinding[] {
  return checkTone(text, { ...options, disabled: [...(options.disabled ?? []), ...DRAFT_ONLY_RULES] });
}

/** The category of a built-in rule id (also of a renamed rule's old id and of `model-<category>`), or null. */
export const builtInRuleCategory = ruleCategories(builtInTone.rules, builtInTone.tables.renames);
