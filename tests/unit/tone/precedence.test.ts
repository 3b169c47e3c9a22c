// Which findings collide and which comes first (utils/tone/precedence.ts), as the engine, "Fix all", the send-check
// dialog and the import preview use it.
import { describe, expect, it } from 'vitest';
import { conflicts, mostSevereFirst, overlaps } from '../../../utils/tone/precedence';

const at = (start: number, end: number) => ({ start, end });

describe('findings that collide', () => {
  it.each([
    [[0, 3, 2, 5], true],
    [[2, 5, 0, 3], true],
    [[0, 5, 1, 2], true],
    [[0, 3, 3, 5], false],
    [[3, 5, 0, 3], false],
  ] as const)('spans %j overlap: %s', ([a0, a1, b0, b1], want) => {
    expect(overlaps(a0, a1, b0, b1)).toBe(want);
  });

  it('lets an insertion sit at either edge of a span, not inside it, and not where another insertion goes', () => {
    expect(conflicts(at(2, 2), at(2, 5))).toBe(false);
    expect(conflicts(at(5, 5), at(2, 5))).toBe(false);
    expect(conflicts(at(3, 3), at(2, 5))).toBe(true);
    expect(conflicts(at(2, 5), at(3, 3))).toBe(true);
    expect(conflicts(at(0, 0), at(0, 0))).toBe(true);
    expect(conflicts(at(0, 0), at(1, 1))).toBe(false);
    expect(conflicts(at(0, 3), at(2, 4))).toBe(true);
  });
});

describe('the order lists show findings in', () => {
  it('puts errors first, then warnings, then hints, each in draft order, and leaves its input alone', () => {
    const input = [
      { severity: 'hint', start: 0 },
      { severity: 'error', start: 9 },
      { severity: 'warning', start: 1 },
      { severity: 'error', start: 4 },
    ] as const;
    expect(mostSevereFirst(input).map((f) => `${f.severity}@${f.start}`)).toEqual(['error@4', 'error@9', 'warning@1', 'hint@0']);
    expect(input[0].severity).toBe('hint');
  });
});
