import { describe, expect, it } from 'vitest';
import { parseCsvPack, packToCsv } from '../../../utils/packs/csv';
import { decodeBytes } from '../../../utils/packs/encoding';
import type { PackMeta } from '../../../utils/packs/schema';
import { csvOk, encodeGbk, samplePack, utf8 } from './helpers';

const meta: PackMeta = { id: 'qianniu-import', name: '千牛导入' };

const QIANNIU = [
  '店铺：示例旗舰店,,,',
  '子账号：示例旗舰店:小王,,,',
  '分组,快捷编码,标题,快捷短语',
  '物流,wl,物流查询,"亲，我这就帮您查一下物流进度。"',
  '售后=>退货,th,退货地址,"退货请寄到售后仓，',
  '单号发我就好。"',
  ',,,欢迎光临，有什么可以帮您？',
].join('\r\n');

describe('CSV import', () => {
  it('reads a Qianniu export: skips the account lines above the header and builds nested groups', () => {
    const r = csvOk(parseCsvPack(utf8(QIANNIU, true), { meta, locale: 'zh-CN' }));
    expect(r.encoding).toBe('utf-8');
    expect(r.rejected).toEqual([]);
    expect(r.pack.groups).toEqual([
      { id: '物流', name: '物流' },
      { id: '售后', name: '售后' },
      { id: '售后=>退货', name: '退货', parent: '售后' },
      { id: 'ungrouped', name: '未分组' },
    ]);
    expect(r.pack.phrases.map((p) => [p.group, p.shortcut, p.title, p.text])).toEqual([
      ['物流', 'wl', '物流查询', '亲，我这就帮您查一下物流进度。'],
      ['售后=>退货', 'th', '退货地址', '退货请寄到售后仓，\n单号发我就好。'],
      ['ungrouped', undefined, '欢迎光临', '欢迎光临，有什么可以帮您？'],
    ]);
  });

  it('reads the same file without BOM, as GBK, and as GBK mislabelled UTF-8', () => {
    const expected = csvOk(parseCsvPack(utf8(QIANNIU, true), { meta })).pack;
    expect(csvOk(parseCsvPack(utf8(QIANNIU), { meta })).pack).toEqual(expected);
    const gbk = csvOk(parseCsvPack(encodeGbk(QIANNIU), { meta }));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.pack).toEqual(expected);
    const mislabelled = csvOk(parseCsvPack(encodeGbk(QIANNIU).buffer as ArrayBuffer, { meta, declaredEncoding: 'utf-8' }));
    expect(mislabelled.pack).toEqual(expected);
    expect(mislabelled.warnings.map((w) => w.code)).toEqual(['csv.encodingFallback']);
  });

  it('recognises headers by name in any order, in Traditional Chinese and English', () => {
    const tw = csvOk(parseCsvPack('內容,分組,標題,快捷編碼\r\n您好，歡迎光臨,歡迎,招呼,hy\r\n', { meta }));
    expect(tw.pack.phrases[0]).toMatchObject({ text: '您好，歡迎光臨', title: '招呼', shortcut: 'hy' });
    expect(tw.pack.groups[0]?.name).toBe('歡迎');
    const en = csvOk(parseCsvPack('Title,Text,Group,Shortcut\nHello,"Hi, how can I help?",Welcome,hi\n', { meta }));
    expect(en.pack.phrases[0]).toMatchObject({ text: 'Hi, how can I help?', title: 'Hello', shortcut: 'hi' });
    const content = csvOk(parseCsvPack('分组,内容\n物流,已发货\n', { meta }));
    expect(content.pack.phrases[0]?.text).toBe('已发货');
  });

  it('reads tab-separated files (Excel "Unicode text", UTF-16 with BOM)', () => {
    const text = '分组\t快捷编码\t快捷短语\r\n物流\twl\t已经发货了\r\n';
    const body = new Uint8Array(text.length * 2 + 2);
    body.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      body[2 + i * 2] = code & 0xff;
      body[3 + i * 2] = code >> 8;
    }
    const r = csvOk(parseCsvPack(body, { meta }));
    expect(r.encoding).toBe('utf-16le');
    expect(r.pack.phrases[0]).toMatchObject({ text: '已经发货了', shortcut: 'wl' });
  });

  it('reports rows with a wrong column count by their Excel row number and keeps the others', () => {
    const csv = '分组,快捷编码,标题,快捷短语\n物流,wl,查询,好的\n物流,多,一,列,太多\n物流,少\n售后,sh,安抚,别着急,,\n';
    const r = csvOk(parseCsvPack(csv, { meta, locale: 'zh-CN' }));
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['好的', '别着急']);
    expect(r.rejected.map((e) => e.message)).toEqual(['第 3 行: 有 5 列，表头有 4 列', '第 4 行: 有 2 列，表头有 4 列']);
  });

  it('reports an unclosed quote with its row and does not import the swallowed rest', () => {
    const csv = 'group,shortcut,title,text\nA,a,t1,fine\nA,b,t2,"never closed\nA,c,t3,lost\n';
    const r = csvOk(parseCsvPack(csv, { meta }));
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['fine']);
    expect(r.rejected.map((e) => e.message)).toEqual([
      'row 3: a quoted field is never closed; everything after it was read as one field',
    ]);
  });

  it('reports empty and over-long phrases by row and column name', () => {
    const csv = `分组,快捷编码,标题,快捷短语\n物流,wl,查询,\n物流,,${'题'.repeat(201)},好的\n`;
    const r = csvOk(parseCsvPack(csv, { meta, locale: 'zh-CN' }));
    expect(r.pack.phrases).toEqual([]);
    expect(r.rejected.map((e) => e.message)).toEqual(['第 2 行 · 快捷短语: 为空', '第 3 行 · 标题: 超过 200 个字符']);
  });

  it('warns about clashing shortcut codes by row', () => {
    const r = csvOk(parseCsvPack('分组,快捷编码,快捷短语\n物流,wl,一\n物流,WL,二\n', { meta, locale: 'zh-TW' }));
    expect(r.pack.phrases).toHaveLength(2);
    expect(r.warnings.map((w) => w.message)).toEqual(['第 3 列 · 快捷编码: 快捷編碼 "WL" 與 第 2 列 重複']);
  });

  it('fails clearly when no header can be found or it has no phrase column', () => {
    const none = parseCsvPack('hello,world\nfoo,bar\n', { meta });
    expect(none.ok ? '' : none.errors[0]?.code).toBe('csv.noHeader');
    const noText = parseCsvPack('分组,快捷编码,标题\n物流,wl,查询\n', { meta });
    expect(noText.ok ? '' : noText.errors[0]?.code).toBe('csv.noTextColumn');
  });

  it('rejects a file over the size limit before decoding it', () => {
    const r = parseCsvPack(new Uint8Array(50 * 1024 * 1024), { meta });
    expect(r.ok ? '' : r.errors[0]?.message).toBe('The file is 50 MB — larger than the 10 MB limit. Split the pack into smaller packs.');
  });

  it('gives the same ids to the same rows on re-import, so edits update phrases in place', () => {
    const before = csvOk(parseCsvPack('分组,快捷编码,标题,快捷短语\n物流,wl,查询,旧的说法\n物流,,发货,今天发\n', { meta })).pack;
    const after = csvOk(parseCsvPack('分组,快捷编码,标题,快捷短语\n物流,,发货,明天发\n物流,wl,查询,新的说法\n', { meta })).pack;
    expect(after.phrases.map((p) => p.id).sort()).toEqual(before.phrases.map((p) => p.id).sort());
  });
});

describe('CSV export', () => {
  it('writes UTF-8 with BOM, Qianniu column names, CRLF and nested groups with =>', () => {
    const csv = packToCsv(samplePack());
    expect(csv.startsWith('\uFEFF分组,快捷编码,标题,快捷短语\r\n')).toBe(true);
    expect(csv).toContain('售后=>退货,,退货地址,退货请寄到售后仓，单号发我就好。\r\n');
    expect(packToCsv(samplePack(), { locale: 'en', bom: false }).split('\r\n')[0]).toBe('group,shortcut,title,text');
    expect(packToCsv(samplePack(), { locale: 'zh-TW' }).split('\r\n')[0]).toBe('\uFEFF分組,快捷編碼,標題,快捷短語');
  });

  it('round-trips through import: groups, shortcuts, titles, and texts with commas, quotes and line breaks', () => {
    const pack = samplePack();
    pack.phrases.push({ id: 'q', group: 'logistics', title: '引号', text: '他说："好的, 马上"\n第二行', tags: [] });
    const bytes = new TextEncoder().encode(packToCsv(pack));
    const back = csvOk(parseCsvPack(bytes, { meta }));
    expect(back.pack.phrases.map((p) => [p.group, p.shortcut, p.title, p.text])).toEqual(
      pack.phrases.map((p) => [p.group === 'returns' ? '售后=>退货' : p.group === 'logistics' ? '物流' : '售后', p.shortcut, p.title, p.text]),
    );
  });
});

describe('decodeBytes', () => {
  it('honours a declared non-UTF-8 label such as big5', () => {
    const big5 = new Uint8Array([0xa7, 0x41, 0xa6, 0x6e]); // 你好 in Big5
    const r = decodeBytes(big5, { declared: 'big5' });
    expect(r.ok && r.text).toBe('你好');
  });
});
