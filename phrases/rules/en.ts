// Built-in tone rules for English drafts (global teams), in check order. Data only; same guidance as the Chinese
// rules, composed from ./lexicon.ts.
import type { ToneRule } from '../../utils/tone/schema';
import { enBlameRules } from './en-blame';
import { enMessageRules } from './en-message';
import { enRefusalRules } from './en-refusal';
import { enToneRules } from './en-tone';

export const enRules: ToneRule[] = [...enRefusalRules, ...enToneRules, ...enBlameRules, ...enMessageRules];
