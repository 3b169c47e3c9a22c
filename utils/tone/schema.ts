// The shape of one tone rule. Built-in rules (phrases/rules/) and team-pack custom rules share it,
// so the packs module validates pack rules with this same schema.
import * as v from 'valibot';
import type { ToneModel } from './model';

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How much a finding matters, worst first (the send check's threshold is one of these too). */
export const TONE_SEVERITIES = ['error', 'warning', 'hint'] as const;

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Longest pattern source accepted (rules match short wordings, not documents). */
export const MAX_PATTERN_LENGTH = 300;

/** Patterns from team packs: untrusted, they run in the chat page on every keystroke, on the linear-time matcher
 *  (utils/tone/linear.ts; the packs module checks at import that each pattern runs there, within its size bound). */
const PackPatternSchema = v.pipe(
  v.string(),
  v.minLength(1, 'empty pattern'),
  v.maxLength(MAX_PATTERN_LENGTH, `pattern longer than ${MAX_PATTERN_LENGTH} characters`),
  v.check(compiles, 'not a valid regular expression (Unicode mode)'),
);

/** Patterns of the built-in rules: reviewed code composed from the shared lexicon (long alternations of words),
 *  checked for speed by the bench rather than by the pack limits. */
const BuiltInPatternSchema = v.pipe(v.string(), v.minLength(1, 'empty pattern'), v.check(compiles, 'not a valid regular expression (Unicode mode)'));

const LocalizedTextSchema = v.strictObject({
  'zh-CN': v.pipe(v.string(), v.minLength(1)),
  'zh-TW': v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});

function ruleSchema(PatternSchema: typeof PackPatternSchema | typeof BuiltInPatternSchema) {
  return v.pipe(
    v.strictObject({
      /** Stable kebab-case id; public API (allow-lists and packs refer to it). */
      id: v.pipe(v.string(), v.regex(RULE_ID_PATTERN, 'rule id must be kebab-case')),
      /** Language of the drafts the rule reads. zh patterns are written in Simplified; Traditional forms match too. */
      lang: v.picklist(['zh', 'en']),
      /** e.g. refusal, curt, contrast, vague, address, blame, defensive, dismissive, order, apology, reason, self-focus */
      category: v.pipe(v.string(), v.regex(RULE_ID_PATTERN, 'category must be kebab-case')),
      severity: v.picklist(TONE_SEVERITIES),
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
      /** Replacements for the matched text, best first (for message rules: text inserted after the opening greeting).
       *  `$<name>` is replaced by the named group `name` of the match ('' when it did not take part). */
      suggestions: v.array(v.string()),
      /** 'safe': the suggestions are plain substitutions that keep the meaning (你 → 您), so "Fix all" may apply them
       *  unread. 'review' (default): the agent reads and chooses. */
      rewrite: v.optional(v.picklist(['safe', 'review'])),
      /** 'match' (default): the finding covers the match. 'clause': it covers the whole clause around the match
       *  (between punctuation marks), and the suggestions replace that clause. */
      replace: v.optional(v.picklist(['match', 'clause'])),
      /** Chinese rules: the match must begin where a word begins (Intl.Segmenter), so 你 in 迷你裙 is not 你. */
      wordStart: v.optional(v.boolean()),
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
}

/** A tone rule from a team pack (strict pattern limits). */
export const ToneRuleSchema = ruleSchema(PackPatternSchema);
/** A built-in rule (phrases/rules/). */
export const BuiltInToneRuleSchema = ruleSchema(BuiltInPatternSchema);

export type ToneRule = v.InferOutput<typeof ToneRuleSchema>;
export type ToneSeverity = ToneRule['severity'];
export type ToneLocale = 'zh-CN' | 'zh-TW' | 'en';

/** Text in each UI language (a rule's message, a model finding's). */
export type LocalizedText = ToneRule['message'];

/** Word maps a suggestion may apply to a group: `$<act|formal>` writes 改 as 修改. */
export type TemplateMaps = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The small tables rules and the model refer to; the engine takes them with every check. */
export interface ToneTables {
  /** The maps `$<name|map>` in a suggestion looks words up in. */
  templateMaps: TemplateMaps;
  /** What a finding of the learned model says, per category. */
  modelMessages: Readonly<Record<string, LocalizedText>>;
  /** Old rule id -> current id: rule ids are public API, so an old id in an allow-list keeps working. */
  renames: Readonly<Record<string, string>>;
}

/** A complete rule set as the engine runs it: the rules in check order, the learned model and the tables. */
export interface ToneBundle {
  rules: readonly ToneRule[];
  model: ToneModel;
  tables: ToneTables;
}
