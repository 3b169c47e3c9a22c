import { describe, expect, it } from 'vitest';
import { checkFileSize, kindOf, metaFromFileName, readImportFile } from '../../../components/manager/import-file';
import { PACK_LIMITS } from '../../../utils/packs/limits';
import { encodeGbk, samplePack, utf8 } from '../packs/helpers';

const NOW = Date.UTC(2026, 10, 23);
const read = (name: string, bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'zh-CN') => readImportFile(name, bytes, { locale, now: NOW });

describe('reading a file picked for import', () => {
  it('chooses the parser by extension, then by content', () => {
    expect(kindOf('team.JSON', '')).toBe('json');
    expect(kindOf('千牛导出.csv', '')).toBe('csv');
    expect(kindOf('lines.txt', '{')).toBe('text');
    expect(kindOf('download', '  {"format"')).toBe('json');
    expect(kindOf('download', '亲，在的')).toBe('text');
  });

  it('reads a JSON pack, keeping valid phrases and listing invalid ones with their path', () => {
    const pack = samplePack();
    const broken = { ...pack, phrases: [...pack.phrases, { id: 'bad', group: 'logistics', text: '' }] };
    const result = read('acme.json', utf8(JSON.stringify(broken), true));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.pack.phrases.map((p) => p.id)).toEqual(['wl-01', 'wl-02', 'sh-01', 'th-01']);
    expect(result.rejected.map((r) => r.path)).toEqual(['phrases[4].text']);
    expect(result.rejected[0]?.message).toContain('为空');
  });

  it('names the problem of a JSON file that is not a pack, in the UI language', () => {
    const result = read('x.json', utf8('{"format":"other"}'), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toContain('"format" must be "huashu.pack"');
    const cut = read('x.json', utf8('{"format":"huashu.pack","version":1,'));
    expect(cut.ok ? '' : cut.errors[0]?.message).toContain('不是有效的 JSON');
  });

  it('reads a GBK Qianniu CSV into a pack named after the file', () => {
    const csv = '分组,快捷编码,快捷短语\r\n物流,wl,亲，我帮您查一下物流\r\n售后=>退货,th,退货地址请看订单页\r\n';
    const result = read('店铺话术.csv', encodeGbk(csv));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.kind).toBe('csv');
    expect(result.pack.pack.name).toBe('店铺话术');
    expect(result.pack.pack.id).toMatch(/^file-[0-9a-z]+$/);
    expect(result.pack.phrases.map((p) => [p.shortcut, p.text])).toEqual([
      ['wl', '亲，我帮您查一下物流'],
      ['th', '退货地址请看订单页'],
    ]);
    expect(result.warnings.map((w) => w.code)).toContain('csv.encodingFallback');
    // The same file name gives the same pack id: importing it again updates that pack.
    expect(metaFromFileName('店铺话术.csv', 1).id).toBe(result.pack.pack.id);
  });

  it('reads plain text, one phrase per line', () => {
    const result = read('quick.txt', utf8('亲，在的\n稍等，我查一下\n'));
    expect(result.ok && result.pack.phrases.map((p) => p.text)).toEqual(['亲，在的', '稍等，我查一下']);
  });

  it('slugs ASCII file names and never produces the reserved personal id', () => {
    expect(metaFromFileName('ACME Team Pack v2.csv', NOW)).toMatchObject({ id: 'file-acme-team-pack-v2', name: 'ACME Team Pack v2' });
    expect(metaFromFileName('personal.txt', NOW).id).not.toBe('personal');
  });

  it('refuses an oversized file before reading it, and an empty file', () => {
    expect(checkFileSize(PACK_LIMITS.maxBytes, 'en')).toBeNull();
    expect(checkFileSize(50 * 1024 * 1024, 'en')?.message).toContain('50 MB');
    const empty = read('e.json', new Uint8Array());
    expect(empty.ok ? '' : empty.errors[0]?.code).toBe('input.empty');
  });

  it('keeps HTML in phrase text as text', () => {
    const pack = samplePack({ phrases: [{ id: 'x', group: 'logistics', title: '<b>t</b>', text: '<script>alert(1)</script>亲', tags: [] }] });
    const result = read('p.json', utf8(JSON.stringify(pack)));
    expect(result.ok && result.pack.phrases[0]?.text).toBe('<script>alert(1)</script>亲');
  });
});
