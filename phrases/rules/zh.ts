// Built-in tone rules for Chinese drafts, in check order. Patterns are written in Simplified script and the engine
// widens them so the Traditional forms match too (utils/tone/hant.ts); suggestions are converted to Traditional
// (with zh-TW particles) when the draft is written in Traditional. They are composed from ./lexicon.ts.
// Guidance references: seeds 004 section 七 (negative language, 但是, 因为, 少用我), 004 section 八 (不讲价, 嗯嗯/哈哈),
// 000 (称呼使用"您", first words "非常抱歉"), 002 (no 大约/可能 in product facts, the customer is always right).
import type { ToneRule } from '../../utils/tone/schema';
import { zhBlameRules } from './zh-blame';
import { zhDismissiveRules } from './zh-dismissive';
import { zhMessageRules } from './zh-message';
import { zhOrderRules } from './zh-order';
import { zhRefusalRules } from './zh-refusal';
import { zhToneRules } from './zh-tone';

export const zhRules: ToneRule[] = [...zhRefusalRules, ...zhToneRules, ...zhBlameRules, ...zhDismissiveRules, ...zhOrderRules, ...zhMessageRules];
