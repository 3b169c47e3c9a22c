import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, installBuiltinLibrary } from '../../../utils/builtin';
import { parsePack } from '../../../utils/packs/schema';
import { checkTemplate } from '../../../utils/tone-builtin';
import { HuashuDB } from '../../../utils/db/database';

const MIN: Record<string, number> = { 'zh-CN': 60, 'zh-TW': 20, en: 20 };

describe.each(BUILTIN_PACKS.map((p) => [p.locale, p.data] as const))('built-in pack %s', (locale, data) => {
  const parsed = parsePack(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { pack } = parsed;

  it('is a valid pack with enough phrases, each with a group and a unique shortcut code', () => {
    expect(pack.phrases.length).toBeGreaterThanOrEqual(MIN[locale]!);
    const shortcuts = pack.phrases.map((p) => p.shortcut);
    expect(shortcuts.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    const groups = new Set(pack.groups.map((g) => g.id));
    expect(pack.phrases.every((p) => groups.has(p.group))).toBe(true);
    expect(shortcuts).toContain('wl');
  });

  it('practises what the tone check preaches: no error or warning findings', () => {
    const findings = pack.phrases.flatMap((p) =>
      checkTemplate(p.text, { locale }).filter((f) => f.severity !== 'hint').map((f) => `${p.id}: ${f.ruleId} “${f.text}”`),
    );
    expect(findings).toEqual([]);
  });
});

describe('first install', () => {
  it('installs all three packs and shows only the one in the agent’s language', async () => {
    const db = new HuashuDB('builtin-test');
    await installBuiltinLibrary(db, ['zh-TW', 'zh']);
    const packs = await db.packs.toArray();
    expect(packs.map((p) => [p.id, p.hidden]).sort()).toEqual([
      ['builtin-en', true],
      ['builtin-zh-CN', true],
      ['builtin-zh-TW', false],
    ]);
    expect(await db.phrases.count()).toBeGreaterThan(100);
    // Search keys are computed at install, not in the content script.
    expect((await db.phrases.toArray()).every((p) => p.keys !== undefined)).toBe(true);
    // A second run (extension update) changes nothing the agent chose.
    await db.packs.update('builtin-en', { hidden: false });
    await installBuiltinLibrary(db, ['zh-TW']);
    expect((await db.packs.get('builtin-en'))?.hidden).toBe(false);
    await db.delete();
  });
});
