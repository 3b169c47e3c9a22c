// Turning a rule's suggestions into replacement text, and applying findings' suggestions to a draft.
import { toHans } from './hant';
import { conflicts, SEVERITY_RANK } from './precedence';
import type { TemplateMaps, ToneSeverity } from './schema';

/** The part of a finding that rewriting needs. */
export interface Rewritable {
  start: number;
  end: number;
  severity: ToneSeverity;
  suggestions: readonly string[];
  safe: boolean;
}

/** Named groups of a match, with the engine's per-pattern suffixes (`subj__2`) taken off. */
export function groupsOf(groups: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(groups)) {
    if (value === undefined) continue;
    const name = key.replace(/__\d+$/u, '');
    out[name] ??= value;
  }
  return out;
}

/**
 * Replaces `$<name>` in a suggestion with the named group's text ('' when the group did not take part), and
 * `$<name|map>` with the group's text looked up in that map (the text itself when the map has no entry; Traditional
 * text is looked up in Simplified, and the engine writes the result back in the draft's script).
 */
export function expandTemplate(template: string, groups: Readonly<Record<string, string>>, maps: TemplateMaps = {}): string {
  if (!template.includes('$<')) return template;
  return template.replace(/\$<([A-Za-z_]\w*)(?:\|([A-Za-z_]\w*))?>/gu, (_, name: string, map: string | undefined) => {
    const value = groups[name] ?? '';
    if (map === undefined) return value;
    const table = maps[map];
    // Tables are written in Simplified; a word captured from a Traditional draft is looked up in Simplified.
    return table?.[value] ?? table?.[toHans(value)] ?? value;
  });
}

/** In English, a suggestion replacing a capitalised word starts with a capital too. */
export function matchCase(suggestion: string, matched: string): string {
  const first = matched.charAt(0);
  if (first >= 'A' && first <= 'Z' && suggestion.length > 0) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

/**
 * Joins a suggestion to the text around it: no colon or comma before punctuation, "I'm sorry, we…" before a lowercase word,
 * one space (not two) before the next word, a space after an English comma or sentence mark.
 */
export function smoothSeam(suggestion: string, prev: string, following: string): string {
  let s = suggestion;
  const next = following.charAt(0);
  if (/[：:]$/u.test(s) && (next === '' || /^[\p{P}\s]/u.test(next))) s = s.slice(0, -1);
  if (/[,，]$/u.test(s) && (next === '' || /^[\p{P}]/u.test(next))) s = s.slice(0, -1);
  if (/[～~]$/u.test(s) && /^[。.！!，,]/u.test(next)) s = s.slice(0, -1);
  if (/\. $/u.test(s) && /^\s*[a-z]/u.test(following)) s = `${s.slice(0, -2)}, `;
  if (/ $/u.test(s) && next === ' ') s = s.slice(0, -1);
  if (/^[A-Za-z]/u.test(s) && /[,;.!?]/u.test(prev)) s = ` ${s}`;
  return s;
}

export interface FixOptions {
  /** Only findings whose suggestions are safe to apply unread ("Fix all"). */
  safeOnly?: boolean;
}

/**
 * The findings whose first suggestion a "fix all" applies, right to left (so earlier offsets stay valid): where
 * findings overlap the more severe, then the longer one wins; with `safeOnly`, findings that need the agent's
 * eye are left out.
 */
export function chooseFixes<T extends Rewritable>(findings: readonly T[], options: FixOptions = {}): T[] {
  const candidates = findings
    .filter((f) => f.suggestions.length > 0 && (!options.safeOnly || f.safe))
    .sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const chosen: T[] = [];
  for (const f of candidates) if (!chosen.some((c) => conflicts(c, f))) chosen.push(f);
  return chosen.sort((a, b) => b.start - a.start || b.end - a.end);
}

/** Applies chosen fixes (from chooseFixes) to a string. */
export function applyFixes(text: string, fixes: readonly Rewritable[]): string {
  let out = text;
  for (const f of fixes) {
    if (f.start < 0 || f.end > out.length || f.start > f.end) continue;
    out = out.slice(0, f.start) + (f.suggestions[0] ?? '') + out.slice(f.end);
  }
  return out;
}

/** Replaces one finding's span by one of its suggestions (a whole-message finding, an empty span, inserts there). */
export function applySuggestion(text: string, span: Pick<Rewritable, 'start' | 'end'>, suggestion: string): string {
  return applyFixes(text, [{ start: span.start, end: span.end, severity: 'hint', suggestions: [suggestion], safe: false }]);
}

/** Applies the first suggestion of each finding (see chooseFixes for overlaps). */
export function applySuggestions(draft: string, findings: readonly Rewritable[], options: FixOptions = {}): string {
  return applyFixes(draft, chooseFixes(findings, options));
}
