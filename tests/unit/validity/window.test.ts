import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, localDay, msUntilNextDay } from '../../../utils/validity/dates';
import { activeLibrary, effectiveWindow, groupWindows, reviewDue, windowProblem, windowState } from '../../../utils/validity/window';
import { mentionedDates, passedDates } from '../../../utils/validity/mentioned-dates';

describe('calendar days', () => {
  it.each([
    ['2026-11-11', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['11/11/2026', false],
    ['2026-11-11T00:00:00Z', false],
    ['', false],
  ])('%s is a day: %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('moves across months and years, and reads the local day from a clock', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    const noon = new Date(2026, 10, 11, 12, 0, 0).getTime();
    expect(localDay(noon)).toBe('2026-11-11');
    expect(msUntilNextDay(noon)).toBe(12 * 3_600_000);
  });
});

describe('validity windows', () => {
  it('is active on its first and last day, not before or after', () => {
    const w = { validFrom: '2026-11-01', validUntil: '2026-11-11' };
    expect(windowState(w, '2026-10-31')).toBe('scheduled');
    expect(windowState(w, '2026-11-01')).toBe('active');
    expect(windowState(w, '2026-11-11')).toBe('active');
    expect(windowState(w, '2026-11-12')).toBe('expired');
    expect(windowState({}, '2026-11-12')).toBe('active');
    expect(windowState({ validUntil: '2026-11-11' }, '2000-01-01')).toBe('active');
  });

  it('names what is wrong with a window', () => {
    expect(windowProblem({ validFrom: '2026-11-11', validUntil: '2026-11-01' })).toBe('window.endsBeforeStart');
    expect(windowProblem({ validFrom: '2026-02-30' })).toBe('validFrom.invalid');
    expect(windowProblem({ validUntil: 'soon' })).toBe('validUntil.invalid');
    expect(windowProblem({ validFrom: '2026-11-11', validUntil: '2026-11-11' })).toBeNull();
  });

  it("narrows a phrase's window by its group's and the groups' above it", () => {
    const groups = [
      { id: 'sale', validFrom: '2026-11-01', validUntil: '2026-11-11' },
      { id: 'sale/presale', parentId: 'sale', validUntil: '2026-11-05' },
      { id: 'plain' },
    ];
    const windows = groupWindows(groups);
    expect(windows.has('plain')).toBe(false);
    expect(windows.get('sale/presale')).toEqual({ validFrom: '2026-11-01', validUntil: '2026-11-05' });
    expect(effectiveWindow({ group: 'sale/presale', validFrom: '2026-11-03' }, windows)).toEqual({ validFrom: '2026-11-03', validUntil: '2026-11-05' });
  });

  it('survives a cycle of parents', () => {
    const windows = groupWindows([
      { id: 'a', parentId: 'b', validUntil: '2026-01-01' },
      { id: 'b', parentId: 'a' },
    ]);
    expect(windows.get('a')).toEqual({ validUntil: '2026-01-01' });
  });

  it('leaves out of the library what is outside its window today, and returns a library without windows as it is', () => {
    const phrase = (id: string, group: string, extra = {}) => ({ id, group, ...extra });
    const library = {
      packs: [],
      groups: [{ id: 'g' }, { id: 'sale', validUntil: '2026-11-11' }],
      phrases: [phrase('always', 'g'), phrase('soon', 'g', { validFrom: '2026-11-20' }), phrase('in-sale', 'sale'), phrase('done', 'g', { validUntil: '2026-11-11' })],
    };
    expect(activeLibrary(library, '2026-11-11').phrases.map((p) => p.id)).toEqual(['always', 'in-sale', 'done']);
    const after = activeLibrary(library, '2026-11-12');
    expect(after.phrases.map((p) => p.id)).toEqual(['always']);
    expect(after.groups.map((g) => g.id)).toEqual(['g']);
    expect(activeLibrary(library, '2026-11-20').phrases.map((p) => p.id)).toEqual(['always', 'soon']);
    const plain = { packs: [], groups: [{ id: 'g' }], phrases: [phrase('a', 'g')] };
    expect(activeLibrary(plain, '2026-11-12')).toBe(plain);
  });

  it('is due for review from its review date on', () => {
    expect(reviewDue({ reviewDate: '2026-12-01' }, '2026-11-30')).toBe(false);
    expect(reviewDue({ reviewDate: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(reviewDue({}, '2099-01-01')).toBe(false);
  });
});

describe('dates in a text', () => {
  it('reads the usual ways of writing a day with its year', () => {
    const text = '活动 2026-11-11 截止，2026/6/18 发货，2026.12.12 开始，2027年1月5日前、2026 年 3 月 8 号都可以';
    expect(mentionedDates(text).map((d) => d.date)).toEqual(['2026-11-11', '2026-06-18', '2026-12-12', '2027-01-05', '2026-03-08']);
    const first = mentionedDates(text)[0]!;
    expect(text.slice(first.start, first.end)).toBe('2026-11-11');
  });

  it('leaves alone days without a year, days that do not exist and longer numbers', () => {
    expect(mentionedDates('11月11日当天发货')).toEqual([]);
    expect(mentionedDates('2026-02-30')).toEqual([]);
    expect(mentionedDates('订单号 120261111 12026-11-11')).toEqual([]);
  });

  it('finds the dates that have passed', () => {
    expect(passedDates('2026年11月11日前下单，2026年12月12日前付款', '2026-11-12').map((d) => d.text)).toEqual(['2026年11月11日']);
  });
});
