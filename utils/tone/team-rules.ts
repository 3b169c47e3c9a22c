// Which rules are the extension's own, and the limits on the others. Team-pack rules are untrusted code: they run on
// the linear-time matcher (./linear.ts), within a time budget per draft and a cap on findings.
import type { ScanMatch, Scanner } from './scanner';
import type { ToneRule } from './schema';

/** Rules that are reviewed code shipped with the extension; every other rule is a team rule. */
const reviewed = new WeakSet<ToneRule>();

/**
 * Marks rules as the extension's own (the built-in rules, also as the chat page receives them from the background):
 * they run on the browser's RegExp engine. Any rule not marked is untrusted and runs on the linear-time matcher.
 */
export function markReviewed<T extends readonly ToneRule[]>(rules: T): T {
  for (const rule of rules) reviewed.add(rule);
  return rules;
}

export const isReviewed = (rule: ToneRule): boolean => reviewed.has(rule);

/** Team rules together may take this long on one draft; past it the check stops and throws TeamRulesTooSlow. */
export const TEAM_BUDGET_MS = 12;

/** A team rule reports at most this many findings per draft (a pattern that matches everywhere is not advice). */
export const TEAM_FINDINGS_MAX = 30;

export class TeamRulesTooSlow extends Error {
  constructor() {
    super(`team tone rules took longer than ${TEAM_BUDGET_MS} ms on this draft`);
  }
}

/** One scan step of a rule: the next match at or after `from`. */
export type Scan = (scanner: Scanner, text: string, from: number) => ScanMatch | null;

const plainScan: Scan = (scanner, text, from) => scanner.exec(text, from);

const now = (): number => globalThis.performance.now();

/**
 * Runs one rule's work. A team rule's scans first check the time team rules have left on this draft (TEAM_BUDGET_MS
 * in all, `spent` carried from rule to rule), so many of them together stop instead of stalling the page; built-in
 * rules scan without a clock.
 */
export function withScan<T>(team: boolean, spent: { ms: number }, work: (scan: Scan) => T): T {
  if (!team) return work(plainScan);
  const t0 = now();
  const deadline = t0 + TEAM_BUDGET_MS - spent.ms;
  try {
    return work((scanner, text, from) => {
      if (now() > deadline) throw new TeamRulesTooSlow();
      return scanner.exec(text, from);
    });
  } finally {
    spent.ms += now() - t0;
  }
}

/**
 * The rules to check with when a team adds its own: each team rule replaces the built-in rule of
 * the same id (the team's wording of it) or is added after the built-in ones.
 */
export function combineRules(base: readonly ToneRule[], team: readonly ToneRule[]): readonly ToneRule[] {
  if (team.length === 0) return base;
  const byId = new Map(team.map((r) => [r.id, r]));
  const merged = base.map((r) => byId.get(r.id) ?? r);
  const used = new Set(base.map((r) => r.id));
  return [...merged, ...team.filter((r) => !used.has(r.id))];
}
