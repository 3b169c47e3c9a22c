import { noDear } from '../tone/team-rule';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInTone } from '../../../utils/tone-builtin';
import { linearScanner, type ToneRule } from '../../../utils/tone/index';
import { translator } from '../../../utils/i18n';
import { checkDraft, sendCheckFindings, toDraftFinding, type DraftCheckInput } from '../../../utils/page/tone/check';
import { nextRules } from '../../../utils/page/tone/settings';
import { FALLBACK_SETTINGS } from '../../../utils/page/tone/state';

const DRAFT = '你好，这款很好看，但是我不能给你退款。';
const t = translator('en');

const TEAM_RULE = noDear;

const builtIn = { version: 'v1', rules: builtInTone.rules, model: builtInTone.model };

function input(over: Partial<DraftCheckInput> = {}): DraftCheckInput {
  return {
    rules: { combined: builtInTone.rules, builtIn },
    settings: FALLBACK_SETTINGS,
    allow: [],
    ignored: new Set(),
    locale: 'zh-CN',
    linear: linearScanner,
    tables: builtInTone.tables,
    ...over,
  };
}

describe('the draft check (pure)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('checks nothing in a blank draft', () => {
    expect(checkDraft('  \n', input())).toEqual({ findings: [], ran: null });
  });

  it('finds the refusal and the 你, sorted by position then severity', () => {
    const { findings, ran } = checkDraft(DRAFT, input());
    expect(ran).toBe('full');
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['address-ni', 'refusal-cannot']));
    const order = findings.map((f) => f.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leaves out switched-off rules and categories, allow-listed and ignored words', () => {
    const all = checkDraft(DRAFT, input()).findings;
    const shown = checkDraft(
      DRAFT,
      input({
        settings: { ...FALLBACK_SETTINGS, disabledCategories: ['contrast'] },
        allow: [{ ruleId: 'refusal-cannot', text: '我不能' }],
        ignored: new Set(['address-ni\u0000你']),
      }),
    ).findings;
    expect(shown.length).toBeLessThan(all.length);
    expect(shown.some((f) => f.ruleId === 'refusal-cannot' || f.ruleId === 'address-ni' || f.category === 'contrast')).toBe(false);
  });

  it('falls back to the built-in rules when the team rules cannot run (no linear matcher), and says so', () => {
    const rules = { combined: [...builtInTone.rules, TEAM_RULE], builtIn };
    expect(checkDraft('Dear customer, thanks!', input({ rules, locale: 'en' })).findings[0]?.ruleId).toBe('team-no-dear');
    // A fresh array: each array is compiled once, with the matcher it was first checked with.
    const partial = checkDraft(DRAFT, input({ rules: { combined: [...builtInTone.rules, TEAM_RULE], builtIn }, linear: null }));
    expect(partial.ran).toBe('built-in');
    expect(partial.findings).toEqual(checkDraft(DRAFT, input()).findings);
  });

  it('tells a draft on which the team rules ran out of time (worth one more try) from one they cannot run at all', () => {
    const noMatcher = checkDraft(DRAFT, input({ rules: { combined: [...builtInTone.rules, TEAM_RULE], builtIn }, linear: null }));
    expect(noMatcher.slow).toBeUndefined();
    // Every reading of the clock is 20 ms after the last: the team rules' 12 ms budget is gone at their first scan.
    let clock = 0;
    vi.spyOn(globalThis.performance, 'now').mockImplementation(() => (clock += 20));
    const slow = checkDraft('Dear customer, thanks!', input({ rules: { combined: [...builtInTone.rules, TEAM_RULE], builtIn }, locale: 'en' }));
    expect(slow).toMatchObject({ ran: 'built-in', slow: true });
    expect(slow.findings.some((f) => f.ruleId === 'team-no-dear')).toBe(false);
  });

  it('says it could not run before any rules arrived, with no findings (not a pass)', () => {
    expect(checkDraft(DRAFT, input({ rules: { combined: null, builtIn: null } }))).toEqual({ findings: [], ran: 'none' });
  });

  it('the send check fails closed: a whole-message error when the check could not run, or ran on the built-in rules only', () => {
    const { findings } = checkDraft(DRAFT, input());
    expect(sendCheckFindings(DRAFT, findings, 'full', t)).toBe(findings);
    expect(sendCheckFindings(DRAFT, [], 'none', t).map((f) => [f.ruleId, f.severity, f.start, f.end])).toEqual([['check-unavailable', 'error', 0, 0]]);
    const partial = sendCheckFindings(DRAFT, findings, 'built-in', t);
    expect(partial[0]?.ruleId).toBe('check-partial');
    expect(partial.slice(1)).toEqual(findings);
    expect(sendCheckFindings('', [], 'none', t)).toEqual([]);
  });

  it('hands the sidebar a copy of each finding', () => {
    const [f] = checkDraft(DRAFT, input()).findings;
    if (!f) throw new Error('expected a finding');
    const d = toDraftFinding(f);
    expect(d).toEqual({ start: f.start, end: f.end, text: f.text, ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, suggestions: f.suggestions, safe: f.safe });
    expect(d.suggestions).not.toBe(f.suggestions);
  });
});

describe('rules from the background', () => {
  const empty = { rules: { combined: null, builtIn: null }, rulesKey: '[]' };
  const conf = { version: 'v1', builtIn: builtInTone.rules, model: null, rules: [] as ToneRule[] };

  it('has no rules until the built-in ones arrive', () => {
    expect(nextRules(empty, { ...conf, builtIn: null }).rules.combined).toBeNull();
  });

  it('keeps the same rules array while the version and the team rules stay the same (compiled once)', () => {
    const first = nextRules(empty, conf);
    expect(first.rules.combined?.length).toBe(builtInTone.rules.length);
    // Later answers leave out the built-in rules the page already has.
    const again = nextRules(first, { ...conf, builtIn: null });
    expect(again.rules.combined).toBe(first.rules.combined);
    expect(again.rules.builtIn).toBe(first.rules.builtIn);
    const team = nextRules(again, { ...conf, builtIn: null, rules: [TEAM_RULE] });
    expect(team.rules.combined).not.toBe(first.rules.combined);
    expect(team.rules.combined?.some((r) => r.id === 'team-no-dear')).toBe(true);
  });
});
