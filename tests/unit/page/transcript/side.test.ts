import { describe, expect, it } from 'vitest';
import {
  agentAlignment,
  alignmentOf,
  classVote,
  combineVotes,
  commonSideTokens,
  decideSides,
  sentVote,
  type SideInput,
} from '../../../../utils/page/transcript/side';
import { sideOfToken, wordParts } from '../../../../utils/page/transcript/tokens';
import { box } from './pages';

const input = (partial: Partial<SideInput>): SideInput => ({ text: 'x', tokens: [], align: null, ...partial });
const left = { align: 'left' as const, strength: 0.9 };
const right = { align: 'right' as const, strength: 0.9 };

describe('class words', () => {
  it.each([
    ['msgSelf', 'agent'], ['bubble--right', 'agent'], ['item-kefu', 'agent'], ['message-out', 'agent'], ['from-me', 'agent'],
    ['msg-seller', 'agent'], ['cs-message--outgoing', 'agent'], ['is-sent', 'agent'],
    ['buyer', 'customer'], ['message-in', 'customer'], ['from-them', 'customer'], ['bubble_left', 'customer'],
    ['cs-message--incoming', 'customer'], ['msg-customer', 'customer'], ['received', 'customer'],
    ['message', 'unknown'], ['main-input', 'unknown'], ['left-right', 'unknown'], ['customer-service-agent', 'unknown'],
    ['maijia', 'unknown'],
  ] as const)('%s names %s', (token, side) => {
    expect(sideOfToken(token)).toBe(side);
  });

  it('splits class tokens into words at separators, case changes and digits', () => {
    expect(wordParts('imuiMsg__bubble-Right2x')).toEqual(['imui', 'msg', 'bubble', 'right', 'x']);
  });
});

describe('side votes', () => {
  it.each([
    ['a short left bubble', box(20, 0, 100, 20), 'left'],
    ['a short right bubble', box(380, 0, 100, 20), 'right'],
    ['a long left bubble that wraps', box(20, 0, 300, 60), 'left'],
  ] as const)('aligns %s', (_name, text, expected) => {
    expect(alignmentOf(text, box(0, 0, 500, 400))?.align).toBe(expected);
  });

  it('leaves centred text (a system notice) and empty boxes unaligned', () => {
    expect(alignmentOf(box(200, 0, 100, 20), box(0, 0, 500, 400))).toBeNull();
    expect(alignmentOf(box(0, 0, 0, 0), box(0, 0, 500, 400))).toBeNull();
  });

  it('votes by the side class words, against the ones every row carries', () => {
    expect(classVote(['msg', 'buyer'], new Set())).toMatchObject({ side: 'customer', weight: 0.8 });
    expect(classVote(['chat-in', 'self'], new Set(['chat-in']))).toMatchObject({ side: 'agent' });
    expect(classVote(['left', 'right'], new Set())).toBeNull();
    expect(classVote(['msg'], new Set())).toBeNull();
  });

  it('knows the agent by the text they sent, a time or receipt around it included', () => {
    expect(sentVote('好的，马上为您查询', ['好的，马上为您查询'])).toMatchObject({ side: 'agent' });
    expect(sentVote('好的，马上为您查询 已读', ['好的，马上为您查询'])).toMatchObject({ side: 'agent' });
    expect(sentVote('好的  马上\n为您查询', ['好的 马上 为您查询'])).toMatchObject({ side: 'agent' });
    expect(sentVote('好的，马上为您查询，还有别的问题吗？请随时联系', ['好的'])).toBeNull();
    expect(sentVote('你好', [])).toBeNull();
  });

  it('combines votes into one side; disagreeing votes leave it unknown', () => {
    expect(combineVotes([{ side: 'agent', weight: 0.8, source: 'class' }, { side: 'agent', weight: 0.6, source: 'align' }])).toEqual({
      side: 'agent',
      confidence: 1,
    });
    expect(combineVotes([{ side: 'agent', weight: 0.8, source: 'class' }, { side: 'customer', weight: 0.6, source: 'align' }])).toEqual({
      side: 'unknown',
      confidence: 0,
    });
    expect(combineVotes([null, null])).toEqual({ side: 'unknown', confidence: 0 });
    expect(combineVotes([{ side: 'customer', weight: 0.2, source: 'align' }])).toEqual({ side: 'unknown', confidence: 0 });
  });
});

describe('sides of a transcript', () => {
  it('ignores a side word every row carries (a namespace), and uses the ones that differ', () => {
    const inputs = [
      input({ tokens: ['chat-in', 'row'] }),
      input({ tokens: ['chat-in', 'row', 'self'] }),
      input({ tokens: ['chat-in', 'row'] }),
    ];
    expect([...commonSideTokens(inputs)]).toEqual(['chat-in']);
    expect(decideSides(inputs).map((d) => d.side)).toEqual(['unknown', 'agent', 'unknown']);
  });

  it('reads alignment as the agent on the right by default', () => {
    const sides = decideSides([input({ align: left }), input({ align: right }), input({ align: left })]);
    expect(sides.map((d) => d.side)).toEqual(['customer', 'agent', 'customer']);
    expect(sides[0]?.confidence).toBeCloseTo(0.63);
  });

  it('turns alignment around when the agent\'s own sent text sits on the left', () => {
    const inputs = [input({ text: '您好', align: left }), input({ text: 'hi', align: right }), input({ text: '请稍等', align: left })];
    expect(agentAlignment(inputs, [null, null, null])).toBe('right');
    expect(decideSides(inputs, ['请稍等']).map((d) => d.side)).toEqual(['agent', 'customer', 'agent']);
  });

  it('takes nothing from alignment when every message sits on one side (a thread with names)', () => {
    const inputs = [input({ align: left }), input({ align: left }), input({ text: '已为您登记', align: left })];
    expect(agentAlignment(inputs, [null, null, null])).toBeNull();
    expect(decideSides(inputs, ['已为您登记']).map((d) => d.side)).toEqual(['unknown', 'unknown', 'agent']);
  });

  it('keeps a row unknown when its class and its place disagree', () => {
    const inputs = [input({ tokens: ['seller'], align: left }), input({ tokens: ['buyer'], align: left }), input({ tokens: ['seller'], align: right })];
    expect(decideSides(inputs).map((d) => d.side)).toEqual(['unknown', 'customer', 'agent']);
  });
});
