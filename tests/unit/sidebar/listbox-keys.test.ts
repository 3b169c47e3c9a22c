import { describe, expect, it } from 'vitest';
import { labelSpellings, moveActive, typeAhead } from '../../../utils/sidebar/listbox-keys';

describe('group menu keys', () => {
  it('arrows wrap around, Home/End go to the ends, other keys do nothing', () => {
    expect(moveActive('ArrowDown', 0, 3)).toBe(1);
    expect(moveActive('ArrowDown', 2, 3)).toBe(0);
    expect(moveActive('ArrowUp', 0, 3)).toBe(2);
    expect(moveActive('End', 0, 3)).toBe(2);
    expect(moveActive('Home', 2, 3)).toBe(0);
    expect(moveActive('PageDown', 0, 30, 8)).toBe(8);
    expect(moveActive('a', 0, 3)).toBeNull();
    expect(moveActive('ArrowDown', 0, 0)).toBeNull();
  });

  const labels = ['全部', '欢迎', '物流', '售后', '物流配送', 'Welcome', 'Shipping'];
  const spellings = labels.map((l) => labelSpellings(l, 'zh-CN'));

  it('spells Chinese names in pinyin and initials, Traditional ones too', () => {
    expect(labelSpellings('物流', 'zh-CN')).toEqual(['物流', 'wuliu', 'wl']);
    expect(labelSpellings('售後服務', 'zh-TW')).toEqual(['售後服務', 'shouhoufuwu', 'shfw']);
    expect(labelSpellings('Shipping', 'en')).toEqual(['shipping']);
  });

  it.each([
    ['wl', 0, '物流'],
    ['wuliu', 0, '物流'],
    ['wlp', 0, '物流配送'],
    ['sh', 0, '售后'],
    ['shi', 0, 'Shipping'],
    ['W', 0, '物流'],
    ['we', 0, 'Welcome'],
  ])('typing %s from option %i lands on %s', (typed, from, expected) => {
    const i = typeAhead(spellings, from, typed, 'zh-CN');
    expect(i === null ? null : labels[i]).toBe(expected);
  });

  it('a repeated letter steps through the options starting with it, and nothing matching moves nowhere', () => {
    const w1 = typeAhead(spellings, 0, 'w', 'zh-CN')!;
    const w2 = typeAhead(spellings, w1, 'ww', 'zh-CN')!;
    const w3 = typeAhead(spellings, w2, 'www', 'zh-CN')!;
    expect([w1, w2, w3].map((i) => labels[i])).toEqual(['物流', '物流配送', 'Welcome']);
    expect(typeAhead(spellings, 0, 'xyz', 'zh-CN')).toBeNull();
  });
});
