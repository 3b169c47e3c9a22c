import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate } from '../../../utils/packs/unicode';
import { DERIVED_TITLE_WIDTH, deriveTitle, fallbackGraphemes, graphemes, titleOrDerived } from '../../../utils/packs/title';

/** Columns as the title cut counts them: a Chinese character or an emoji 2, anything else 1. */
const width = (s: string) =>
  graphemes(s).reduce((n, g) => n + (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff00-\uffef\u3000-\u303f\u{1F1E6}-\u{1F1FF}]|\p{Extended_Pictographic}/u.test(g) ? 2 : 1), 0);

describe('deriveTitle', () => {
  it.each([
    ['亲，我这就帮您查一下物流进度。', '我这就帮您查一下物流进度'],
    ['您好，欢迎光临，有什么可以帮您？', '欢迎光临'],
    ['退货请寄到售后仓，\n单号发我就好。', '退货请寄到售后仓'],
    ['第一行\n第二行', '第一行'],
    ['亲，您的订单会在48小时内从杭州仓发出，请留意物流短信哦', '您的订单会在48小时内从…'],
    ['3.5 kg 的包裹今天 10:30 发出', '3.5 kg 的包裹今天 10:30…'],
    ['Hi, how can I help you today with your order?', 'how can I help you…'],
    ['Thanks! Your refund is on its way.', 'Thanks'],
    ['好的', '好的'],
    ['亲', '亲'],
    ['？？？', '？？？'],
    ['  ', ''],
  ])('%j → %j', (text, title) => {
    expect(deriveTitle(text)).toBe(title);
  });

  it('cuts on grapheme boundaries: emoji with skin tones, ZWJ families, flags and combining marks stay whole', () => {
    expect(deriveTitle('👍🏻好的，马上为您处理')).toBe('👍🏻好的');
    const family = '👨‍👩‍👧';
    const cut = deriveTitle(family.repeat(20));
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1).split(family).every((rest) => rest === '')).toBe(true);
    expect(deriveTitle('😊'.repeat(30))).toBe(`${'😊'.repeat(11)}…`);
    expect(deriveTitle('🇨🇳'.repeat(20)).slice(0, -1)).toBe('🇨🇳'.repeat(11));
    expect(deriveTitle('e\u0301'.repeat(40)).slice(0, -1)).toBe('e\u0301'.repeat(23));
  });

  it('without Intl.Segmenter (Firefox before 125) groups the same clusters', () => {
    const text = '👨‍👩‍👧a🇨🇳🇺🇸e\u0301👍🏻❤️好';
    expect(fallbackGraphemes(text)).toEqual(graphemes(text));
  });

  it('never splits a surrogate pair and never exceeds the width, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const title = deriveTitle(text);
        expect(hasLoneSurrogate(title)).toBe(false);
        expect(width(title)).toBeLessThanOrEqual(DERIVED_TITLE_WIDTH);
      }),
      { numRuns: 500 },
    );
  });

  it('titleOrDerived keeps a written title and fills an empty one', () => {
    expect(titleOrDerived({ title: '物流查询', text: '亲，在的' })).toBe('物流查询');
    expect(titleOrDerived({ title: ' ', text: '亲，物流已经在路上啦' })).toBe('物流已经在路上啦');
  });
});
