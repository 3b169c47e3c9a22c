import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { getTeamToneRules } from '../../../utils/db/library';
import type { PackRecord } from '../../../utils/db/types';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import { combineRules } from '../../../utils/tone';
import { familiar } from './team-rule';


const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function pack(id: string, importedAt: number, rules: unknown[], hidden = false): PackRecord {
  return { id, name: id, source: 'file', importedAt, hidden, rules };
}

describe('team tone rules', () => {
  it('are checked alongside the built-in rules, and replace a built-in rule of the same id', () => {
    expect(checkTone('亲爱的，在吗').some((f) => f.ruleId === familiar.id)).toBe(false);
    const rules = combineRules(builtInTone.rules, [familiar]);
    const found = checkTone('亲爱的，在吗', { rules }).find((f) => f.ruleId === familiar.id);
    expect(found).toMatchObject({ text: '亲爱的', suggestions: ['您好'] });
    expect(rules.length).toBe(builtInTone.rules.length + 1);

    const base = builtInTone.rules[0]!;
    const replaced = combineRules(builtInTone.rules, [{ ...base, severity: 'hint' }]);
    expect(replaced.length).toBe(builtInTone.rules.length);
    expect(replaced[0]!.severity).toBe('hint');
    expect(combineRules(builtInTone.rules, [])).toBe(builtInTone.rules);
  });

  it('come from the packs in use: hidden packs and rules that fail the schema are left out, the first pack keeps an id', async () => {
    const db = new HuashuDB(`team-rules-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    await db.packs.bulkPut([
      pack('later', 2, [{ ...familiar, suggestions: ['亲'] }]),
      pack('first', 1, [familiar, { ...familiar, id: 'broken', patterns: ['(?<=亲)爱的'] }, 'not a rule']),
      pack('hidden', 0, [{ ...familiar, id: 'hidden-rule' }], true),
      pack('plain', 3, []),
    ]);
    const rules = await getTeamToneRules(db);
    expect(rules.map((r) => r.id)).toEqual(['team-too-familiar']);
    expect(rules[0]!.suggestions).toEqual(['您好']);
  });
});

describe('team rules as the check runs them', () => {
  it('a pattern that compiles as written but not once case-folded is refused at import, with its path', async () => {
    const { validateRules: validatePackRules } = await import('../../../utils/packs/rules');
    const rule = { ...familiar, id: 'team-fold', lang: 'en' as const, ignoreCase: true, patterns: ['[A-z]+'], examples: { match: ['Abc'], noMatch: ['123'] } };
    const { valid, errors } = validatePackRules([rule], 'en');
    expect(valid).toEqual([]);
    expect(errors.map((e) => e.path)).toEqual(['rules[0].patterns[0]']);
  });
});
