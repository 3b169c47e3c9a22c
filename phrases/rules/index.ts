// The built-in tone rule set: Chinese (Simplified and Traditional) and English rules, in check order.
import { markReviewed } from '../../utils/tone/engine';
import type { ToneModel } from '../../utils/tone/model';
import type { ToneRule } from '../../utils/tone/schema';
import { toneModel } from './model';
import { enRules } from './en';
import { zhRules } from './zh';
import { formatRules } from './format';

/** Reviewed code: they run on the browser's own RegExp engine (team rules run on the linear-time matcher). */
export const builtInToneRules: readonly ToneRule[] = markReviewed(Object.freeze([...zhRules, ...enRules, ...formatRules]));
export { toneRuleRenames } from './renames';
export { toneTemplateMaps } from './lexicon';

/** The learned tone model (scripts/train-tone-model.ts writes it from the labelled drafts). */
export const builtInToneModel: ToneModel = toneModel;
