// Every suggestion must leave a sentence a person would send: applied to every rule example and every labelled
// draft (corpus and holdout), the result re-checks clean at error and warning level for that rule's finding, has no
// doubled character or word at the seams, and keeps the text outside the replaced span as it was.
import { describe, expect, it } from 'vitest';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import type { ToneFinding } from '../../../utils/tone/index';
import { loadCorpus, loadHoldout, loadSeenHoldout } from './corpus';

const drafts = [
  ...builtInTone.rules.flatMap((r) => r.examples.match),
  ...loadCorpus().map((d) => d.text),
  ...loadHoldout().map((d) => d.text),
  ...loadSeenHoldout().map((d) => d.text),
];

/** Characters that may legitimately repeat at a seam (reduplication, punctuation, digits, letters). */
const REPEATABLE = /[\p{P}\s\d哈嗯哦~～a-z]/iu;

function seamProblem(before: string, replacement: string, after: string): string | null {
  if (replacement === '') {
    const l = before.slice(-1);
    const r = after.charAt(0);
    if (l && r && l === r && !REPEATABLE.test(l)) return `doubled "${l}" where the span was removed`;
    if (/[，,]$/u.test(before) && /^[，,。]/u.test(after)) return 'two punctuation marks meet';
    return null;
  }
  const l = before.slice(-1);
  const r = after.charAt(0);
  if (l && l === replacement.charAt(0) && !REPEATABLE.test(l)) return `doubled "${l}" before the rewrite`;
  if (r && r === replacement.slice(-1) && !REPEATABLE.test(r)) return `doubled "${r}" after the rewrite`;
  const lw = /(\w+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  const fw = /^\s*(\w+)/u.exec(replacement)?.[1]?.toLowerCase();
  if (lw && fw && lw === fw && /[a-z]/.test(lw)) return `doubled word "${lw}"`;
  const rw = /(\w+)\s*$/u.exec(replacement)?.[1]?.toLowerCase();
  const aw = /^\s*(\w+)/u.exec(after)?.[1]?.toLowerCase();
  if (rw && aw && rw === aw && /[a-z]/.test(rw)) return `doubled word "${rw}"`;
  return null;
}

function problemsOf(draft: string, f: ToneFinding): string[] {
  const out: string[] = [];
  for (const suggestion of f.suggestions) {
    const before = draft.slice(0, f.start);
    const after = draft.slice(f.end);
    const fixed = before + suggestion + after;
    if (!fixed.startsWith(before) || !fixed.endsWith(after)) out.push('text outside the span changed');
    const seam = seamProblem(before, suggestion, after);
    if (seam) out.push(seam);
    // The rewrite must not be flagged at error or warning level where it stands, except by a finding that was
    // already there around it (你 → 您 inside a clause that blames the customer is still that blame).
    const at = before.length;
    const delta = suggestion.length - (f.end - f.start);
    // Where each original finding lies in the rewritten text.
    const moved = checkTone(draft).map((o) => {
      if (o.end <= f.start) return { ...o };
      if (o.start >= f.end) return { ...o, start: o.start + delta, end: o.end + delta };
      return { ...o, start: Math.min(o.start, f.start), end: Math.max(o.end, f.end) + delta };
    });
    const left = checkTone(fixed).filter(
      (g) =>
        g.severity !== 'hint' &&
        g.start !== g.end &&
        g.start <= at + suggestion.length &&
        at <= g.end &&
        (g.ruleId === f.ruleId || !moved.some((o) => o.ruleId === g.ruleId && o.start <= g.end && g.start <= o.end)),
    );
    if (left.length) out.push(`rewrite still flagged by ${left.map((g) => `${g.ruleId} "${g.text}"`).join(', ')}`);
    if (f.start === f.end && checkTone(fixed).some((g) => g.ruleId === f.ruleId)) out.push('whole-message finding remains');
    if (out.length) out.unshift(`${f.ruleId}: ${draft} → ${fixed}`);
  }
  return out;
}

describe('tone rewrites', () => {
  it(`read as a sentence on ${drafts.length} drafts: re-check clean, no doubled seams, nothing outside the span changed`, () => {
    const problems: string[] = [];
    let rewrites = 0;
    for (const draft of drafts) {
      for (const f of checkTone(draft)) {
        rewrites += f.suggestions.length;
        const p = problemsOf(draft, f);
        if (p.length) problems.push(p.join('\n    '));
      }
    }
    console.log(`tone rewrites checked: ${rewrites}`);
    expect(problems).toEqual([]);
  });

  it('mark only plain substitutions safe for Fix all', () => {
    const safe = builtInTone.rules.filter((r) => r.rewrite === 'safe').map((r) => r.id);
    expect(safe.sort()).toEqual(['address-ni', 'curt-interjection-only', 'curt-opener', 'en-curt-only']);
  });
});
