// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ToneFinding } from '../../../utils/tone/index';
import type { Box } from '../../../utils/editors/text-map';
import { badgeFor, boxKey, clipBox, markSpans, onBox, spanAt, spanId } from '../../../utils/page/tone/geometry';

function finding(partial: Partial<ToneFinding> & Pick<ToneFinding, 'start' | 'end'>): ToneFinding {
  return { text: 'x', ruleId: 'r', category: 'c', severity: 'warning', message: 'm', suggestions: [], safe: false, ...partial };
}

const box = (left: number, top: number, width = 10, height = 10): Box => ({ left, top, width, height });

describe('tone overlay geometry', () => {
  it('measures the span findings in one pass and moves their boxes into the top window', () => {
    const whole = finding({ start: 0, end: 0, ruleId: 'check-partial' });
    const a = finding({ start: 0, end: 2 });
    const b = finding({ start: 3, end: 5 });
    const asked: Array<ReadonlyArray<readonly [number, number]>> = [];
    const map = {
      boxesOf(spans: ReadonlyArray<readonly [number, number]>) {
        asked.push(spans);
        return [[box(0, 0)], [box(30, 0), box(0, 20)]];
      },
    };
    const spans = markSpans([whole, a, b], map, { dx: 100, dy: 50 });
    expect(asked).toEqual([[[0, 2], [3, 5]]]);
    expect(spans).toEqual([
      { finding: a, boxes: [box(100, 50)] },
      { finding: b, boxes: [box(130, 50), box(100, 70)] },
    ]);
  });

  it('finds the span under a point, a little below its box too (where the underline is)', () => {
    const a = finding({ start: 0, end: 2 });
    const spans = [{ finding: a, boxes: [box(0, 0, 20, 10)] }];
    expect(spanAt(spans, 5, 5)?.finding).toBe(a);
    expect(spanAt(spans, 5, 12)?.finding).toBe(a);
    expect(spanAt(spans, 5, 13)).toBeUndefined();
    expect(spanAt(spans, 21, 5)).toBeUndefined();
    expect(onBox(box(0, 0), 10, 10)).toBe(true);
  });

  it.each([
    ['a blank draft: zero', '  ', [], 'none', { count: 0, worst: null, partial: false }],
    ['no rules yet: cannot run, not a pass', '你好', [], 'none', { count: null, worst: null, partial: false }],
    ['a clean draft', '您好', [], 'full', { count: 0, worst: null, partial: false }],
    ['built-in rules only', '你好', [finding({ start: 0, end: 1, severity: 'hint' })], 'built-in', { count: 1, worst: 'hint', partial: true }],
    [
      'the worst severity',
      '你好',
      [finding({ start: 0, end: 1, severity: 'hint' }), finding({ start: 1, end: 2, severity: 'error' })],
      'full',
      { count: 2, worst: 'error', partial: false },
    ],
  ] as const)('badge for %s', (_name, text, findings, state, expected) => {
    expect(badgeFor(text, findings, state)).toEqual(expected);
  });

  it('clips marks to the inside of the input, borders excluded', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.getBoundingClientRect = () => ({ left: 10, top: 20, width: 200, height: 50, right: 210, bottom: 70, x: 10, y: 20, toJSON: () => ({}) });
    Object.defineProperties(t, { clientLeft: { value: 1 }, clientTop: { value: 2 }, clientWidth: { value: 190 }, clientHeight: { value: 40 } });
    expect(clipBox(t, window)).toEqual({ left: 11, top: 22, width: 190, height: 40 });
    expect(boxKey(t.getBoundingClientRect())).toBe('10,20,200,50');
  });

  it('names a span by rule and offsets', () => {
    expect(spanId(finding({ ruleId: 'address-ni', start: 3, end: 4 }))).toBe('address-ni:3:4');
  });
});
