// The shape of one tone rule. Built-in rules (phrases/rules/) and team-pack custom rules share it,
// so the packs module validates pack rules with this same schema.
import * as v from 'valibot';

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

const PatternSchema = v.pipe(
  v.string(),
  v.minLength(1, 'empty pattern'),
  v.check(compiles, 'not a valid regular expression (Unicode mode)'),
);

const LocalizedTextSchema = v.strictObject({
  'zh-CN': v.pipe(v.string(), v.minLength(1)),
  'zh-TW': v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});

export const ToneRuleSchema = v.pipe(
  v.strictObject({
    /** Stable kebab-case id; public API (allow-lists and packs refer to it). */
    id: v.pipe(v.string(), v.regex(RULE_ID_PATTERN, 'rule id must be kebab-case')),
    /** Language of the drafts the rule reads. zh patterns are written in Simplified; Traditional forms match too. */
    lang: v.picklist(['zh', 'en']),
    /** e.g. refusal, contrast, vague, address, curt, blame, apology, reason, self-focus */
    category: v.pipe(v.string(), v.regex(RULE_ID_PATTERN, 'category must be kebab-case')),
    severity: v.picklist(['error', 'warning', 'hint']),
    /** 'span' (default): each pattern match is a finding. 'message': one finding about the whole draft, at 0..0. */
    scope: v.optional(v.picklist(['span', 'message'])),
    /** RegExp sources (Unicode mode). For message rules they count towards minCount. */
    patterns: v.array(PatternSchema),
    /** Contexts where the same characters are fine. Span rules: a match lying inside an exception match is dropped.
     *  Message rules: any exception match anywhere in the draft silences the rule. */
    exceptions: v.optional(v.array(PatternSchema)),
    ignoreCase: v.optional(v.boolean()),
    /** Message rules: fire when span findings of these categories (same lang) are present. */
    triggers: v.optional(v.array(v.pipe(v.string(), v.regex(RULE_ID_PATTERN)))),
    /** Message rules: how many pattern matches are needed (default 1). */
    minCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Replacements for the matched text, best first (for message rules: text inserted at the start). */
    suggestions: v.array(v.string()),
    message: LocalizedTextSchema,
    /** Which piece of the customer-service guidance the rule serves. */
    note: v.pipe(v.string(), v.minLength(1)),
    examples: v.strictObject({
      match: v.pipe(v.array(v.string()), v.minLength(1, 'at least one example that must match')),
      noMatch: v.pipe(v.array(v.string()), v.minLength(1, 'at least one example that must not match')),
    }),
  }),
  v.check(
    (rule) => rule.patterns.length > 0 || (rule.scope === 'message' && (rule.triggers?.length ?? 0) > 0),
    'a rule needs patterns (or, for a message rule, triggers)',
  ),
);

export type ToneRule = v.InferOutput<typeof ToneRuleSchema>;
export type ToneSeverity = ToneRule['severity'];
export type ToneLocale = 'zh-CN' | 'zh-TW' | 'en';
