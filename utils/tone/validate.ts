// Checks rule data: schema, duplicate ids and patterns, and every rule's must-match / must-not-match examples.
import * as v from 'valibot';
import { runnablePattern } from './compile';
import { checkToneWith } from './engine';
import { linearProblem, linearScanner } from './linear';
import { BuiltInToneRuleSchema, ToneRuleSchema, type ToneRule, type ToneTables } from './schema';
import { markReviewed } from './team-rules';

export interface RuleProblem {
  /** Index of the rule in the array that was checked. */
  index: number;
  ruleId: string;
  /** Where, e.g. `rules[3].patterns[0]` or `rules[3].examples.match[1]`. */
  path: string;
  problem: string;
}

function issuePath(index: number, issue: v.BaseIssue<unknown>): string {
  let path = `rules[${index}]`;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/**
 * Validates rules. `tables` are the tables the rules' examples are checked with. `context` is the full rule set the
 * rules run in (default: the rules themselves); message rules that are triggered by categories need the span rules of
 * those categories to be in it. Returns every problem found; an empty array means the rules are sound.
 */
export function validateRules(
  rules: readonly unknown[],
  tables: ToneTables,
  context?: readonly ToneRule[],
  options: { builtIn?: boolean } = {},
): RuleProblem[] {
  const schema = options.builtIn ? BuiltInToneRuleSchema : ToneRuleSchema;
  const problems: RuleProblem[] = [];
  const valid: Array<{ index: number; rule: ToneRule }> = [];
  rules.forEach((raw, index) => {
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) {
      // The parsed copy of a built-in rule is the same reviewed code.
      if (options.builtIn) markReviewed([parsed.output]);
      valid.push({ index, rule: parsed.output });
    } else {
      const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '';
      for (const issue of parsed.issues) problems.push({ index, ruleId: id, path: issuePath(index, issue), problem: issue.message });
    }
  });

  const seenIds = new Map<string, number>();
  const seenPatterns = new Map<string, string>();
  for (const { index, rule } of valid) {
    const prior = seenIds.get(rule.id);
    if (prior !== undefined) {
      problems.push({ index, ruleId: rule.id, path: `rules[${index}].id`, problem: `duplicate rule id (also rules[${prior}])` });
    } else {
      seenIds.set(rule.id, index);
    }
    for (const field of ['patterns', 'exceptions'] as const) {
      (rule[field] ?? []).forEach((p, i) => {
        try {
          new RegExp(runnablePattern(p, rule, i), 'gu');
        } catch (e) {
          problems.push({ index, ruleId: rule.id, path: `rules[${index}].${field}[${i}]`, problem: `does not compile as run: ${(e as Error).message}` });
        }
      });
      // Team rules run on RE2, pattern by pattern.
      if (!options.builtIn) {
        (rule[field] ?? []).forEach((p, i) => {
          const problem = linearProblem(runnablePattern(p, rule, i));
          if (problem) problems.push({ index, ruleId: rule.id, path: `rules[${index}].${field}[${i}]`, problem: `cannot run on the linear-time matcher: ${problem}` });
        });
      }
    }
    rule.patterns.forEach((p, i) => {
      const key = `${rule.lang}\u0000${p}`;
      const owner = seenPatterns.get(key);
      if (owner !== undefined && owner !== rule.id) {
        problems.push({ index, ruleId: rule.id, path: `rules[${index}].patterns[${i}]`, problem: `duplicate pattern (also in ${owner})` });
      } else {
        seenPatterns.set(key, rule.id);
      }
    });
  }

  const set: readonly ToneRule[] = context ?? valid.map((r) => r.rule);
  // Examples are short and their patterns already proved linear-time: checked without the chat page's time budget,
  // so a pack of many rules is not judged by how busy the machine is (a thousand rules once lost one to the clock).
  const check = { linear: linearScanner, tables, untimed: true };
  for (const { index, rule } of valid) {
    const runIn = set.includes(rule) ? set : [...set, rule];
    rule.examples.match.forEach((example, i) => {
      if (!checkToneWith(example, runIn, check).some((f) => f.ruleId === rule.id)) {
        problems.push({ index, ruleId: rule.id, path: `rules[${index}].examples.match[${i}]`, problem: `does not match: ${example}` });
      }
    });
    rule.examples.noMatch.forEach((example, i) => {
      if (checkToneWith(example, runIn, check).some((f) => f.ruleId === rule.id)) {
        problems.push({ index, ruleId: rule.id, path: `rules[${index}].examples.noMatch[${i}]`, problem: `matches but must not: ${example}` });
      }
    });
  }
  return problems;
}
