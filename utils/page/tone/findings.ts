import type { ToneFinding, ToneSeverity } from '../../tone/index';
import type { ToneAllowEntry, ToneSettings } from '../../protocol';

export const SEVERITY_RANK: Record<ToneSeverity, number> = { error: 0, warning: 1, hint: 2 };

/** Key of a finding for "ignore in this draft" and the allow-list: the rule and the words it flagged. */
export function findingKey(f: Pick<ToneFinding, 'ruleId' | 'text'>): string {
  return `${f.ruleId}\u0000${f.text}`;
}

/** Findings the agent still needs to see: categories switched off, allow-listed and ignored ones removed. */
export function visibleFindings(
  findings: readonly ToneFinding[],
  settings: Pick<ToneSettings, 'disabledCategories'>,
  allow: readonly ToneAllowEntry[],
  ignored: ReadonlySet<string>,
): ToneFinding[] {
  const off = new Set(settings.disabledCategories);
  const allowed = new Set(allow.map(findingKey));
  return findings.filter((f) => !off.has(f.category) && !allowed.has(findingKey(f)) && !ignored.has(findingKey(f)));
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

/** The span finding under a caret offset: caret strictly inside, or at its start. */
export function findingAtCaret(findings: readonly ToneFinding[], caret: number): ToneFinding | null {
  let best: ToneFinding | null = null;
  for (const f of findings) {
    if (f.start === f.end || caret < f.start || caret >= f.end) continue;
    if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best.severity]) best = f;
  }
  return best;
}

function conflicts(a: ToneFinding, b: ToneFinding): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * The findings "Fix all" rewrites, right to left (so earlier offsets stay valid while editing):
 * each with a first suggestion; where findings overlap the more severe, then the longer one wins
 * (the same choice as the engine's applySuggestions).
 */
export function fixesRightToLeft(findings: readonly ToneFinding[]): ToneFinding[] {
  const candidates = findings
    .filter((f) => f.suggestions.length > 0)
    .sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const chosen: ToneFinding[] = [];
  for (const f of candidates) if (!chosen.some((c) => conflicts(c, f))) chosen.push(f);
  return chosen.sort((a, b) => b.start - a.start || b.end - a.end);
}

/** Applies fixes (from fixesRightToLeft) to a string: what the draft should read afterwards. */
export function applyFixes(text: string, fixes: readonly ToneFinding[]): string {
  let out = text;
  for (const f of fixes) out = out.slice(0, f.start) + (f.suggestions[0] ?? '') + out.slice(f.end);
  return out;
}
