// Precision and recall of tone findings against labelled drafts, overall, per language and per category.
//
// How a finding matches an expected label:
// - a span finding (start < end) matches an expected span of the SAME CATEGORY when the two ranges share at
//   least one UTF-16 code unit (overlap), whatever their exact boundaries;
// - a whole-message finding (start === end) matches an expected "## tag" of the same category; in files that do
//   not label whole-message findings (the blind holdout, dev-*.txt) they are left out of the score.
// Precision = findings that match some expected label / findings scored (hints included).
// Recall    = expected labels matched by some finding / all expected labels.
import { checkTone } from '../../../utils/tone-builtin';
import type { ToneFinding } from '../../../utils/tone/index';
import { scoresMessages, type CorpusDraft, type ExpectedSpan } from './corpus';

export interface Tally {
  findings: number;
  truePositives: number;
  expected: number;
  recalled: number;
}

export interface Score extends Tally {
  byLang: Map<string, Tally>;
  byCategory: Map<string, Tally>;
  misses: string[];
  falseAlarms: string[];
}

const empty = (): Tally => ({ findings: 0, truePositives: 0, expected: 0, recalled: 0 });

function bump(map: Map<string, Tally>, key: string, field: keyof Tally): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = empty()));
  t[field]++;
}

const matchesSpan = (f: ToneFinding, e: ExpectedSpan) =>
  f.start < f.end && f.category === e.category && f.start < e.end && e.start < f.end;

export function score(drafts: readonly CorpusDraft[], check: (text: string) => ToneFinding[] = (t) => checkTone(t)): Score {
  const s: Score = { ...empty(), byLang: new Map(), byCategory: new Map(), misses: [], falseAlarms: [] };
  const count = (d: CorpusDraft, category: string, field: keyof Tally) => {
    s[field]++;
    bump(s.byLang, d.lang, field);
    bump(s.byCategory, category, field);
  };
  for (const d of drafts) {
    const messages = scoresMessages(d.file);
    const findings = check(d.text).filter((f) => messages || f.start < f.end);
    for (const f of findings) {
      count(d, f.category, 'findings');
      const ok = f.start === f.end ? d.message.includes(f.category) : d.spans.some((e) => matchesSpan(f, e));
      if (ok) count(d, f.category, 'truePositives');
      else s.falseAlarms.push(`${d.file}:${d.line} ${f.ruleId} "${f.text}" in ${d.text}`);
    }
    for (const e of d.spans) {
      count(d, e.category, 'expected');
      if (findings.some((f) => matchesSpan(f, e))) count(d, e.category, 'recalled');
      else s.misses.push(`${d.file}:${d.line} ${e.category} "${d.text.slice(e.start, e.end)}" in ${d.text}`);
    }
    for (const tag of d.message) {
      count(d, tag, 'expected');
      if (findings.some((f) => f.start === f.end && f.category === tag)) count(d, tag, 'recalled');
      else s.misses.push(`${d.file}:${d.line} message ${tag} in ${d.text}`);
    }
  }
  return s;
}

export const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
export const precision = (t: Tally): number => pct(t.truePositives, t.findings);
export const recall = (t: Tally): number => pct(t.recalled, t.expected);

function row(name: string, t: Tally): string {
  return (
    `${name.padEnd(12)} findings ${String(t.findings).padStart(4)}  expected ${String(t.expected).padStart(4)}  ` +
    `precision ${precision(t).toFixed(1).padStart(5)}%  recall ${recall(t).toFixed(1).padStart(5)}%`
  );
}

/** The table `npm test` prints: overall, per language, per category. */
export function report(title: string, drafts: readonly CorpusDraft[], s: Score): string {
  const lines = [`${title}: ${drafts.length} drafts`, row('ALL', s)];
  for (const [lang, t] of [...s.byLang].sort()) lines.push(row(lang, t));
  for (const [cat, t] of [...s.byCategory].sort()) lines.push(row(cat, t));
  return lines.join('\n');
}
