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

  it('names the phrases edited here since the last import that the file would overwrite or drop', () => {
    const pack = samplePack();
    const [first, second] = pack.phrases as [(typeof pack.phrases)[number], (typeof pack.phrases)[number]];
    const pastImport = { id: 'acme-cs', name: 'ACME', source: 'file' as const, importedAt: 100, hidden: false };
    const asImported = (p: typeof first, updatedAt: number, changes: Partial<PhraseRecord> = {}): PhraseRecord => {
      const { shortcut: _, ...base } = record(`acme-cs/${p.id}`, 'acme-cs', p.text);
      return { ...base, title: p.title, group: `acme-cs/${p.group}`, tags: [...p.tags], ...(p.shortcut ? { shortcut: p.shortcut } : {}), updatedAt, ...changes };
    };
    const existing = [
      // Edited here after the import: the file's text differs, so the edit would be lost.
      asImported(first, 150, { text: '我改过的说法' }),
      // Edited here, and the file drops it.
      asImported({ ...first, id: 'dropped' }, 120, { text: '我加的话' }),
      // Changed by the previous import itself (not an edit here).
      asImported({ ...first, id: 'old' }, 100),
      // Edited here, but the file holds exactly the same content: nothing is lost.
      asImported(second, 130),
    ];
    const plan = planImport({ pack: pastImport, phrases: existing, groups: [] }, pack);
    expect(plan.localEdits.map((p) => p.id)).toEqual([`acme-cs/${first.id}`, 'acme-cs/dropped']);
    expect(planImport({ phrases: existing, groups: [] }, pack).localEdits).toEqual([]);
    expect(planImport({ pack: pastImport, phrases: existing, groups: [] }, pack, { mode: 'replace' }).localEdits.map((p) => p.id)).toEqual([
      `acme-cs/${first.id}`,
      'acme-cs/dropped',
    ]);
  });
});
