import { describe, expect, it } from 'vitest';
import { insertPlaceholder, placeholderChoices } from '../../../utils/placeholder-menu';
import { fillPlaceholders, placeholderFields } from '../../../utils/placeholders';

describe('placeholder menu of the phrase editor', () => {
  it.each([
    ['zh-CN', ['{客户}', '{订单号}', '{日期+3}', '{|}']],
    ['zh-TW', ['{客戶}', '{訂單號}', '{日期+3}', '{|}']],
    ['en', ['{customer}', '{order}', '{date+3}', '{|}']],
  ])('offers the placeholders the product fills in (%s)', (locale, tokens) => {
    expect(placeholderChoices(locale).map((c) => c.token)).toEqual(tokens);
  });

  it('inserts at the caret, replacing the selection, and puts the caret after the token', () => {
    const [customer] = placeholderChoices('zh-CN');
    expect(insertPlaceholder('您好，，请问', 3, 3, customer!)).toEqual({ text: '您好，{客户}，请问', selectionStart: 7, selectionEnd: 7 });
    expect(insertPlaceholder('您好，亲，请问', 3, 4, customer!).text).toBe('您好，{客户}，请问');
  });

  it('selects the N of a date so the lead types the number of days over it', () => {
    const date = placeholderChoices('zh-CN')[2]!;
    const out = insertPlaceholder('预计', 2, 2, date);
    expect(out.text).toBe('预计{日期+3}');
    expect(out.text.slice(out.selectionStart, out.selectionEnd)).toBe('3');
    const typed = out.text.slice(0, out.selectionStart) + '5' + out.text.slice(out.selectionEnd);
    // What the sidebar then does with it: a date five days on, not a blank to fill.
    expect(placeholderFields(typed)).toEqual([]);
    expect(fillPlaceholders(typed, {}, new Date(2026, 0, 1), 'zh-CN').text).toBe('预计1月6日');
  });

  it('inserted blanks and the caret marker are understood by the insertion code', () => {
    let text = '';
    for (const c of placeholderChoices('en')) text = insertPlaceholder(text, text.length, text.length, c).text + ' ';
    expect(placeholderFields(text).map((f) => f.name)).toEqual(['customer', 'order']);
    expect(fillPlaceholders(text, { customer: 'Ann', order: '42' }, new Date(2026, 0, 1), 'en')).toEqual({ text: 'Ann 42 Jan 4, 2026  ', caret: 19 });
  });
});
