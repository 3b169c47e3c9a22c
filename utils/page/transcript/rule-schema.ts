// A per-site "taught" transcript rule as plain JSON, and its schema: a stored rule is checked before it is used.
import * as v from 'valibot';

/** A class token or id the rule may name: no spaces, quotes or selector syntax. */
const NAME = /^[A-Za-z_][\w-]{0,63}$/;
const TAG = /^[a-z][a-z0-9-]{0,31}$/;

const name = v.pipe(v.string(), v.regex(NAME, 'not a class name'));
const tag = v.pipe(v.string(), v.regex(TAG, 'not a tag name'));
const classes = v.pipe(v.array(name), v.maxLength(8));

/** One element on the way from the top document's body to the log; an `iframe` step enters that frame's body. */
const step = v.strictObject({ tag, classes, id: v.optional(name) });

const sides = v.variant('by', [
  /** The customer's rows (or something inside them) carry `customer`, the agent's carry `agent`; one may be null. */
  v.strictObject({ by: v.literal('class'), customer: v.nullable(name), agent: v.nullable(name) }),
  /** The agent's messages lean to `agent`, the customer's to the other side. */
  v.strictObject({ by: v.literal('align'), agent: v.picklist(['left', 'right']) }),
]);

export const TaughtRuleSchema = v.pipe(
  v.strictObject({
    version: v.literal(1),
    /** Path from the body of the top same-origin document to the element whose children are the messages. */
    log: v.pipe(v.array(step), v.minLength(1), v.maxLength(40)),
    /** What every message row is: its tag and the classes all rows share. */
    message: v.strictObject({ tag, classes }),
    sides,
  }),
  v.check(
    (rule) => rule.sides.by !== 'class' || rule.sides.customer !== null || rule.sides.agent !== null,
    'a class rule names a class of at least one side',
  ),
);

export type TaughtRule = v.InferOutput<typeof TaughtRuleSchema>;
export type PathStep = TaughtRule['log'][number];

export type ParsedRule = { ok: true; rule: TaughtRule } | { ok: false; problems: string[] };

/** A stored rule checked against the schema; problems name the path (`log.2.classes.0: not a class name`). */
export function parseRule(stored: unknown): ParsedRule {
  const result = v.safeParse(TaughtRuleSchema, stored);
  if (result.success) return { ok: true, rule: result.output };
  return { ok: false, problems: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(rule)'}: ${issue.message}`) };
}
