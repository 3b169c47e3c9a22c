import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../utils/tone-builtin';
import { applyFixes, applySuggestions, chooseFixes, type ToneFinding } from '../../../utils/tone/index';
import { blocking, findingAtCaret, visibleFindings, worstSeverity } from '../../../utils/page/tone/findings';

const DRAFT = '你好，这款很好看，但是我不能给你退款。';

function finding(partial: Partial<ToneFinding> & Pick<ToneFinding, 'start' | 'end'>): ToneFinding {
  return {
    text: 'x'.repeat(partial.end - partial.start),
    ruleId: 'r',
    category: 'c',
    severity: 'warning',
    message: 'm',
    suggestions: ['y'],
    safe: false,
    ...partial,
  };
}

describe('tone findings in the page', () => {
  it('"Fix all" applies only the safe rewrites, right to left; the others wait for the agent', () => {
    const findings = checkTone(DRAFT);
    const fixes = chooseFixes(findings, { safeOnly: true });
    expect(fixes.map((f) => f.start)).toEqual([...fixes.map((f) => f.start)].sort((a, b) => b - a));
    expect(fixes.every((f) => f.safe)).toBe(true);
    expect(applyFixes(DRAFT, fixes)).toBe('您好，这款很好看，但是我不能给您退款。');
    // Every rewrite, read and accepted one by one, gives the engine's full rewrite (the apology before the refusal).
    expect(applySuggestions(DRAFT, findings)).toBe('您好，这款很好看，非常抱歉，我无法给您退款。');
  });

  it('an error wins over an overlapping warning when fixing all', () => {
    const warning = finding({ start: 0, end: 4, severity: 'warning', suggestions: ['W'] });
    const error = finding({ start: 2, end: 3, severity: 'error', suggestions: ['E'] });
    expect(applyFixes('abcdef', chooseFixes([warning, error]))).toBe('abEdef');
  });

  it('hides switched-off categories, allow-listed words and words ignored in this draft', () => {
    const findings = checkTone(DRAFT);
    const shown = visibleFindings(findings, { disabledCategories: ['contrast'], disabledRules: [] }, [{ ruleId: 'refusal-cannot', text: '我不能' }], new Set(['address-ni\u0000你']));
    expect(shown.map((f) => f.ruleId).sort()).toEqual(['refusal-no-apology', 'refusal-no-reason']);
    // The allow-list entry is about those exact words: the same rule still flags other words.
    const other = visibleFindings(checkTone('这个不能退'), { disabledCategories: [], disabledRules: [] }, [{ ruleId: 'refusal-cannot', text: '我不能' }], new Set());
    expect(other.length).toBeGreaterThan(0);
  });

  it('hides a rule the agent switched off, and only that rule', () => {
    const findings = checkTone(DRAFT);
    const shown = visibleFindings(findings, { disabledCategories: [], disabledRules: ['refusal-cannot'] }, [], new Set());
    expect(shown.some((f) => f.ruleId === 'refusal-cannot')).toBe(false);
    expect(shown.length).toBe(findings.length - findings.filter((f) => f.ruleId === 'refusal-cannot').length);
  });

  it('blocks at the threshold: errors only by default, warnings too when asked', () => {
    // The draft: 我不能 is an error (the guidance forbids it), 你 and 但是 are warnings.
    const findings = checkTone(DRAFT);
    expect(worstSeverity(findings)).toBe('error');
    expect(blocking(findings, 'error').map((f) => f.text)).toEqual(['我不能']);
    expect(blocking(findings, 'warning').length).toBe(findings.filter((f) => f.severity !== 'hint').length);
    const warnings = checkTone('你好，马上为你查询。');
    expect(worstSeverity(warnings)).toBe('warning');
    expect(blocking(warnings, 'error')).toEqual([]);
    expect(blocking(warnings, 'warning').length).toBe(2);
    const errors = checkTone('这不是我们的问题，您再看看。');
    expect(worstSeverity(errors)).toBe('error');
    expect(blocking(errors, 'error').length).toBeGreaterThan(0);
    expect(worstSeverity([])).toBeNull();
  });

  it('finds the span under the caret (inside or at its start, not at its end)', () => {
    const findings = checkTone(DRAFT);
    const at = (caret: number) => findingAtCaret(findings, caret)?.text ?? null;
    expect(at(DRAFT.indexOf('但是'))).toBe('但是');
    expect(at(DRAFT.indexOf('但是') + 1)).toBe('但是');
    expect(at(DRAFT.indexOf('我不能') + 3)).toBeNull();
    expect(at(0)).toBe('你');
    expect(at(DRAFT.indexOf('我不能'))).toBe('我不能');
  });
});
