// The built-in tone rule set: Chinese (Simplified and Traditional) and English rules, in check order.
import type { ToneRule } from '../../utils/tone/schema';
import { enRules } from './en';
import { zhRules } from './zh';

export const builtInToneRules: readonly ToneRule[] = Object.freeze([...zhRules, ...enRules]);
export { toneRuleRenames } from './renames';
export { toneTemplateMaps } from './lexicon';
