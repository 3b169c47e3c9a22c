import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_BASE, sanitizeFileBase } from '../../../utils/packs/file-name';

describe('export file names', () => {
  it.each([
    ['售后话术', 'json', '售后话术.json'],
    ['After-sales replies', 'csv', 'After-sales replies.csv'],
    ['售后/退款: 常用?', 'json', '售后 退款 常用.json'],
    ['  ..隐藏  ', 'json', '隐藏.json'],
    ['a\u202Egnp.exe', 'json', 'a gnp.exe.json'],
    ['CON', 'json', '_CON.json'],
    ['tab\there', 'csv', 'tab here.csv'],
  ] as const)('%j → %s', (name, ext, expected) => {
    expect(exportFileName(name, ext)).toBe(expected);
  });

  it('falls back to the pack id, then to a generic name, when the name leaves nothing', () => {
    expect(exportFileName('???', 'json', 'team-cs')).toBe('team-cs.json');
    expect(exportFileName('', 'csv', '')).toBe('huashu-pack.csv');
  });

  it('cuts long names by characters, never inside one', () => {
    const long = '退款'.repeat(50);
    const base = sanitizeFileBase(long);
    expect([...base]).toHaveLength(MAX_FILE_BASE);
    expect(base.startsWith('退款退款')).toBe(true);
    expect(sanitizeFileBase('😀'.repeat(70))).toBe('😀'.repeat(MAX_FILE_BASE));
  });
});
