import type { ToneFinding, ToneSeverity } from '../../tone/index';
import { SEVERITY_RANK } from '../../tone/precedence';
import type { ToneAllowEntry, ToneSettings } from '../../settings';

/** Key of a finding for "ignore in this draft" and the allow-list: the rule and the words it flagged. */
export function findingKey(f: Pick<ToneFinding, 'ruleId' | 'text'>): string {
  return `${f.ruleId}\u0000${f.text}`;
}

/** Findings the agent still needs to see: categories and rules switched off, allow-listed and ignored ones removed. */
export function visibleFindings(
  findings: readonly ToneFinding[],
  settings: Pick<ToneSettings, 'disabledCategories' | 'disabledRules'>,
  allow: readonly ToneAllowEntry[],
  ignored: ReadonlySet<string>,
): ToneFinding[] {
  const off = new Set(settings.disabledCategories);
  const rulesOff = new Set(settings.disabledRules);
  const allowed = new Set(allow.map(findingKey));
  return findings.filter(
    (f) => !off.has(f.category) && !rulesOff.has(f.ruleId) && !allowed.has(findingKey(f)) && !ignored.has(findingKey(f)),
  );
}

/** The most severe level among findings, or null when there are none. */
export function worstSeverity(findings: readonly ToneFinding[]): ToneSeverity | null {
  let worst: ToneSeverity | null = null;
  for (const f of findings) if (worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings at or above the send-check threshold. */
export function blocking(findings: readonly ToneFinding[], threshold: ToneSeverity): ToneFinding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold]);
}

/** True when a caret offset is in a span finding: strictly inside, or at its start. */
export function caretIn(f: Pick<ToneFinding, 'start' | 'end'>, caret: number): boolean {
  return f.start < f.end && f.start <= caret && caret < f.end;
}

/** The span finding under a caret offset (caretIn), the most severe where several are. */
export function findingAtCaret(findings: readonly ToneFinding[], caret: number): ToneFinding | null {
  let best: ToneFinding | null = null;
  for (const f of findings) {
    if (!caretIn(f, caret)) continue;
    if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best.severity]) best = f;
  }
  return best;
}
