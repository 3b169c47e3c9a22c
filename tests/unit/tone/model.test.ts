// The learned tone model next to the rules: its shape, what it flags, and that it only adds what no rule found.
import { describe, expect, it } from 'vitest';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import { checkToneWith } from '../../../utils/tone/index';
import { clauses, features, modelFindings, predict } from '../../../utils/tone/model';

describe('tone model', () => {
  it('has one bias, one threshold and finite weights per category, over category indexes that exist', () => {
    const m = builtInTone.model;
    expect(m.categories.length).toBeGreaterThan(5);
    expect(m.bias).toHaveLength(m.categories.length);
    expect(m.threshold).toHaveLength(m.categories.length);
    for (const pairs of Object.values(m.weights)) {
      for (const [c, w] of pairs) {
        expect(c).toBeLessThan(m.categories.length);
        expect(Number.isFinite(w)).toBe(true);
      }
    }
  });

  it('splits drafts into trimmed clauses and reads n-grams of each', () => {
    expect(clauses(' 好的，马上发。 您放心 ')).toEqual([
      [1, 3],
      [4, 7],
      [9, 12],
    ]);
    expect(features('不行', 'first')).toEqual(expect.arrayContaining(['POS:first', 'c:不', 'c:不行', 'c:^不', 'c:行$']));
    expect(features("I can't", 'later')).toEqual(expect.arrayContaining(['POS:later', 'w:cant', 'w:i cant', 'w:^ i']));
  });

  it('gives a clean clause a low score and a refusal a high one', () => {
    const refusal = builtInTone.model.categories.indexOf('refusal');
    const p = (s: string) => predict(builtInTone.model, features(s, 'first'))[refusal] as number;
    expect(p('好的，马上为您安排发货')).toBeLessThan(0.2);
    expect(p('这个真的弄不了')).toBeGreaterThan(p('好的，马上为您安排发货'));
  });

  it('adds a hint only where no rule flagged that category, without a rewrite', () => {
    const draft = '这个我们确实弄不了';
    const withModel = checkTone(draft);
    const rulesOnly = checkToneWith(draft, builtInTone.rules, { tables: builtInTone.tables });
    for (const f of withModel.filter((x) => x.ruleId.startsWith('model-'))) {
      expect(f.suggestions).toEqual([]);
      expect(f.severity).toBe('hint');
      expect(rulesOnly.some((r) => r.category === f.category && r.start < f.end && f.start < r.end)).toBe(false);
    }
    expect(modelFindings('好的，没问题', builtInTone.model)).toEqual([]);
    // Switched off by id like any rule.
    expect(checkTone(draft, { disabled: ['model-refusal'] }).some((f) => f.ruleId === 'model-refusal')).toBe(false);
  });
});
