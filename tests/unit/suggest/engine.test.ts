import { describe, expect, it } from 'vitest';
import { addPair } from '../../../utils/suggest/learn';
import type { LearnedPair } from '../../../utils/suggest/types';
import { builtinEngine, builtinPhrases, top } from './builtin';

describe('suggested replies on the built-in packs', () => {
  const zh = builtinEngine('zh-CN');
  const tw = builtinEngine('zh-TW');
  const en = builtinEngine('en');

  it('answers the customer’s question with the phrase whose example questions it matches, in each language', () => {
    expect(top(zh, '我的快递到哪了？', 1)).toEqual(['logistics-01']);
    expect(top(tw, '請問我的包裹到哪裡了', 1)).toEqual(['logistics-01']);
    expect(top(en, 'where is my parcel??', 1)).toEqual(['logistics-01']);
    expect(top(zh, '发票怎么开', 1)).toEqual(['payment-06']);
    expect(top(en, 'How do I send this back?')).toContain('after-sales-08');
  });

  it('matches Traditional against Simplified, same-sound typos and the intent words', () => {
    expect(top(zh, '我的快遞到哪了', 1)).toEqual(['logistics-01']);
    expect(top(zh, '退宽多久到账')).toContain('after-sales-07');
    expect(top(zh, '满两百包邮不')).toContain('logistics-04');
  });

  it('says why: the words of the message that matched, and the shared intents', () => {
    const [first] = zh.suggest('亲，我的快递到哪了？');
    expect(first?.phraseId).toBe('logistics-01');
    expect(first?.matched.join('')).toContain('快递到哪');
    expect(first?.intents).toContain('logistics');
    expect(first?.learned).toBe(false);
  });

  it('suggests nothing for a message with nothing to match', () => {
    expect(zh.suggest('123456')).toEqual([]);
    expect(zh.suggest('')).toEqual([]);
  });

  it('every built-in phrase has example questions, and each phrase is found by its own first question', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const engine = builtinEngine(locale);
      for (const p of builtinPhrases(locale)) {
        expect(p.questions?.length, `${locale} ${p.id}`).toBeGreaterThanOrEqual(3);
        expect(top(engine, p.questions?.[0] ?? ''), `${locale} ${p.id}`).toContain(p.id);
      }
    }
  });
});

describe('learning from use', () => {
  const SIMILAR = ['这件外套里面穿什么', '外套里面配什么好', '外套内搭穿啥', '这个外套里面搭什么', '外套里穿什么颜色', '里面穿什么配这件外套', '外套配什么内搭', '外套里头穿什么合适', '这件外套内搭推荐', '外套里面该穿啥'];
  // The agent answers these with a request for the product link (not what the phrase's own questions say).
  const TARGET = 'welcome-05';
  const ASKED = '外套里面搭什么好看';

  it('ten inserts of a phrase after similar messages move it into the top three', () => {
    expect(top(builtinEngine('zh-CN'), ASKED)).not.toContain(TARGET);
    let pairs: LearnedPair[] = [];
    SIMILAR.forEach((m, i) => (pairs = addPair(pairs, m, TARGET, i)));
    const [first, ...rest] = builtinEngine('zh-CN', pairs).suggest(ASKED);
    expect([first, ...rest].map((s) => s?.phraseId)).toContain(TARGET);
    expect([first, ...rest].find((s) => s?.phraseId === TARGET)?.learned).toBe(true);
  });

  it('keeps one pair per message and phrase, counting repeats', () => {
    let pairs: LearnedPair[] = [];
    pairs = addPair(pairs, ' 到哪了 ', 'a', 1);
    pairs = addPair(pairs, '到哪了', 'a', 2);
    pairs = addPair(pairs, '到哪了', 'b', 3);
    expect(pairs.map((p) => [p.phraseId, p.count])).toEqual([['a', 2], ['b', 1]]);
  });
});
