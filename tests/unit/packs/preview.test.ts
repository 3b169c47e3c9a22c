import { describe, expect, it } from 'vitest';
import { buildImportPreview, checkPackName, sameTextKey } from '../../../utils/packs/preview';
import type { PhraseUpdate, PlannedPhrase } from '../../../utils/packs/merge';
import type { PhraseRecord } from '../../../utils/db/types';

const planned = (id: string, text: string, group = 'team/after-sales'): PlannedPhrase => ({
  id: `team/${id}`, packPhraseId: id, group, title: id, text, tags: [], order: 0,
});

const plan = {
  packId: 'team',
  groups: [
    { id: 'team/after-sales', name: '售后', order: 0, packId: 'team' },
    { id: 'team/empty', name: '空分组', order: 1, packId: 'team' },
  ],
  phrases: [planned('refund', '亲，退款已提交'), planned('ship', '亲，今天发货'), planned('same', ' 亲，今天发货\n')],
};

describe('import preview', () => {
  it('counts incoming phrases whose text the library already holds in another pack or the lead’s own', () => {
    const library = [
      { packId: 'personal', title: '我的发货', text: '亲，今天发货' },
      // The pack's own phrase is what the import updates: not a duplicate.
      { packId: 'team', title: '旧退款', text: '亲，退款已提交' },
    ];
    const preview = buildImportPreview(plan, library);
    expect(preview.duplicates).toBe(2);
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([undefined, '我的发货', '我的发货']);
    expect(preview.rows.map((r) => r.groupName)).toEqual(['售后', '售后', '售后']);
    // Groups that receive phrases, with how many.
    expect(preview.groups).toEqual([{ name: '售后', count: 3 }]);
  });

  it('names the phrase outside the pack that already has an incoming shortcut code, in any case or with invisible characters', () => {
    const withCodes = {
      ...plan,
      phrases: [{ ...planned('refund', '亲，退款已提交'), shortcut: 'TK' }, { ...planned('ship', '亲，今天发货'), shortcut: 'fh' }, planned('none', '好的')],
    };
    const library = [
      { packId: 'personal', title: '', text: '亲，退款一般一到三天到账', shortcut: 'tk\u200B' },
      // The pack's own phrase with the code is the one the import updates: no clash.
      { packId: 'team', title: '旧发货', text: '亲，今天发货', shortcut: 'fh' },
      { packId: 'other', title: '无编码', text: '好的' },
    ];
    const preview = buildImportPreview(withCodes, library);
    expect(preview.shortcutClashes).toBe(1);
    // A phrase without a title is named by the title made from its text.
    expect(preview.rows.map((r) => r.shortcutTakenBy)).toEqual(['退款一般一到三天到账', undefined, undefined]);
  });

  it('keeps the library’s text of a phrase the import changes, for the changed words; an update of other fields keeps none', () => {
    const before: PhraseRecord = {
      id: 'team/refund', packId: 'team', group: 'team/after-sales', title: 'refund', text: '亲，退款已提交', tags: [], order: 0,
      pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 0, updatedAt: 0,
    };
    const updated: PhraseUpdate[] = [
      { before, after: planned('refund', '亲，退款已提交，1-3天到账'), fields: ['text'] },
      { before: { ...before, id: 'team/ship', text: '亲，今天发货', title: '旧' }, after: planned('ship', '亲，今天发货'), fields: ['title'] },
    ];
    const preview = buildImportPreview({ ...plan, phrases: [updated[0]!.after, updated[1]!.after], updated }, []);
    expect(preview.rows.map((r) => r.textBefore)).toEqual(['亲，退款已提交', undefined]);
  });

  it('compares texts as read: spacing does not make a phrase new', () => {
    expect(sameTextKey(' 亲，\n今天  发货 ')).toBe(sameTextKey('亲， 今天 发货'));
    expect(sameTextKey('亲，今天发货')).not.toBe(sameTextKey('亲，明天发货'));
  });

  it('checks the name the lead gives the pack', () => {
    expect(checkPackName('  售后话术 ')).toEqual({ ok: true, name: '售后话术' });
    expect(checkPackName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPackName('话'.repeat(101))).toEqual({ ok: false, problem: 'tooLong' });
  });
});
