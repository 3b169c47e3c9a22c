// Pack lint as the phrase manager uses it (no process, no files).
import { describe, expect, it } from 'vitest';
import { lintPack, lintText, qianniuLength } from '../../../utils/lint/pack-lint';

const pack = (extra: Record<string, unknown>) => JSON.stringify({ format: 'huashu.pack', version: 1, pack: { id: 'p', name: 'P' }, ...extra }, null, 2);

describe('lintPack', () => {
  it('runs the pack\'s own rules next to the built-in ones and reports broken custom rules with their path', () => {
    const rule = {
      id: 'team-no-dear',
      lang: 'zh',
      category: 'address',
      severity: 'error',
      patterns: ['亲爱的'],
      suggestions: ['您'],
      message: { 'zh-CN': '本店不用“亲爱的”', 'zh-TW': '本店不用「親愛的」', en: 'We do not say "dear"' },
      note: 'Team style guide',
      examples: { match: ['亲爱的，在的'], noMatch: ['您好，在的'] },
    };
    const broken = { ...rule, id: 'team-broken', patterns: ['(oops'] };
    const findings = lintPack(pack({ rules: [rule, broken], phrases: [{ id: 'a', text: '亲爱的，在的' }] }), { locale: 'en' });
    expect(findings.find((f) => f.ruleId === 'team-no-dear')).toMatchObject({ severity: 'error', message: 'We do not say "dear"', suggestion: '您' });
    expect(findings.find((f) => f.ruleId === 'pack-rule-invalid')?.message).toContain('rules[1].patterns[0]');
  });

  it('points at the character inside an escaped JSON string', () => {
    const source = '{"format":"huashu.pack","phrases":[{"id":"a","text":"\\u4f60\\n\\u4f60好"}]}';
    const cols = lintPack(source).filter((f) => f.ruleId === 'address-ni').map((f) => f.column);
    expect(cols).toEqual([source.indexOf('\\u4f60') + 1, source.lastIndexOf('\\u4f60') + 1]);
  });

  it('hints at texts over Qianniu\'s limit, where a Chinese character counts 2', () => {
    expect(qianniuLength('您好ab')).toBe(6);
    const findings = lintPack(pack({ phrases: [{ id: 'a', text: '好'.repeat(401) }] }));
    expect(findings.map((f) => f.ruleId)).toEqual(['pack-qianniu-length']);
  });

  it('reads a BOM-prefixed file and lints each text line as a draft', () => {
    expect(lintPack(`\uFEFF${pack({ phrases: [{ id: 'a', text: '您好' }] })}`)).toEqual([]);
    expect(lintText('\uFEFF您好\r\n你好').map((f) => [f.line, f.column, f.ruleId])).toEqual([[2, 1, 'address-ni']]);
  });
});
