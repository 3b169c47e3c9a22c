/** CSV files that spreadsheets open: formulas are never written live, and huge files stop early. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../components/manager/import-file';
import { packToCsv, parseCsvPack } from '../../../utils/packs/csv';
import { PACK_LIMITS } from '../../../utils/packs/limits';
import type { PackV1 } from '../../../utils/packs/schema';
import { utf8 } from './helpers';

const meta = { id: 'sheet', name: 'Sheet' };
const risky: Pick<PackV1, 'groups' | 'phrases'> = {
  groups: [{ id: 'g', name: '@售后' }],
  phrases: [
    { id: 'a', group: 'g', title: '=HYPERLINK("http://evil.example","点我")', text: '=1+1', tags: [] },
    { id: 'b', group: 'g', title: '加一', text: '+86 400 000 0000', shortcut: '-tk', tags: [] },
    { id: 'c', group: 'g', title: '制表', text: '@所有人 今天发货', tags: [] },
    { id: 'd', group: 'g', title: '普通', text: '亲，在的 = 是的', tags: [] },
  ],
};

describe('CSV export escapes formulas', () => {
  it('writes cells starting with = + - @ with a leading quote mark, and leaves other cells alone', () => {
    const rows = Papa.parse<string[]>(packToCsv(risky, { bom: false }), { skipEmptyLines: true }).data.slice(1);
    expect(rows).toEqual([
      ["'@售后", '', '\'=HYPERLINK("http://evil.example","点我")', "'=1+1"],
      ["'@售后", "'-tk", '加一', "'+86 400 000 0000"],
      ["'@售后", '', '制表', "'@所有人 今天发货"],
      ["'@售后", '', '普通', '亲，在的 = 是的'],
    ]);
  });

  it('reads its own export back unchanged and says that cells were unescaped', () => {
    const result = parseCsvPack(packToCsv(risky, { locale: 'en' }), { meta, locale: 'en' });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.pack.phrases.map((p) => [p.title, p.text, p.shortcut ?? ''])).toEqual([
      ['=HYPERLINK("http://evil.example","点我")', '=1+1', ''],
      ['加一', '+86 400 000 0000', '-tk'],
      ['制表', '@所有人 今天发货', ''],
      ['普通', '亲，在的 = 是的', ''],
    ]);
    expect(result.pack.groups.map((g) => g.name)).toEqual(['@售后']);
    expect(result.warnings.map((w) => w.message)).toContain(
      "9 cell(s) started with ' before = + - or @ (protection an export adds against spreadsheet formulas); the ' was removed.",
    );
  });

  it('the import preview lists the note (in the UI language)', () => {
    const read = readImportFile('导出.csv', utf8(packToCsv(risky)), { locale: 'zh-CN', now: 0 });
    expect(read.warnings.map((w) => w.code)).toContain('csv.formulaeUnescaped');
    const plain = readImportFile('plain.csv', utf8('分组,快捷短语\r\n物流,亲，在的\r\n'), { locale: 'zh-CN', now: 0 });
    expect(plain.warnings.map((w) => w.code)).not.toContain('csv.formulaeUnescaped');
  });
});

describe('CSV export of texts that already start with a quote mark', () => {
  it("gives back '=1 and ''-x as they were (the import takes one ' off, so the export adds one)", () => {
    const pack: Pick<PackV1, 'groups' | 'phrases'> = {
      groups: [{ id: 'g', name: '常用' }],
      phrases: [
        { id: 'a', group: 'g', title: '一', text: "'=1", tags: [] },
        { id: 'b', group: 'g', title: '二', text: "''-x", tags: [] },
        { id: 'c', group: 'g', title: '三', text: "'引号开头", tags: [] },
      ],
    };
    const result = parseCsvPack(packToCsv(pack), { meta });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.pack.phrases.map((p) => p.text)).toEqual(["'=1", "''-x", "'引号开头"]);
  });
});

describe('CSV row limit', () => {
  it('stops a million-row file under the byte limit at the phrase limit, naming the limit', () => {
    const rows = '物,亲\n'.repeat(1_000_000);
    const text = `分组,快捷短语\n${rows}`;
    expect(new TextEncoder().encode(text).length).toBeLessThan(PACK_LIMITS.maxBytes);
    const started = performance.now();
    const result = readImportFile('big.csv', utf8(text), { locale: 'en', now: 0 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'The file has more than 20000 phrases, the most one pack can hold; nothing was imported. Split it into smaller files.',
    ]);
    // Reading stops at the limit: far less than parsing and building a million phrases.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('accepts a file with exactly the limit', () => {
    const text = `分组,快捷短语\n${Array.from({ length: 50 }, (_, i) => `物,亲${i}`).join('\n')}\n\n\n`;
    expect(parseCsvPack(text, { meta, maxRows: 50 }).ok).toBe(true);
    expect(parseCsvPack(`${text}物,再多一行\n`, { meta, maxRows: 50 }).ok).toBe(false);
  });
});

describe('text file line limit', () => {
  it('stops a text file with more phrases than a pack holds, naming the limit', () => {
    const text = Array.from({ length: PACK_LIMITS.maxPhrases + 5 }, (_, i) => `亲 ${i}`).join('\n');
    const result = readImportFile('lines.txt', utf8(text), { locale: 'en', now: 0 });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['input.tooManyPhrases']);
  });
});
