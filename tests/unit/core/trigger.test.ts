import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../../utils/page/trigger';

describe('in-input trigger', () => {
  it.each([
    ['/wl', '/', { query: 'wl', length: 3 }],
    ['亲，/wl', '/', { query: 'wl', length: 3 }],
    ['好的 /tuik', '/', { query: 'tuik', length: 5 }],
    ['/', '/', { query: '', length: 1 }],
    ['您好。/退款', '/', { query: '退款', length: 3 }],
    ['亲;;yhq', ';;', null],
    ['亲，;;yhq', ';;', { query: 'yhq', length: 5 }],
  ])('%j with %j', (before, trigger, expected) => {
    expect(findTrigger(before, trigger)).toEqual(expected);
  });

  it.each([
    ['https://a.com/wl'],
    ['1/2'],
    ['/wl abc'],
    ['and/or'],
    ['/这是一段非常非常长的超过了二十四个字符的查询内容还在继续继续'],
  ])('ignores %j', (before) => {
    expect(findTrigger(before, '/')).toBeNull();
  });
});
