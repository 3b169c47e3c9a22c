// The Simplified -> Traditional table must agree with opencc-js, and every Chinese rule must work on
// Traditional drafts as well as it does on Simplified ones.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import { hantOf, isTraditional, toHant, widenPattern } from '../../../utils/tone/hant';

const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Deliberate differences from opencc's one-character table: Taiwan usage for these words.
const DELIBERATE: Record<string, string> = { 签: '簽', 钟: '鐘', 账: '帳', 台: '台' };
const zhRules = builtInTone.rules.filter((r) => r.lang === 'zh');

describe('Traditional support', () => {
  it('knows the Traditional form of every character the Chinese rules use', () => {
    const missing: string[] = [];
    for (const rule of zhRules) {
      const text = [...rule.patterns, ...(rule.exceptions ?? []), ...rule.suggestions].join('');
      for (const ch of new Set(text)) {
        if (!/\p{Script=Han}/u.test(ch)) continue;
        const expected = DELIBERATE[ch] ?? cn2tw(ch);
        if ((hantOf(ch) ?? ch) !== expected) missing.push(`${rule.id}: ${ch} -> ${expected}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('matches the Traditional form of every must-match example, and not of the must-not-match ones', () => {
    const failures: string[] = [];
    for (const rule of zhRules) {
      for (const ex of rule.examples.match) {
        const tw = cn2tw(ex);
        if (!checkTone(tw).some((f) => f.ruleId === rule.id)) failures.push(`${rule.id} should match ${tw}`);
      }
      for (const ex of rule.examples.noMatch) {
        const tw = cn2tw(ex);
        if (checkTone(tw).some((f) => f.ruleId === rule.id)) failures.push(`${rule.id} should not match ${tw}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('widens patterns without touching escapes and converts suggestions for Traditional drafts', () => {
    expect(widenPattern('我们[们]\\p{Script=Han}')).toBe('我[们們][们們]\\p{Script=Han}');
    expect(toHant('这个我们暂时无法')).toBe('這個我們暫時無法');
    expect(isTraditional('這筆訂單我們不能改地址了')).toBe(true);
    expect(isTraditional('这笔订单我们不能改地址了')).toBe(false);
    const [finding] = checkTone('這筆訂單我們不能改地址了').filter((f) => f.ruleId === 'refusal-cannot');
    expect(finding?.suggestions[0]).toBe('我們無法');
  });
});
