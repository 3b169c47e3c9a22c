import { describe, expect, it } from 'vitest';
import { lintPack } from '../../../utils/lint/pack-lint';
import { main } from '../../../utils/lint/cli';

const pack = JSON.stringify(
  {
    format: 'huashu.pack',
    version: 2,
    pack: { id: 'p', name: 'P' },
    groups: [{ id: 'sale', name: '双十一', validUntil: '2026-11-11' }, { id: 'g', name: '常用' }],
    phrases: [
      { id: 'presale', group: 'g', title: '预售', text: '您好，预售定金可退。', validUntil: '2026-11-05' },
      { id: 'in-sale', group: 'sale', title: '满减', text: '您好，满三百减五十。' },
      { id: 'dated', group: 'g', title: '发货', text: '您好，2026年11月11日前付款当天发货。' },
      { id: 'ok', group: 'g', title: '问候', text: '您好，有什么可以帮您？', validUntil: '2026-12-31' },
    ],
  },
  null,
  2,
);
const dateFindings = (today: string) =>
  lintPack(pack, { locale: 'en', today }).filter((f) => f.ruleId === 'pack-expired' || f.ruleId === 'pack-date-passed').map((f) => `${f.ruleId}: ${f.message}`);

describe('the lint on campaign phrases', () => {
  it('says nothing while every window is open and every date ahead', () => {
    expect(dateFindings('2026-11-05')).toEqual([]);
  });

  it('warns on expired phrases still in the pack (by their own window or their group’s) and on dates that passed', () => {
    expect(dateFindings('2026-11-12')).toEqual([
      'pack-expired: expired but still in the pack: its last day was 2026-11-05 (phrases[0])',
      'pack-expired: expired but still in the pack: its last day was 2026-11-11 (sale) (phrases[1])',
      'pack-date-passed: mentions a date that has passed: 2026年11月11日 (phrases[2])',
    ]);
    expect(lintPack(pack, { today: '2026-11-12' }).find((f) => f.ruleId === 'pack-expired')?.severity).toBe('warning');
  });

  it('takes the day from --today in the CLI', async () => {
    const out: string[] = [];
    const io = { readFile: async () => new TextEncoder().encode(pack), out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await main(['--today', '2026-11-06', '--locale', 'en', 'pack.json'], io)).toBe(0);
    expect(out.filter((l) => l.includes('pack-expired'))).toHaveLength(1);
    expect(await main(['--today', '2026-11-31', 'pack.json'], io)).toBe(2);
  });
});
