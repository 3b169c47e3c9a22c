import { describe, expect, it } from 'vitest';
import { parseTextPack } from '../../../utils/packs/text';
import { encodeGbk } from './helpers';

const meta = { id: 'notes', name: '我的笔记' };

function ok(result: ReturnType<typeof parseTextPack>) {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
}

describe('plain text import', () => {
  it('takes one phrase per line when every block is a single line', () => {
    const r = ok(parseTextPack('您好，在的\r\n\r\n稍等，我帮您查一下\n\n好的，马上安排  \n', { meta, locale: 'zh-CN' }));
    expect(r.layout).toBe('lines');
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['您好，在的', '稍等，我帮您查一下', '好的，马上安排']);
    expect(r.pack.groups).toEqual([{ id: 'ungrouped', name: '未分组' }]);
  });

  it('takes one phrase per line in a file without blank lines', () => {
    const r = ok(parseTextPack('您好\n稍等\n好的\n', { meta }));
    expect(r.layout).toBe('lines');
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['您好', '稍等', '好的']);
  });

  it('takes blank-line-separated blocks when any block has several lines', () => {
    const r = ok(parseTextPack('第一段\n第一段第二行\n\n第二段\n\n\n第三段\n第三段第二行', { meta, groupName: 'Imported' }));
    expect(r.layout).toBe('blocks');
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['第一段\n第一段第二行', '第二段', '第三段\n第三段第二行']);
    expect(r.pack.groups[0]?.name).toBe('Imported');
  });

  it('imports a repeated phrase once and says which line it repeats', () => {
    const r = ok(parseTextPack('好的\n收到\n好的\n', { meta }));
    expect(r.pack.phrases.map((p) => p.text)).toEqual(['好的', '收到']);
    expect(r.rejected.map((e) => e.message)).toEqual(['line 3: same text as line 1 — skipped']);
  });

  it('decodes GBK text files and keeps HTML as plain text', () => {
    const r = ok(parseTextPack(encodeGbk('<b>亲</b>，欢迎光临\n'), { meta }));
    expect(r.pack.phrases[0]?.text).toBe('<b>亲</b>，欢迎光临');
  });

  it('fails on an empty file and reports over-long lines', () => {
    const empty = parseTextPack('\n \n', { meta });
    expect(empty.ok ? '' : empty.errors[0]?.code).toBe('input.empty');
    const long = ok(parseTextPack(`短句\n${'长'.repeat(10_001)}\n`, { meta }));
    expect(long.rejected.map((e) => e.message)).toEqual(['line 2: longer than 10000 characters']);
  });
});
