import { describe, expect, it } from 'vitest';
import { checkQianniuLimits, qianniuLength } from '../../../utils/packs/qianniu';
import type { PackPhrase } from '../../../utils/packs/schema';

const phrase = (text: string, i = 0): PackPhrase => ({ id: `p${i}`, group: 'g', title: '', text, tags: [] });

describe('Qianniu limits', () => {
  it.each([
    ['您好', 4],
    ['abc 12', 6],
    ['亲，在的!', 8],
    ['發貨', 4],
    ['😊', 1],
  ])('qianniuLength(%j) = %i (a Chinese character counts 2, punctuation and spaces 1)', (text, length) => {
    expect(qianniuLength(text)).toBe(length);
  });

  it('flags phrases over 800 by that rule, even when shorter than 800 characters', () => {
    const report = checkQianniuLimits({ phrases: [phrase('好'.repeat(400), 0), phrase('好'.repeat(401), 1), phrase('a'.repeat(800), 2)] });
    expect(report.ok).toBe(false);
    expect(report.overLong).toEqual([{ index: 1, id: 'p1', length: 802 }]);
    expect(report.issues.map((i) => i.message)).toEqual(['phrases[1].text: Qianniu length 802 exceeds 800 (a Chinese character counts 2)']);
  });

  it('flags more than 500 phrases, in the UI language', () => {
    const phrases = Array.from({ length: 501 }, (_, i) => phrase('好', i));
    const report = checkQianniuLimits({ phrases }, 'zh-CN');
    expect(report.issues.map((i) => i.message)).toEqual(['phrases: 千牛最多支持 500 条快捷短语，此话术包有 501 条。']);
    expect(checkQianniuLimits({ phrases: phrases.slice(0, 500) }).ok).toBe(true);
  });
});
