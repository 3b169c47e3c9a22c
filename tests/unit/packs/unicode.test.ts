/** Titles and shortcut codes hold what they show: normalised, no invisible characters, no broken ones. */
import { afterEach, describe, expect, it } from 'vitest';
import { validateDraft } from '../../../components/manager/draft';
import { savePhrase } from '../../../utils/db/phrase-writes';
import { HuashuDB } from '../../../utils/db/database';
import { parseCsvPack } from '../../../utils/packs/csv';
import { parsePack } from '../../../utils/packs/schema';
import { cleanLabel, revealBidi } from '../../../utils/packs/unicode';
import { samplePack } from './helpers';

const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function packWith(phrases: { title?: string; text?: string; shortcut?: string }[]) {
  const base = samplePack();
  return {
    ...base,
    phrases: phrases.map((p, i) => ({ id: `p${i}`, group: 'logistics', text: p.text ?? `话术 ${i}`, ...(p.title === undefined ? {} : { title: p.title }), ...(p.shortcut === undefined ? {} : { shortcut: p.shortcut }) })),
  };
}

describe('on import', () => {
  it('normalises titles and shortcuts to NFC without zero-width or control characters', () => {
    const parsed = parsePack(packWith([{ title: 'Cafe\u0301 \u200B退\u2060款\u0007', shortcut: '\uFEFFtk\u200D' }]));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.pack.phrases[0]).toMatchObject({ title: 'Café 退款', shortcut: 'tk' });
  });

  it('reports `tk` and `tk` + U+200B as the same shortcut, like any clash', () => {
    const parsed = parsePack(packWith([{ shortcut: 'tk' }, { shortcut: 'tk\u200B' }]));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.warnings.map((w) => w.message)).toEqual(['phrases[1].shortcut: shortcut code "tk" is also used by phrases[0]']);
  });

  it('rejects a lone surrogate with the path of the field', () => {
    const parsed = parsePack(packWith([{}, {}, {}, { title: 'bad \uD83D title' }, { text: 'x\uDC00' }]), { partial: true });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.rejected.map((r) => r.message)).toEqual([
      'phrases[3].title: contains a broken character (half of a UTF-16 surrogate pair); re-save the file as UTF-8',
      'phrases[4].text: contains a broken character (half of a UTF-16 surrogate pair); re-save the file as UTF-8',
    ]);
    expect(parsed.pack.phrases).toHaveLength(3);
  });

  it('cleans CSV rows the same way (clash reported by row)', () => {
    const result = parseCsvPack('分组,快捷编码,标题,快捷短语\n物流,tk,退\u200B款,亲\n物流,tk\u200B,退款二,亲亲\n', { meta: { id: 'x', name: 'X' }, locale: 'en' });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.pack.phrases.map((p) => p.title)).toEqual(['退款', '退款二']);
    expect(result.warnings.map((w) => w.code)).toContain('shortcut.duplicate');
  });
});

describe('on save in the manager', () => {
  it('treats `tk` + U+200B as the taken code `tk`', () => {
    const errors = validateDraft({ group: 'general', title: '', text: '亲', shortcut: 'tk\u200B', tags: [] }, [{ id: 'personal/a', shortcut: 'tk', title: '退款' }]);
    expect(errors).toEqual([{ field: 'shortcut', problem: 'shortcutTaken', other: '退款' }]);
  });

  it('flags a broken character in the form and refuses to store it', async () => {
    const draft = { group: 'general', title: 'x\uD800', text: '亲', shortcut: '', tags: [] };
    expect(validateDraft(draft, [])).toEqual([{ field: 'title', problem: 'brokenChar' }]);
    const db = new HuashuDB(`unicode-${Math.random()}`);
    dbs.push(db);
    await expect(savePhrase(db, draft, 1)).rejects.toThrow(/broken character/);
    expect(await db.phrases.count()).toBe(0);
  });

  it('stores the cleaned title and shortcut', async () => {
    const db = new HuashuDB(`unicode-${Math.random()}`);
    dbs.push(db);
    const id = await savePhrase(db, { group: 'general', title: ' 退\u200B款\u0000 ', text: '亲', shortcut: 'tk\u2060', tags: [] }, 1);
    expect(await db.phrases.get(id)).toMatchObject({ title: '退款', shortcut: 'tk' });
  });
});

describe('bidi controls', () => {
  it('are shown as code points in the manager, so a title cannot pose as another', () => {
    expect(revealBidi('退款\u202Egnp.exe')).toBe('退款⟨U+202E⟩gnp.exe');
    expect(revealBidi('\u2066a\u2069')).toBe('⟨U+2066⟩a⟨U+2069⟩');
    expect(revealBidi('普通标题')).toBe('普通标题');
  });

  it('are kept in the stored title (they matter in right-to-left text)', () => {
    expect(cleanLabel('a\u202Eb')).toBe('a\u202Eb');
  });
});
