// Precision and recall of the built-in rules over the labelled corpus.
//
// How a finding matches an expected label:
// - a span finding (start < end) matches an expected span of the SAME CATEGORY when the two ranges share at
//   least one UTF-16 code unit (overlap), whatever their exact boundaries;
// - a whole-message finding (start === end === 0) matches an expected "## tag" of the same category.
// Precision = findings that match some expected label / all findings (hints included).
// Recall    = expected labels matched by some finding / all expected labels.
import { describe, expect, it } from 'vitest';
import { applySuggestions, checkTone, type ToneFinding } from '../../../utils/tone/index';
import { loadCorpus, type CorpusDraft } from './corpus';

const corpus = loadCorpus();

interface Score {
  findings: number;
  truePositives: number;
  expected: number;
  recalled: number;
  misses: string[];
  falseAlarms: string[];
}

function score(drafts: readonly CorpusDraft[]): Score {
  const s: Score = { findings: 0, truePositives: 0, expected: 0, recalled: 0, misses: [], falseAlarms: [] };
  for (const d of drafts) {
    const findings = checkTone(d.text);
    const matchesSpan = (f: ToneFinding, e: { start: number; end: number; category: string }) =>
      f.start < f.end && f.category === e.category && f.start < e.end && e.start < f.end;
    for (const f of findings) {
      s.findings++;
      const ok =
        f.start === f.end ? d.message.includes(f.category) : d.spans.some((e) => matchesSpan(f, e));
      if (ok) s.truePositives++;
      else s.falseAlarms.push(`${d.file}:${d.line} ${f.ruleId} "${f.text}" in ${d.text}`);
    }
    for (const e of d.spans) {
      s.expected++;
      if (findings.some((f) => matchesSpan(f, e))) s.recalled++;
      else s.misses.push(`${d.file}:${d.line} ${e.category} "${d.text.slice(e.start, e.end)}" in ${d.text}`);
    }
    for (const tag of d.message) {
      s.expected++;
      if (findings.some((f) => f.start === f.end && f.category === tag)) s.recalled++;
      else s.misses.push(`${d.file}:${d.line} message ${tag} in ${d.text}`);
    }
  }
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);

describe('tone corpus', () => {
  it('is big enough and honest about traps', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const f of ['corpus-zh-cn.txt', 'corpus-zh-tw.txt', 'corpus-en.txt']) {
      expect(corpus.filter((d) => d.file === f).length).toBeGreaterThanOrEqual(60);
    }
    // Clean drafts that still contain the characters the rules look for.
    const trap = /不|但|你|能|会|會|行|可能|没|沒|但|过|過|自己|\bcan'?t\b|\bno\b|\bbut\b|\bwon'?t\b|\bproblem\b|\bnot\b/i;
    const cleanWithTraps = corpus.filter((d) => d.spans.length === 0 && d.message.length === 0 && trap.test(d.text));
    expect(cleanWithTraps.length * 3).toBeGreaterThanOrEqual(corpus.length);
  });

  it('reaches 95% precision and 95% recall (printed per file)', () => {
    const rows: string[] = [];
    const files = [...new Set(corpus.map((d) => d.file))];
    for (const file of [...files, 'ALL']) {
      const s = score(file === 'ALL' ? corpus : corpus.filter((d) => d.file === file));
      rows.push(
        `${file.padEnd(18)} drafts ${String(file === 'ALL' ? corpus.length : corpus.filter((d) => d.file === file).length).padStart(4)}  ` +
          `findings ${String(s.findings).padStart(4)}  expected ${String(s.expected).padStart(4)}  ` +
          `precision ${pct(s.truePositives, s.findings).toFixed(1)}%  recall ${pct(s.recalled, s.expected).toFixed(1)}%`,
      );
    }
    const all = score(corpus);
    console.log(`tone corpus\n${rows.join('\n')}`);
    if (all.falseAlarms.length) console.log(`false alarms:\n  ${all.falseAlarms.join('\n  ')}`);
    if (all.misses.length) console.log(`misses:\n  ${all.misses.join('\n  ')}`);
    expect(pct(all.truePositives, all.findings)).toBeGreaterThanOrEqual(95);
    expect(pct(all.recalled, all.expected)).toBeGreaterThanOrEqual(95);
  });

  it('leaves no error or warning once the first suggestion of every finding is applied', () => {
    const leftovers: string[] = [];
    for (const d of corpus) {
      const fixed = applySuggestions(d.text, checkTone(d.text));
      const left = checkTone(fixed).filter((f) => f.severity !== 'hint');
      if (left.length) leftovers.push(`${d.file}:${d.line} ${fixed} -> ${left.map((f) => f.ruleId).join(', ')}`);
    }
    expect(leftovers).toEqual([]);
  });
});
