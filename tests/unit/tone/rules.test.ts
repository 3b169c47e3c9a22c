// Convention tests for the rule data: schema, examples, ids, renames, generated docs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import { RULE_ID_PATTERN, ToneRuleSchema, resolveRuleId, validateRules, type ToneRule } from '../../../utils/tone/index';
import { renderRulesTable } from '../../../utils/tone/docs';

const ids = builtInTone.rules.map((r) => r.id);

describe('built-in tone rules', () => {
  it('all pass the schema and their own must-match / must-not-match examples', () => {
    expect(validateRules(builtInTone.rules, builtInTone.tables, undefined, { builtIn: true })).toEqual([]);
  });

  it('have unique kebab-case ids and cover Chinese and English', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(RULE_ID_PATTERN);
    expect(builtInTone.rules.some((r) => r.lang === 'zh')).toBe(true);
    expect(builtInTone.rules.some((r) => r.lang === 'en')).toBe(true);
  });

  it('say something in every UI language and name the guidance they serve', () => {
    for (const rule of builtInTone.rules) {
      expect(rule.message['zh-CN'], rule.id).not.toBe(rule.message.en);
      expect(rule.message['zh-TW'], rule.id).not.toBe('');
      expect(rule.note, rule.id).toMatch(/guidance\.md#[a-z]/); // anchors checked in tests/unit/conventions/guidance.test.ts
    }
  });

  it('cover every category the issue asks for, including the whole-message checks', () => {
    const categories = new Set(builtInTone.rules.map((r) => r.category));
    for (const c of ['refusal', 'contrast', 'vague', 'address', 'curt', 'blame', 'apology', 'reason', 'self-focus']) {
      expect(categories, c).toContain(c);
    }
  });

  it('appear in the generated rules table in docs/tone-rules.md, which is up to date', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/tone-rules.md', import.meta.url)), 'utf8');
    expect(doc).toBe(renderRulesTable(builtInTone.rules, builtInTone.tables.renames));
    for (const id of ids) expect(doc).toContain(`\`${id}\``);
  });
});

describe('validateRules on team rules', () => {
  const good: ToneRule = {
    id: 'team-no-qin',
    lang: 'zh',
    category: 'address',
    severity: 'hint',
    patterns: ['亲爱的'],
    suggestions: ['您'],
    message: { 'zh-CN': '本店不用“亲爱的”', 'zh-TW': '本店不用「親愛的」', en: 'We do not say "dear"' },
    note: 'Team style guide',
    examples: { match: ['亲爱的，在的'], noMatch: ['您好，在的'] },
  };

  it('accepts a sound custom rule and reports every problem of broken ones with its path', () => {
    expect(validateRules([good], builtInTone.tables, [...builtInTone.rules, good])).toEqual([]);
    const broken = [
      { ...good, id: 'Bad Id' },
      { ...good, id: 'team-bad-regex', patterns: ['(unclosed'] },
      { ...good, id: 'team-wrong-example', examples: { match: ['您好'], noMatch: ['亲爱的'] } },
      good,
      { ...good },
    ];
    const problems = validateRules(broken, builtInTone.tables);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('rules[0].id');
    expect(paths).toContain('rules[1].patterns[0]');
    expect(paths).toContain('rules[2].examples.match[0]');
    expect(paths).toContain('rules[2].examples.noMatch[0]');
    expect(problems.find((p) => p.path === 'rules[4].id')?.problem).toMatch(/duplicate/);
  });

  it('parses with the exported valibot schema and rejects unknown fields', () => {
    expect(v.safeParse(ToneRuleSchema, good).success).toBe(true);
    expect(v.safeParse(ToneRuleSchema, { ...good, extra: 1 }).success).toBe(false);
    expect(v.safeParse(ToneRuleSchema, { ...good, severity: 'fatal' }).success).toBe(false);
  });
});

describe('rule renames', () => {
  it('map old ids to current rules, never to another old id or onto a live id', () => {
    expect(Object.keys(builtInTone.tables.renames).length).toBeGreaterThan(0);
    for (const [oldId, newId] of Object.entries(builtInTone.tables.renames)) {
      expect(ids).not.toContain(oldId);
      expect(ids).toContain(newId);
      expect(resolveRuleId(oldId, builtInTone.tables.renames)).toBe(newId);
    }
  });

  it('keep allow-lists written with an old id working', () => {
    const draft = '快递大概三天到';
    expect(checkTone(draft).map((f) => f.ruleId)).toContain('vague-approximate');
    expect(checkTone(draft, { disabled: ['vague-estimate'] }).map((f) => f.ruleId)).not.toContain('vague-approximate');
  });
});
