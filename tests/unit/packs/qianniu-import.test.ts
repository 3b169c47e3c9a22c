/**
 * Qianniu's own quick-phrase export as it is: header 快捷短语编码,快捷短语,快捷短语分组 (code, text, one level of
 * groups, no title), GBK or UTF-8 with or without BOM, CRLF, and Wangwang-style &#13; / &#44; inside cells.
 */
import { describe, expect, it } from 'vitest';
import { decodeCellEntities, encodeCellEntities } from '../../../utils/packs/cell-entities';
import { parseCsvPack } from '../../../utils/packs/csv';
import type { PackMeta } from '../../../utils/packs/schema';
import { csvOk, encodeGbk, utf8 } from './helpers';

const meta: PackMeta = { id: 'qianniu-file', name: '千牛导出' };

/** 快捷短语编码,快捷短语,快捷短语分组 in GBK, written out byte by byte (independent of any encoder). */
const GBK_HEADER = [
  0xbf, 0xec, 0xbd, 0xdd, 0xb6, 0xcc, 0xd3, 0xef, 0xb1, 0xe0, 0xc2, 0xeb, 0x2c, // 快捷短语编码,
  0xbf, 0xec, 0xbd, 0xdd, 0xb6, 0xcc, 0xd3, 0xef, 0x2c, // 快捷短语,
  0xbf, 0xec, 0xbd, 0xdd, 0xb6, 0xcc, 0xd3, 0xef, 0xb7, 0xd6, 0xd7, 0xe9, // 快捷短语分组
  0x0d, 0x0a,
];
/** wl,亲，在的,售前 CRLF in GBK: 亲 C7D7，A3AC 在 D4DA 的 B5C4 售 CADB 前 C7B0. */
const GBK_ROW = [0x77, 0x6c, 0x2c, 0xc7, 0xd7, 0xa3, 0xac, 0xd4, 0xda, 0xb5, 0xc4, 0x2c, 0xca, 0xdb, 0xc7, 0xb0, 0x0d, 0x0a];

const FILE = [
  '快捷短语编码,快捷短语,快捷短语分组',
  'wl,亲，我这就帮您查一下物流进度。,物流',
  'th,退货请寄到售后仓&#13;单号发我就好。,售后',
  'hy,您好&#44; 欢迎光临&#13;&#10;有什么可以帮您？,',
  'dd,"亲，订单号是 ""{订单号}"" 吗？",售后',
  'fh,第一行&#10;第二行,物流',
].join('\r\n');

const rowsOf = (r: ReturnType<typeof csvOk>) => {
  const groups = new Map(r.pack.groups.map((g) => [g.id, g]));
  return r.pack.phrases.map((p) => [p.shortcut, p.text, groups.get(p.group)?.name]);
};

describe('Qianniu quick-phrase export', () => {
  it('reads codes, texts and groups from its header, with CRLF line ends and &#13; / &#44; in cells', () => {
    const r = csvOk(parseCsvPack(utf8(FILE), { meta, locale: 'zh-CN' }));
    expect(r.rejected).toEqual([]);
    expect(rowsOf(r)).toEqual([
      ['wl', '亲，我这就帮您查一下物流进度。', '物流'],
      ['th', '退货请寄到售后仓\n单号发我就好。', '售后'],
      ['hy', '您好, 欢迎光临\n有什么可以帮您？', '未分组'],
      ['dd', '亲，订单号是 "{订单号}" 吗？', '售后'],
      ['fh', '第一行\n第二行', '物流'],
    ]);
    // One level of groups, as Qianniu has them.
    expect(r.pack.groups.every((g) => g.parent === undefined)).toBe(true);
  });

  it('reads the same from UTF-8 with BOM and from GBK', () => {
    const expected = csvOk(parseCsvPack(utf8(FILE), { meta })).pack;
    const bom = csvOk(parseCsvPack(utf8(FILE, true), { meta }));
    expect(bom.encoding).toBe('utf-8');
    expect(bom.pack).toEqual(expected);
    const gbk = csvOk(parseCsvPack(encodeGbk(FILE), { meta }));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.pack).toEqual(expected);
  });

  it('reads a GBK file written byte by byte (header and one row)', () => {
    const r = csvOk(parseCsvPack(new Uint8Array([...GBK_HEADER, ...GBK_ROW]), { meta, locale: 'zh-CN' }));
    expect(r.encoding).toBe('gb18030');
    expect(rowsOf(r)).toEqual([['wl', '亲，在的', '售前']]);
    // The fixed bytes are what the export's encoder writes too.
    expect([...encodeGbk('快捷短语编码,快捷短语,快捷短语分组\r\nwl,亲，在的,售前\r\n')]).toEqual([...GBK_HEADER, ...GBK_ROW]);
  });

  it('reads the older Wangwang header (快捷编码,快捷短语,快捷短语分组) and the Traditional forms the same way', () => {
    const older = csvOk(parseCsvPack('快捷编码,快捷短语,快捷短语分组\r\nwl,亲，在的,售前\r\n', { meta }));
    const tw = csvOk(parseCsvPack('快捷短語編碼,快捷短語,快捷短語分組\r\nwl,親，在的,售前\r\n', { meta }));
    expect(rowsOf(older)).toEqual([['wl', '亲，在的', '售前']]);
    expect(rowsOf(tw)).toEqual([['wl', '親，在的', '售前']]);
  });

  it('gives phrases without a title one made from their text', () => {
    const r = csvOk(parseCsvPack(utf8(FILE), { meta }));
    expect(r.pack.phrases.map((p) => p.title)).toEqual(['我这就帮您查一下物流进度', '退货请寄到售后仓', '欢迎光临', '订单号是 "{订单号}" 吗', '第一行']);
  });

  it('keeps the phrase ids a re-import matches on (the derived title is not part of them)', () => {
    const first = csvOk(parseCsvPack(utf8(FILE), { meta })).pack.phrases.map((p) => p.id);
    const edited = FILE.replace('亲，我这就帮您查一下物流进度。', '亲，物流我这就帮您查。');
    expect(csvOk(parseCsvPack(utf8(edited), { meta })).pack.phrases.map((p) => p.id)).toEqual(first);
    const noCodes = '快捷短语,快捷短语分组\r\n亲，在的,售前\r\n';
    const before = csvOk(parseCsvPack(noCodes, { meta })).pack.phrases[0]?.id;
    expect(csvOk(parseCsvPack(noCodes, { meta })).pack.phrases[0]?.id).toBe(before);
  });
});

describe('codes become shortcuts', () => {
  it('keeps a valid code as the shortcut, cleaned as every shortcut is (zero-width characters removed)', () => {
    const r = csvOk(parseCsvPack('快捷短语编码,快捷短语,快捷短语分组\r\ntk\u200B,退款已提交,售后\r\n', { meta }));
    expect(r.pack.phrases[0]?.shortcut).toBe('tk');
    expect(r.warnings).toEqual([]);
  });

  it('imports the phrase of an invalid code without a shortcut and says so by row and column', () => {
    const csv = `快捷短语编码,快捷短语,快捷短语分组\r\nw l,物流在路上了,物流\r\n${'x'.repeat(33)},已发货,物流\r\nok,好的,物流\r\n`;
    const r = csvOk(parseCsvPack(csv, { meta, locale: 'zh-CN' }));
    expect(r.pack.phrases.map((p) => [p.text, p.shortcut])).toEqual([
      ['物流在路上了', undefined],
      ['已发货', undefined],
      ['好的', 'ok'],
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '第 2 行 · 快捷短语编码: 编码 "w l" 不能用作快捷编码（不能包含空格或换行），这条话术导入时不带快捷编码',
      `第 3 行 · 快捷短语编码: 编码 "${'x'.repeat(33)}" 超过 32 个字符，这条话术导入时不带快捷编码`,
    ]);
  });

  it('keeps both phrases of a clashing code and warns by row', () => {
    const r = csvOk(parseCsvPack('快捷短语编码,快捷短语,快捷短语分组\r\nwl,一,物流\r\nWL,二,物流\r\n', { meta }));
    expect(r.pack.phrases.map((p) => p.shortcut)).toEqual(['wl', 'WL']);
    expect(r.warnings.map((w) => w.message)).toEqual(['row 3 · 快捷短语编码: shortcut code "WL" is also used by row 2']);
  });
});

describe('Wangwang cell references', () => {
  it.each([
    ['第一行&#13;第二行', '第一行\n第二行'],
    ['第一行&#10;第二行', '第一行\n第二行'],
    ['第一行&#13;&#10;第二行', '第一行\n第二行'],
    ['一&#44;二&#44;三', '一,二,三'],
    ['&#13;&#13;', '\n\n'],
  ])('%j reads as %j', (cell, text) => {
    expect(decodeCellEntities(cell)).toBe(text);
  });

  it.each(['&amp;', '&#60;b&#62;', '&lt;', '&#x2C;', '&#044;', '&#13', 'AT&T'])('leaves other references as written: %j', (cell) => {
    expect(decodeCellEntities(cell)).toBe(cell);
  });

  it('writes line breaks and commas the same way, and reads them back', () => {
    const text = '您好, 第一行\n第二行\r\n第三行';
    expect(encodeCellEntities(text)).toBe('您好&#44; 第一行&#13;第二行&#13;第三行');
    expect(decodeCellEntities(encodeCellEntities(text))).toBe('您好, 第一行\n第二行\n第三行');
  });
});
