import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInTone } from '../../../utils/tone-builtin';
import { PACK_LIMITS } from '../../../utils/packs/limits';
import { localizeIssue } from '../../../utils/packs/messages';
import { parsePack, type PackV1 } from '../../../utils/packs/schema';
import { samplePack } from './helpers';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** A built-in rule a team could copy as it is: no lookaround (team rules run on RE2, which has none). */
const portable = builtInTone.rules.find((r) => ![...r.patterns, ...(r.exceptions ?? [])].some((p) => /\(\?<?[=!]|\\k</u.test(p)))!;
const messages = (result: ReturnType<typeof parsePack>) => (result.ok ? [] : result.errors.map((e) => e.message));

describe('parsePack: valid packs', () => {
  it.each(['zh-CN', 'zh-TW', 'en'])('accepts the built-in %s pack without warnings', (locale) => {
    const text = readFileSync(new URL(`../../../phrases/builtin/${locale}.json`, import.meta.url), 'utf8');
    const result = parsePack(text);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.pack.id).toBe(`builtin-${locale}`);
    expect(result.pack.phrases.length).toBeGreaterThan(40);
    expect(result.warnings).toEqual([]);
  });

  it('accepts the example of the issue and fills defaults (title, tags)', () => {
    const result = parsePack(
      json({
        format: 'huashu.pack',
        version: 1,
        pack: { id: 'acme-cs', name: 'ACME 客服话术', description: '…', author: '…', updatedAt: '2026-11-20T08:00:00Z', locale: 'zh-CN' },
        groups: [{ id: 'logistics', name: '物流' }],
        phrases: [{ id: 'wl-01', group: 'logistics', text: '亲，物流已经在路上啦' }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.phrases[0]).toEqual({ id: 'wl-01', group: 'logistics', title: '', text: '亲，物流已经在路上啦', tags: [] });
  });

  it('keeps HTML and script in text as plain text, unchanged', () => {
    const text = '<script>alert("x")</script><b>粗体</b> &amp; <img src=x onerror=alert(1)>';
    const result = parsePack(samplePack({ phrases: [{ id: 'h', group: 'logistics', title: '<i>t</i>', text, tags: [] }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.phrases[0]?.text).toBe(text);
    expect(result.pack.phrases[0]?.title).toBe('<i>t</i>');
  });

  it('accepts a UTF-8 BOM in front of the JSON', () => {
    expect(parsePack(`\uFEFF${json(samplePack())}`).ok).toBe(true);
  });

  it('accepts custom tone rules in the built-in rule shape', () => {
    const rule = { ...portable, id: 'acme-no-cannot' };
    const result = parsePack(samplePack({ rules: [rule] }));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.pack.rules).toEqual([rule]);
  });

  it('refuses a copied built-in rule that uses lookbehind, saying team rules cannot', () => {
    const rule = builtInTone.rules.find((r) => r.patterns.some((p) => p.includes('(?<!') || p.includes('(?<=')))!;
    const result = parsePack(samplePack({ rules: [{ ...rule, id: 'acme-copy' }] }));
    expect(messages(result).join('\n')).toMatch(/lookahead and lookbehind are not supported in team rules/);
  });
});

describe('parsePack: bad input', () => {
  it('names line and column of invalid JSON', () => {
    const result = parsePack('{\n  "format": "huashu.pack",\n  "version": 1,\n  "pack": { "id": "x", }\n}');
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(['Not valid JSON: unexpected “}” at line 4, column 24.']);
  });

  it('says a cut-off file ends too early', () => {
    const result = parsePack('{"format": "huashu.pack", "phrases": [');
    expect(result.ok ? '' : result.errors[0]?.code).toBe('json.truncated');
    expect(messages(result)[0]).toContain('line 1, column 39');
  });

  it('rejects an empty file', () => {
    expect(result('  \n').errors[0]?.code).toBe('input.empty');
  });

  it('rejects a wrong format with one clear message', () => {
    const r = result(json({ format: 'qianniu', version: 1, phrases: 'nope' }));
    expect(r.errors.map((e) => e.message)).toEqual(['format: Not a Huashu pack: "format" must be "huashu.pack" (found "qianniu").']);
  });

  it('rejects JSON that is not an object, such as a bare list of phrases', () => {
    expect(result('[{"text":"hi"}]').errors[0]?.code).toBe('format.wrong');
  });

  it('rejects an unsupported version', () => {
    const r = result(json({ ...samplePack(), version: 4 }));
    expect(r.errors.map((e) => e.message)).toEqual([
      'version: Pack format version 4 is not supported; this version of Huashu reads versions 1 to 3.',
    ]);
  });

  it('drops unknown fields and lists each one as a warning', () => {
    const pack = samplePack();
    const input = {
      ...pack,
      homepage: 'https://example.com',
      pack: { ...pack.pack, color: 'red' },
      phrases: pack.phrases.map((p, i) => (i === 1 ? { ...p, pinned: true } : p)),
    };
    const r = parsePack(json(input));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.message)).toEqual([
      'homepage: Unknown field "homepage" — ignored.',
      'pack.color: Unknown field "color" — ignored.',
      'phrases[1].pinned: Unknown field "pinned" — ignored.',
    ]);
    expect(r.pack).not.toHaveProperty('homepage');
    expect(r.pack.pack).not.toHaveProperty('color');
    expect(r.pack.phrases[1]).not.toHaveProperty('pinned');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere and pollutes nothing', (key) => {
    const text = `{"format":"huashu.pack","version":1,"pack":{"id":"x","name":"X"},"groups":[{"id":"g","name":"G"}],
      "phrases":[{"id":"a","group":"g","text":"hi","${key}":{"isAdmin":true,"polluted":true}}]}`;
    const r = result(text);
    expect(r.errors.map((e) => e.message)).toEqual([`phrases[0].${key}: The key "${key}" is not allowed in a pack.`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a __proto__ key in an object passed in directly', () => {
    const value: unknown = JSON.parse('{"format":"huashu.pack","version":1,"__proto__":{"polluted":1},"pack":{"id":"x","name":"X"},"phrases":[]}');
    expect(result(value).errors[0]?.path).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate group ids and phrase ids with the first occurrence', () => {
    const pack = samplePack();
    const r = result({
      ...pack,
      groups: [...pack.groups, { id: 'logistics', name: '物流二' }],
      phrases: [...pack.phrases, { id: 'wl-01', group: 'logistics', text: 'again' }],
    });
    expect(r.errors.map((e) => e.message)).toEqual([
      'groups[3].id: duplicate id "logistics" (first used at groups[0])',
      'phrases[4].id: duplicate id "wl-01" (first used at phrases[0])',
    ]);
  });

  it('reports phrases that refer to groups the pack does not define, and group cycles', () => {
    const pack = samplePack();
    const r = result({
      ...pack,
      groups: [...pack.groups, { id: 'a', name: 'A', parent: 'b' }, { id: 'b', name: 'B', parent: 'a' }, { id: 'c', name: 'C', parent: 'zz' }],
      phrases: [...pack.phrases, { id: 'x1', group: 'nowhere', text: '…' }],
    });
    expect(r.errors.map((e) => e.message)).toEqual([
      'groups[3].parent: group "a" is nested inside itself',
      'groups[4].parent: group "b" is nested inside itself',
      'groups[5].parent: parent group "zz" is not defined in the pack',
      'phrases[4].group: refers to group "nowhere", which the pack does not define',
    ]);
  });

  it('reports every problem with its path, not just the first', () => {
    const phrases: unknown[] = samplePack().phrases.slice();
    phrases[2] = { id: 'sh-01', group: 'after-sales', text: '   ' };
    phrases.push({ group: 'logistics', text: 'x'.repeat(PACK_LIMITS.maxTextLength + 1), tags: ['ok', 7], shortcut: 'w l' });
    phrases.push('just a string');
    const r = result({ ...samplePack(), pack: { id: 'Bad Id', name: '' }, phrases });
    expect(r.errors.map((e) => e.message)).toEqual([
      'pack.id: not a valid id (letters, digits, "-", "_", "." only; no spaces)',
      'pack.name: empty',
      'phrases[2].text: empty',
      'phrases[4].id: is missing',
      `phrases[4].text: longer than ${PACK_LIMITS.maxTextLength} characters`,
      'phrases[4].shortcut: a shortcut code cannot contain spaces or line breaks',
      'phrases[4].tags[1]: must be text',
      'phrases[5]: must be an object',
    ]);
  });

  it('refuses the reserved pack id "personal"', () => {
    const pack = samplePack();
    expect(result({ ...pack, pack: { ...pack.pack, id: 'personal' } }).errors.map((e) => e.message)).toEqual([
      'pack.id: the id "personal" is reserved',
    ]);
  });

  it('rejects a 50 MB file before parsing it, naming the limit', () => {
    const big = `{"format":"huashu.pack","version":1,"pack":{"id":"x","name":"X"},"phrases":["${'x'.repeat(50 * 1024 * 1024)}"]}`;
    const r = result(big);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.code).toBe('input.tooLarge');
    expect(r.errors[0]?.message).toBe('The file is 50 MB — larger than the 10 MB limit. Split the pack into smaller packs.');
  });

  it('rejects absurdly deep nesting instead of walking it', () => {
    const deep = `{"format":"huashu.pack","version":1,"pack":{"id":"x","name":"X"},"phrases":[],"rules":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(result(deep).errors[0]?.code).toBe('json.tooDeep');
  });

  it('rejects invalid tone rules with their path, and duplicate rule ids', () => {
    const rule = portable;
    const r = result(samplePack({ rules: [{ ...rule, severity: 'fatal' }, { id: 'only-id' }, rule, rule] }));
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('rules[0].severity');
    expect(paths).toContain('rules[1].lang');
    expect(r.errors.find((e) => e.path === 'rules[1].lang')?.code).toBe('required');
    expect(r.errors.at(-1)?.message).toBe(`rules[3].id: duplicate id "${rule?.id}" (first used at rules[2])`);
  });

  it('renders the same problems in Simplified and Traditional Chinese', () => {
    const bad = { ...samplePack(), phrases: [{ id: 'a', group: 'nowhere', text: '' }] };
    const zhCN = parsePack(bad, { locale: 'zh-CN' });
    const zhTW = parsePack(bad, { locale: 'zh-TW' });
    expect(messages(zhCN)).toEqual(['phrases[0].text: 为空', 'phrases[0].group: 引用的分组 "nowhere" 在话术包中不存在']);
    expect(messages(zhTW)).toEqual(['phrases[0].text: 為空', 'phrases[0].group: 引用的分組 "nowhere" 在話術包中不存在']);
    if (!zhCN.ok) expect(localizeIssue(zhCN.errors[0]!, 'en').message).toBe('phrases[0].text: empty');
    expect(parsePack('{', { locale: 'zh-TW' }).ok ? '' : (parsePack('{', { locale: 'zh-TW' }) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      '不是有效的 JSON：檔案在第 1 行第 2 欄提前結束，是否不完整？',
    );
  });
});

describe('parsePack: partial mode', () => {
  it('keeps the valid phrases and lists the rejected ones with reasons', () => {
    const pack = samplePack();
    const input = {
      ...pack,
      groups: [...pack.groups, { id: 'bad', name: '' }],
      phrases: [...pack.phrases, { id: 'e1', group: 'logistics', text: '' }, { id: 'b1', group: 'bad', text: 'in a bad group' }],
    };
    const r = parsePack(input, { partial: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.phrases.map((p) => p.id)).toEqual(['wl-01', 'wl-02', 'sh-01', 'th-01']);
    expect(r.pack.groups.map((g) => g.id)).toEqual(['logistics', 'after-sales', 'returns']);
    expect(r.rejected.map((e) => e.message)).toEqual([
      'groups[3].name: empty',
      'phrases[4].text: empty',
      'phrases[5].group: its group "bad" has a problem (see the groups list)',
    ]);
  });

  it('still fails on document-level problems', () => {
    expect(parsePack({ ...samplePack(), version: 4 }, { partial: true }).ok).toBe(false);
  });
});

function result(input: unknown): { errors: { path: string; code: string; message: string }[] } {
  const r = parsePack(input);
  if (r.ok) throw new Error(`expected a failure, got a pack: ${JSON.stringify((r.pack as PackV1).pack)}`);
  return r;
}
