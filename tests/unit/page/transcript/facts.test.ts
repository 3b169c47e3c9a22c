import { describe, expect, it } from 'vitest';
import { conversationFacts, nameIn, orderNumbersIn } from '../../../../utils/page/transcript/facts';

const none = { title: null, label: null };
const said = (...texts: string[]) => texts.map((text) => ({ text }));

describe('order numbers', () => {
  it.each([
    ['订单号 202411051823456789', ['202411051823456789']],
    ['我的订单号是：3012345678901', ['3012345678901']],
    ['訂單編號 #202411051823456', ['202411051823456']],
    ['单号2024110518234567 麻烦查一下', ['2024110518234567']],
    ['My order number is 202411051823456789', ['202411051823456789']],
    ['Order #3012345678', ['3012345678']],
    ['202411051823456789', ['202411051823456789']],
    ['订单 1234 5678', []],
    ['快递单号 SF1234567890123', []],
    ['快递单号 1234567890123', []],
    ['运单号 773012345678901', []],
    ['我的电话 13812345678', []],
    ['买了 12345678901234567 件', []],
    ['border 1234567890123', []],
  ] as const)('%s', (text, expected) => {
    expect(orderNumbersIn(text)).toEqual(expected);
  });

  it('takes the newest message that mentions one, before the header', () => {
    const facts = conversationFacts(said('订单号 202411051823456789', '好的', '另一个订单 3012345678901 也查一下'), {
      title: '买家：小林 · 订单 2024110518',
      label: null,
    });
    expect(facts.orderNumber).toBe('3012345678901');
  });

  it('says nothing when the newest message that mentions numbers mentions two', () => {
    expect(conversationFacts(said('订单号 202411051823456789', '订单 3012345678901 和订单 3012345678902'), none)).toEqual({});
  });

  it('takes the header\'s when no message mentions one', () => {
    expect(conversationFacts(said('你好'), { title: '买家：小林 · 订单 2024110518', label: null })).toEqual({
      orderNumber: '2024110518',
      customerName: '小林',
    });
  });
});

describe('the customer\'s name', () => {
  it.each([
    ['买家：小林 · 订单 2024110518', '小林'],
    ['買家: tb_陳小姐|已付款', 'tb_陳小姐'],
    ['与 小林 的对话', '小林'],
    ['和王先生聊天中', '王先生'],
    ['Conversation with Alex Chen · Order 3012345678', 'Alex Chen'],
    ['Chat with 小林', '小林'],
    ['Customer: Maria', 'Maria'],
  ] as const)('%s gives %s', (text, expected) => {
    expect(nameIn(text)).toBe(expected);
  });

  it.each(['客服工作台', 'Chat with us', '买家：匿名', '客户：12345', 'Conversation', '订单详情'])('%s gives none', (text) => {
    expect(nameIn(text)).toBeUndefined();
  });

  it('comes from the header or the log\'s label only, never from the messages', () => {
    expect(conversationFacts(said('我是小林', '买家：小林'), none)).toEqual({});
    expect(conversationFacts([], { title: null, label: 'Conversation with Maria' })).toEqual({ customerName: 'Maria' });
  });
});
