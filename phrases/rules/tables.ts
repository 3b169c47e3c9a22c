// The small tables the built-in rules and model refer to: the word maps of their suggestions, what the model's
// findings say, and the renamed rule ids. The chat page bundles these and gets the rules and the model themselves
// from the background. Data only.
import type { ToneTables } from '../../utils/tone/schema';
import { toneTemplateMaps } from './lexicon';
import { toneModelMessages } from './model-messages';
import { toneRuleRenames } from './renames';

export const builtInToneTables: ToneTables = { templateMaps: toneTemplateMaps, modelMessages: toneModelMessages, renames: toneRuleRenames };
