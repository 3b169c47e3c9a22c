import { builtInTone } from '../tone-builtin';
import { resolveRuleId } from '../tone/engine';
import type { ToneRule } from '../tone/schema';

/**
 * Team-pack tone rules that take a built-in rule's id. A team rule with a built-in rule's id replaces
 * that rule (utils/tone/engine.ts `combineRules`), so a pack can switch a built-in check off without
 * saying so; a rule with a built-in rule's former id (phrases/rules/renames.ts) claims an id that stays
 * reserved for the renamed rule. Both are named in the import preview and on the subscription, and the
 * administrator's managed policy `allowBuiltInRuleOverrides: false` refuses them (import, subscriptions,
 * and again in the background's `tone:get`).
 */
export interface RuleOverride {
  /** The pack rule's id as written. */
  ruleId: string;
  /** The built-in rule it takes the id of. */
  builtInId: string;
  /** 'same-id': replaces the built-in rule; 'former-id': uses an old id of it. */
  via: 'same-id' | 'former-id';
  /** Left out because the managed policy forbids overriding built-in rules. */
  refused: boolean;
}

/** The managed-storage key (public/managed_schema.json). */
export const OVERRIDE_POLICY_KEY = 'allowBuiltInRuleOverrides';

/**
 * Whether the administrator's managed policy lets packs override built-in rules: yes when there is no
 * policy or the key is absent; a present value other than `true` forbids it (fail closed).
 */
export function readOverridePolicy(managed: unknown): boolean {
  if (typeof managed !== 'object' || managed === null || !(OVERRIDE_POLICY_KEY in managed)) return true;
  return (managed as Record<string, unknown>)[OVERRIDE_POLICY_KEY] === true;
}

const idOf = (rule: unknown): string | null => {
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
};

const idSets = new WeakMap<readonly ToneRule[], ReadonlySet<string>>();
function idsOf(rules: readonly ToneRule[]): ReadonlySet<string> {
  let ids = idSets.get(rules);
  if (!ids) idSets.set(rules, (ids = new Set(rules.map((r) => r.id))));
  return ids;
}

/** The built-in rule a pack rule id takes over, and how, or null. */
export function builtInOverrideOf(id: string, builtIn: readonly ToneRule[] = builtInTone.rules): Pick<RuleOverride, 'builtInId' | 'via'> | null {
  const ids = idsOf(builtIn);
  if (ids.has(id)) return { builtInId: id, via: 'same-id' };
  const current = resolveRuleId(id, builtInTone.tables.renames);
  return current !== id && ids.has(current) ? { builtInId: current, via: 'former-id' } : null;
}

/**
 * Splits a pack's rules: the ones kept (all of them when overrides are allowed) and, for every rule that
 * takes a built-in id, what it overrides and whether it was refused.
 */
export function screenPackRules(
  rules: readonly unknown[],
  options: { allow: boolean; builtIn?: readonly ToneRule[] },
): { kept: unknown[]; overrides: RuleOverride[] } {
  const kept: unknown[] = [];
  const overrides: RuleOverride[] = [];
  for (const rule of rules) {
    const id = idOf(rule);
    const hit = id === null ? null : builtInOverrideOf(id, options.builtIn);
    if (id !== null && hit !== null) overrides.push({ ruleId: id, ...hit, refused: !options.allow });
    if (hit === null || options.allow) kept.push(rule);
  }
  return { kept, overrides };
}

/** Team rules as the chat page may get them: without those that take a built-in id when the policy forbids it. */
export function teamRulesUnderPolicy<R extends ToneRule>(rules: readonly R[], allow: boolean, builtIn: readonly ToneRule[] = builtInTone.rules): R[] {
  return allow ? [...rules] : rules.filter((r) => builtInOverrideOf(r.id, builtIn) === null);
}
