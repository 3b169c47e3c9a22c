import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { riskyPattern, ToneRuleSchema } from '../../../utils/tone/schema';
import { builtInToneRules } from '../../../utils/tone';

describe('patterns that could hang the chat page', () => {
  it.each(['(a+)+', '(?:x*y?)*', '(\\w+\\s?)+$', '(?:[a-z]+,)*x', '((ab)*c)+', '(a)\\1', '(?<w>a)\\k<w>', '(?:a{2,})+'])('refuses %s', (source) => {
    expect(riskyPattern(source)).toBe(true);
  });

  it.each(['a+b*', '(?:我|我们)不能', '不(?:行|可以)', '[+*(]+', '(ab)?', '(a+)?', '\\d{1,3}', '(?:ab){2}', '(?<=您)好', '\\(a+\\)+', 'a+?b'])('accepts %s', (source) => {
    expect(riskyPattern(source)).toBe(false);
  });

  it('a rule with one is invalid, with a message saying why', () => {
    const rule = { ...builtInToneRules[0]!, patterns: ['(不+)+行'] };
    const parsed = v.safeParse(ToneRuleSchema, rule);
    expect(parsed.success).toBe(false);
    expect(parsed.issues?.[0]?.message).toMatch(/backtrack/);
  });
});
