import * as v from 'valibot';
import { makeIssue, type PackIssue, type PackLocale } from './messages';
import { toIssues } from './issues';

/**
 * Custom tone rules carried by a pack. The full rule shape belongs to the tone engine; here a
 * rule must at least be an object with a kebab-case `id`, a `category` and a `severity`, and
 * ids must be unique. Rule objects are kept as given: the tone engine validates them again
 * when it loads them.
 */
const MinimalRuleSchema = v.looseObject(
  {
    id: v.pipe(v.string('type.string'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule.id')),
    category: v.pipe(v.string('type.string'), v.nonEmpty('empty')),
    severity: v.picklist(['error', 'warning', 'info'], 'rule.severity'),
  },
  'type.object',
);

export function validateRules(rules: readonly unknown[], locale: PackLocale): { valid: unknown[]; errors: PackIssue[] } {
  const valid: unknown[] = [];
  const errors: PackIssue[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    const parsed = v.safeParse(MinimalRuleSchema, rule);
    if (!parsed.success) {
      errors.push(...toIssues(parsed.issues, path, locale));
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
