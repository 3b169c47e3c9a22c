import * as v from 'valibot';
import { builtInTone } from '../tone-builtin';
import { runnablePattern } from '../tone/compile';
import { checkToneWith } from '../tone/engine';
import { linearProblem, linearScanner } from '../tone/linear';
import { ToneRuleSchema, type ToneRule } from '../tone/schema';
import { combineRules } from '../tone/team-rules';
import { makeIssue, type PackIssue, type PackLocale } from './messages';

/**
 * Custom tone rules carried by a pack: the same shape as the built-in rule data
 * (utils/tone/schema.ts), and unique ids within the pack. Valid rules are kept as given.
 * The tone schema words its own problems (in English); they are shown as the detail.
 */
export function validateRules(rules: readonly unknown[], locale: PackLocale): { valid: unknown[]; errors: PackIssue[] } {
  const valid: unknown[] = [];
  const errors: PackIssue[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    const parsed = v.safeParse(ToneRuleSchema, rule);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const keys = (issue.path ?? []).map((item) => item.key);
        const where = keys.reduce<string>(
          (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
          path,
        );
        const missing = issue.kind === 'schema' && issue.input === undefined && keys.length > 0;
        errors.push(missing ? makeIssue(where, 'required', {}, locale) : makeIssue(where, 'rule.invalid', { detail: issue.message }, locale));
      }
      return;
    }
    const broken = notRunnable(parsed.output) ?? failedExample(parsed.output);
    if (broken) {
      errors.push(makeIssue(`${path}.${broken.path}`, 'rule.invalid', { detail: broken.detail }, locale));
      return;
    }
    const first = seen.get(parsed.output.id);
    if (first !== undefined) {
      errors.push(makeIssue(`${path}.id`, 'id.duplicate', { id: parsed.output.id, first: `rules[${first}]` }, locale));
      return;
    }
    seen.set(parsed.output.id, index);
    valid.push(rule);
  });
  return { valid, errors };
}

/** The first of the rule's own examples that the check, run as in the chat page (but without its time budget: a
 *  pack's verdict must not depend on how busy the machine is), gets wrong. */
function failedExample(rule: ToneRule): { path: string; detail: string } | null {
  // A message rule triggered by other categories needs the built-in span rules around it.
  const rules = rule.scope === 'message' && (rule.triggers?.length ?? 0) > 0 ? combineRules(builtInTone.rules, [rule]) : [rule];
  const flags = (draft: string) => checkToneWith(draft, rules, { linear: linearScanner, tables: builtInTone.tables, untimed: true }).some((f) => f.ruleId === rule.id);
  const cases = [
    ...rule.examples.match.map((draft, i) => ({ draft, want: true, path: `examples.match[${i}]` })),
    ...rule.examples.noMatch.map((draft, i) => ({ draft, want: false, path: `examples.noMatch[${i}]` })),
  ];
  for (const { draft, want, path } of cases) {
    try {
      if (flags(draft) !== want) return { path, detail: want ? `does not flag its own example "${draft}"` : `flags "${draft}", which it must not` };
    } catch (e) {
      return { path, detail: `could not be checked on its example: ${(e as Error).message}` };
    }
  }
  return null;
}

/** Whether a schema-valid team rule can run as the check runs it. */
export function runnableTeamRule(rule: ToneRule): boolean {
  return notRunnable(rule) === null;
}

/**
 * A pattern that compiles as written but not as the check runs it: after the engine's own transformations
 * (Traditional widening, case folding, group names), on the linear-time matcher (RE2: no lookaround or
 * back-references, a bounded size).
 */
function notRunnable(rule: ToneRule): { path: string; detail: string } | null {
  for (const field of ['patterns', 'exceptions'] as const) {
    const list = rule[field] ?? [];
    for (let i = 0; i < list.length; i++) {
      const source = runnablePattern(list[i] as string, rule, i);
      try {
        new RegExp(source, 'gu');
      } catch (e) {
        return { path: `${field}[${i}]`, detail: `does not compile as the check runs it: ${(e as Error).message}` };
      }
      const problem = linearProblem(source);
      if (problem) return { path: `${field}[${i}]`, detail: problem };
    }
  }
  return null;
}
