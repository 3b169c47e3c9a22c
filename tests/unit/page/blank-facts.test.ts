// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asksThePage, blanksFromPage as fromPage, factOfBlank } from '../../../utils/page/blank-facts';
import { transcriptReader } from '../../../utils/page/transcript/api';
import { classesLog, consolePage, CONVERSATION } from './transcript/pages';

const blanksFromPage = (composer: Element | null, names: readonly string[]) => fromPage(transcriptReader, composer, names);

describe('blanks the chat page answers', () => {
  it('knows which blanks ask for the order number or the buyer, in each language, and no others', () => {
    expect(['订单号', '訂單編號', 'order number', 'Order No.'].map(factOfBlank)).toEqual(['orderNumber', 'orderNumber', 'orderNumber', 'orderNumber']);
    expect(['客户', '買家', 'customer', 'Buyer'].map(factOfBlank)).toEqual(['customerName', 'customerName', 'customerName', 'customerName']);
    expect(['快递单号', '尺码', '日期', 'size'].map(factOfBlank)).toEqual([null, null, null, null]);
  });

  it('fills the order number the customer gave and the name in the conversation header', () => {
    const composer = consolePage(classesLog([...CONVERSATION, ['buyer', '订单号：202612011234567，帮我看看']]));
    expect(blanksFromPage(composer, ['客户', '订单号', '尺码'])).toEqual({ 客户: '小林', 订单号: '202612011234567' });
  });

  it('fills nothing it is unsure of: two order numbers in the newest mention, or no chat log at all', () => {
    const composer = consolePage(classesLog([...CONVERSATION, ['buyer', '订单 202612011234567 和订单 202612019876543 都没到']]));
    expect(blanksFromPage(composer, ['订单号'])).toEqual({});
    document.body.innerHTML = '<textarea id="c"></textarea>';
    expect(blanksFromPage(document.getElementById('c'), ['订单号', '客户'])).toEqual({});
    expect(blanksFromPage(null, ['订单号'])).toEqual({});
  });

  it('asks for the page (and so loads the reader) only for blanks it may answer; without the reader it fills nothing', () => {
    expect(asksThePage(['尺码', '日期'])).toBe(false);
    expect(asksThePage(['尺码', '订单号'])).toBe(true);
    const composer = consolePage(classesLog([...CONVERSATION, ['buyer', '订单号：202612011234567，帮我看看']]));
    expect(fromPage(null, composer, ['订单号'])).toEqual({});
  });
});
