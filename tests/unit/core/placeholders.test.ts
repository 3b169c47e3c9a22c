import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderFields } from '../../../utils/placeholders';

const now = new Date(2026, 10, 23, 10, 0, 0);

describe('phrase placeholders', () => {
  it('asks only for values that cannot be computed, once each', () => {
    expect(placeholderFields('{客户}您好，订单{订单号}预计{日期+3}送达，{客户}请留意{|}')).toEqual([{ name: '客户' }, { name: '订单号' }]);
  });

  it('fills values and dates, and reports where the caret marker was', () => {
    const r = fillPlaceholders('{客户}您好，预计{日期+3}送达。{|}祝您愉快', { 客户: '王女士' }, now, 'zh-CN');
    expect(r.text).toBe('王女士您好，预计11月26日送达。祝您愉快');
    expect(r.caret).toBe('王女士您好，预计11月26日送达。'.length);
    expect(fillPlaceholders('Arrives {date+1}', {}, now, 'en').text).toBe('Arrives Nov 24, 2026');
  });

  it('leaves unknown placeholders and plain braces alone', () => {
    expect(fillPlaceholders('价格 {未知} {}', {}, now, 'zh-CN')).toEqual({ text: '价格 {未知} {}', caret: null });
  });
});
