import { describe, expect, it } from 'vitest';
import { fillPlaceholders, nextBlank, placeholderFields } from '../../../utils/placeholders';
import { checkTone } from '../../../utils/tone-builtin';

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

describe('a phrase never goes out with a blank nobody chose', () => {
  it('points at the first empty blank that was not skipped on purpose', () => {
    const names = ['客户', '订单号'];
    expect(nextBlank(names, { 客户: '', 订单号: '' }, new Set())).toBe('客户');
    expect(nextBlank(names, { 客户: '小林', 订单号: ' ' }, new Set())).toBe('订单号');
    expect(nextBlank(names, { 客户: '小林', 订单号: '' }, new Set(['订单号']))).toBeNull();
  });

  it('the send check flags a blank left in the draft and the gap an empty one leaves', () => {
    const zh = checkTone('您好，  您的订单 {订单号} 已发货');
    expect(zh.filter((f) => f.category === 'format').map((f) => [f.ruleId, f.severity])).toEqual([
      ['blank-double-space', 'warning'],
      ['unfilled-placeholder', 'error'],
    ]);
    const en = checkTone('Hi {name}, your order  is on its way. Thanks {{ticket.requester.name}}.', { locale: 'en' });
    expect(en.filter((f) => f.category === 'format').map((f) => f.text)).toEqual(['{name}', '  ']);
  });
});
