/** The Qianniu-format export ("千牛格式") and the report of what Qianniu's limits would cut. */
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvPack } from '../../../utils/packs/csv';
import { checkQianniuLimits, cutToQianniuLength, qianniuCsvBytes, qianniuCsvText, qianniuLength, QIANNIU_HEADER } from '../../../utils/packs/qianniu';
import type { PackPhrase, PackV1 } from '../../../utils/packs/schema';
import { csvOk, samplePack } from './helpers';

const phrase = (text: string, i = 0, extra: Partial<PackPhrase> = {}): PackPhrase => ({ id: `p${i}`, group: 'g', title: `标题${i}`, text, tags: [], ...extra });
const oneGroup = (phrases: PackPhrase[]): Pick<PackV1, 'groups' | 'phrases'> => ({ groups: [{ id: 'g', name: '常用' }], phrases });

/** What a Qianniu file carries of a phrase: code, text, group path. */
function carried(pack: Pick<PackV1, 'groups' | 'phrases'>): [string, string, string][] {
  const byId = new Map(pack.groups.map((g) => [g.id, g]));
  const path = (id: string): string => {
    const g = byId.get(id);
    return g === undefined ? id : g.parent === undefined ? g.name : `${path(g.parent)}=>${g.name}`;
  };
  return pack.phrases.map((p) => [p.shortcut ?? '', p.text, path(p.group)]);
}

describe('qianniuLength', () => {
  it.each([
    ['您好', 4],
    ['abc 12', 6],
    ['亲，在的!', 8],
    ['發貨', 4],
    ['😊', 1],
  ])('qianniuLength(%j) = %i (a Chinese character counts 2, punctuation and spaces 1)', (text, length) => {
    expect(qianniuLength(text)).toBe(length);
  });

  it('cuts to a length on whole characters', () => {
    expect(cutToQianniuLength('好'.repeat(401), 800)).toBe('好'.repeat(400));
    expect(cutToQianniuLength('a好', 2)).toBe('a');
    expect(cutToQianniuLength('ab👍🏻', 3)).toBe('ab');
  });
});

describe('Qianniu-format file', () => {
  it('has exactly Qianniu’s header and column order: code, text, group', () => {
    const csv = qianniuCsvText(checkQianniuLimits(samplePack()).rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('快捷短语编码,快捷短语,快捷短语分组');
    expect(QIANNIU_HEADER).toEqual(['快捷短语编码', '快捷短语', '快捷短语分组']);
    expect(lines[1]).toBe('wl,亲，我这就帮您查一下物流进度。,物流');
    expect(lines[2]).toBe(',今天下午四点前付款的订单当天发出。,物流');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes line breaks as &#13; and commas as &#44;, quotes as CSV does, and is valid CSV', () => {
    const pack = oneGroup([phrase('第一行\n第二行', 0, { shortcut: 'a' }), phrase('Hi, 您好', 1), phrase('他说："好的"', 2), phrase('=1+1', 3)]);
    const csv = qianniuCsvText(checkQianniuLimits(pack).rows);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['a,第一行&#13;第二行,常用', ',Hi&#44; 您好,常用', ',"他说：""好的""",常用', ",'=1+1,常用"]);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.every((row) => row.length === 3)).toBe(true);
  });

  it('GBK by default; UTF-8 with BOM when asked', () => {
    const pack = oneGroup([phrase('亲，在的', 0, { shortcut: 'zd' })]);
    const gbk = qianniuCsvBytes(checkQianniuLimits(pack));
    expect([...gbk.subarray(0, 4)]).toEqual([0xbf, 0xec, 0xbd, 0xdd]); // 快捷
    expect(new TextDecoder('gbk').decode(gbk)).toBe('快捷短语编码,快捷短语,快捷短语分组\r\nzd,亲，在的,常用\r\n');
    const utf8 = qianniuCsvBytes(checkQianniuLimits(pack, { encoding: 'utf-8-bom' }));
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(utf8)).toBe('快捷短语编码,快捷短语,快捷短语分组\r\nzd,亲，在的,常用\r\n');
  });

  it.each(['gbk', 'utf-8-bom'] as const)('round-trips through the importer with nothing lost (%s)', (encoding) => {
    const pack = samplePack();
    pack.phrases.push(
      phrase('他说："好的, 马上"\n第二行\r\n第三行', 7, { group: 'logistics', shortcut: 'hd' }),
      phrase('@所有人 今天发货，+86 400', 8, { group: 'after-sales', shortcut: '-tk' }),
    );
    const report = checkQianniuLimits(pack, { encoding });
    expect(report.cuts.filter((c) => c.kind !== 'formula')).toEqual([]);
    const back = csvOk(parseCsvPack(qianniuCsvBytes(report), { meta: { id: 'back', name: '回读' } }));
    expect(back.rejected).toEqual([]);
    const expected = carried(pack).map(([code, text, group]) => [code, text.replace(/\r\n/g, '\n'), group]);
    expect(carried(back.pack)).toEqual(expected);
  });

  it('round-trips any text GBK can hold', () => {
    const gbkText = fc.string({ unit: fc.constantFrom(...'亲，您好！退款已提交。\n,"\'=+-@ abc123&#;'.split('')), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(gbkText, fc.stringMatching(/^[a-z0-9]{0,6}$/), (text, code) => {
        fc.pre(text.trim() !== '');
        // A phrase that already holds such a reference reads back as the character (docs/pack-format.md).
        fc.pre(!/&#(?:13|10|44);/.test(text));
        const pack = oneGroup([phrase(text, 0, code === '' ? {} : { shortcut: code })]);
        const back = csvOk(parseCsvPack(qianniuCsvBytes(checkQianniuLimits(pack)), { meta: { id: 'back', name: '回读' } }));
        expect(back.pack.phrases.map((p) => [p.shortcut ?? '', p.text])).toEqual([[code, text.trim()]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Qianniu limits report', () => {
  it('names the phrases beyond 500 by title, and leaves them out of the file', () => {
    const phrases = Array.from({ length: 501 }, (_, i) => phrase(`好${i}`, i));
    const report = checkQianniuLimits(oneGroup(phrases));
    expect(report.ok).toBe(false);
    expect(report.total).toBe(501);
    expect(report.written).toBe(500);
    expect(report.cuts).toEqual([{ index: 500, id: 'p500', title: '标题500', kind: 'overCount' }]);
    expect(qianniuCsvText(report.rows).trimEnd().split('\r\n')).toHaveLength(501);
    expect(checkQianniuLimits(oneGroup(phrases.slice(0, 500))).ok).toBe(true);
  });

  it('flags a phrase of 401 Chinese characters (802 by Qianniu’s count) and cuts it to 800; 400 pass', () => {
    const report = checkQianniuLimits(oneGroup([phrase('好'.repeat(400), 0), phrase('好'.repeat(401), 1), phrase('a'.repeat(800), 2)]));
    expect(report.cuts).toEqual([{ index: 1, id: 'p1', title: '标题1', kind: 'tooLong', length: 802, keptLength: 800 }]);
    expect(report.rows[1]?.[1]).toBe('好'.repeat(400));
    expect(report.rows[0]?.[1]).toBe('好'.repeat(400));
  });

  it('counts the protective quote of a formula-like text in the 800', () => {
    const report = checkQianniuLimits(oneGroup([phrase(`=${'a'.repeat(799)}`, 0)]));
    expect(report.cuts.map((c) => c.kind)).toEqual(['tooLong', 'formula']);
    expect(qianniuLength(`'${report.rows[0]?.[1] ?? ''}`)).toBe(800);
  });

  it('writes a nested group as one group named by its path, and reports it with its phrase count', () => {
    const report = checkQianniuLimits(samplePack());
    expect(report.groups).toEqual([{ path: ['售后', '退货'], written: '售后=>退货', phrases: 1 }]);
    expect(report.rows.map((r) => r[2])).toEqual(['物流', '物流', '售后', '售后=>退货']);
    expect(report.ok).toBe(false);
  });

  it('lists characters GBK cannot hold (written as ?), not for UTF-8', () => {
    const pack = oneGroup([phrase('好的😊，马上❤', 0, { title: '' })]);
    const gbk = checkQianniuLimits(pack);
    expect(gbk.cuts).toEqual([{ index: 0, id: 'p0', title: '好的😊', kind: 'notInGbk', characters: ['😊', '❤'] }]);
    expect(new TextDecoder('gbk').decode(qianniuCsvBytes(gbk))).toContain('好的?，马上?');
    expect(checkQianniuLimits(pack, { encoding: 'utf-8-bom' }).ok).toBe(true);
  });

  it('is clean for a pack Qianniu takes as it is', () => {
    const pack = oneGroup([phrase('亲，在的', 0, { shortcut: 'zd' })]);
    expect(checkQianniuLimits(pack)).toMatchObject({ ok: true, cuts: [], groups: [], total: 1, written: 1 });
  });
});
