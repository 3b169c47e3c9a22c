// The built-in tone data: Chinese (Simplified and Traditional) and English rules in check order, the learned model
// and the tables they refer to. Data only: utils/tone-builtin.ts hands it to the engine as reviewed code.
import type { ToneBundle } from '../../utils/tone/schema';
import { toneModel } from './model';
import { enRules } from './en';
import { zhRules } from './zh';
import { formatRules } from './format';
import { builtInToneTables } from './tables';

export const builtInToneData: ToneBundle = {
  rules: Object.freeze([...zhRules, ...enRules, ...formatRules]),
  /** The learned tone model (scripts/train-tone-model.ts writes it from the labelled drafts). */
  model: toneModel,
  tables: builtInToneTables,
};
