import { describe, expect, it } from 'vitest';
import type { PhraseRecord } from '../../../utils/db/types';
import { planImport } from '../../../utils/packs/merge';
import { parsePack } from '../../../utils/packs/schema';
import { samplePack } from './helpers';

const record = (id: string, packId: string, text: string): PhraseRecord => ({
  id, group: `${packId}/logistics`, title: '物流查询', text, tags: ['物流'], shortcut: 'wl', packId,
  packPhraseId: id.split('/')[1], pinned: true, usageCount: 4, lastUsedAt: 9, createdAt: 1, updatedAt: 1, order: 0,
});

describe('planImport preview', () => {
  it('counts new / updated / unchanged / removed / invalid, with the reasons of the invalid items', () => {
    const input = { ...samplePack(), phrases: [...samplePack().phrases, { id: 'bad', group: 'logistics', text: ' ' }] };
    const parsed = parsePack(input, { partial: true, locale: 'zh-CN' });
    if (!parsed.ok) throw new Error('expected a partial parse');
    const existing = [
      record('acme-cs/wl-01', 'acme-cs', '旧的说法'),
      record('acme-cs/gone', 'acme-cs', '已下线'),
      // Records of other packs and personal phrases passed in by mistake are ignored.
      record('personal/wl-02', 'personal', '我的'),
      record('other/wl-01', 'other', '别的包'),
    ];
    const plan = planImport({ phrases: existing, groups: [] }, parsed.pack, { invalid: parsed.rejected });
    expect(plan.counts).toEqual({ new: 3, updated: 1, unchanged: 0, removed: 1, invalid: 1 });
    expect(plan.updated.map((u) => [u.before.id, u.fields])).toEqual([['acme-cs/wl-01', ['text']]]);
    expect(plan.removed.map((r) => r.id)).toEqual(['acme-cs/gone']);
    expect(plan.invalid.map((i) => i.message)).toEqual(['phrases[4].text: 为空']);
    expect(plan.groupCounts).toEqual({ new: 3, updated: 0, removed: 0 });
  });

  it('does not call a phrase updated when only its position moved', () => {
    const pack = samplePack();
    const existing = [{ ...record('acme-cs/wl-01', 'acme-cs', pack.phrases[0]!.text), order: 5 }];
    const plan = planImport({ phrases: existing, groups: [] }, { ...pack, phrases: pack.phrases.slice(0, 1) });
    expect(plan.counts).toMatchObject({ updated: 0, unchanged: 1 });
  });
});
