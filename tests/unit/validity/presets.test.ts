import { describe, expect, it } from 'vitest';
import { nextSaleWindow, nianhuoWindow, salePresets } from '../../../utils/validity/presets';

describe('sale presets', () => {
  it("gives this year's sale until it has ended, then next year's", () => {
    expect(nextSaleWindow('618', '2026-03-01')).toEqual({ id: '618', validFrom: '2026-06-01', validUntil: '2026-06-18' });
    expect(nextSaleWindow('618', '2026-06-18')?.validFrom).toBe('2026-06-01');
    expect(nextSaleWindow('618', '2026-06-19')?.validFrom).toBe('2027-06-01');
    expect(nextSaleWindow('double11', '2026-11-12')).toEqual({ id: 'double11', validFrom: '2027-11-01', validUntil: '2027-11-11' });
    expect(nextSaleWindow('double12', '2031-01-01')).toEqual({ id: 'double12', validFrom: '2031-12-01', validUntil: '2031-12-12' });
  });

  it('puts 年货节 from 腊八 to 小年 in the lunar calendar, whatever the year', () => {
    // Spring Festival 2026 is 17 February: 腊八 is 26 January, 小年 (腊月廿三) 10 February.
    expect(nianhuoWindow(2026)).toEqual({ id: 'nianhuo', validFrom: '2026-01-26', validUntil: '2026-02-10' });
    // Spring Festival 2023 was 22 January: 腊八 fell in the December before.
    expect(nianhuoWindow(2023)).toEqual({ id: 'nianhuo', validFrom: '2022-12-30', validUntil: '2023-01-14' });
    expect(nextSaleWindow('nianhuo', '2026-12-01')?.validUntil.startsWith('2027-')).toBe(true);
  });

  it('offers every sale, each window ending on or after today and lasting at least a week', () => {
    for (const today of ['2026-01-01', '2026-06-10', '2026-12-31', '2040-02-29']) {
      const presets = salePresets(today);
      expect(presets.map((p) => p.id)).toEqual(['618', 'double11', 'double12', 'nianhuo']);
      for (const p of presets) {
        expect(p.validUntil >= today).toBe(true);
        expect(Date.parse(p.validUntil) - Date.parse(p.validFrom)).toBeGreaterThanOrEqual(7 * 86_400_000);
      }
    }
  });
});
