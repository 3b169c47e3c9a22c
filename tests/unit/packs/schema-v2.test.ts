import { describe, expect, it } from 'vitest';
import { parsePack, versionFor, type PackV1 } from '../../../utils/packs/schema';
import { buildPack } from '../../../utils/packs/export';
import { planImport } from '../../../utils/packs/merge';
import { samplePack } from './helpers';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const campaign = (): PackV1 =>
  samplePack({
    version: 2,
    groups: [{ id: 'sale', name: '双十一', validFrom: '2026-11-01', validUntil: '2026-11-11' }],
    phrases: [
      { id: 's1', group: 'sale', title: '预售', text: '预售定金可退。', tags: [], validUntil: '2026-11-05' },
      { id: 'p1', group: 'sale', title: '退货政策', text: '支持七天无理由退货。', tags: [], reviewDate: '2026-12-01' },
    ],
  });

describe('pack format version 2: validity windows and review dates', () => {
  it('reads a version 1 pack exactly as before (no new fields, no warnings)', () => {
    const v1 = samplePack();
    const result = parsePack(json(v1));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.pack).toEqual(v1);
    expect(versionFor(v1)).toBe(1);
  });

  it('reads the windows and the review date of a version 2 pack', () => {
    const result = parsePack(json(campaign()));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.pack.version).toBe(2);
    expect(result.pack.groups[0]).toMatchObject({ validFrom: '2026-11-01', validUntil: '2026-11-11' });
    expect(result.pack.phrases.map((p) => [p.validUntil, p.reviewDate])).toEqual([['2026-11-05', undefined], [undefined, '2026-12-01']]);
  });

  it('refuses a window that ends before it starts and a day that does not exist, naming the path', () => {
    const pack = campaign();
    pack.phrases[0] = { ...pack.phrases[0]!, validFrom: '2026-11-09', validUntil: '2026-11-02' };
    pack.groups[0] = { ...pack.groups[0]!, validUntil: '2026-02-30' };
    const result = parsePack(json(pack), { locale: 'en' });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.code}`);
    expect(paths).toContain('phrases[0].validUntil: window.endsBeforeStart');
    expect(paths).toContain('groups[0].validUntil: day.invalid');
  });

  it('ignores the version 2 fields of a pack that says version 1, and says to write version 2', () => {
    const pack = { ...campaign(), version: 1 };
    const result = parsePack(json(pack), { locale: 'en' });
    if (!result.ok) throw new Error('should import');
    expect(result.pack.phrases[0]!.validUntil).toBeUndefined();
    expect(result.warnings.map((w) => `${w.path}: ${w.code}`)).toEqual([
      'groups[0].validFrom: field.needsVersion2',
      'groups[0].validUntil: field.needsVersion2',
      'phrases[0].validUntil: field.needsVersion2',
      'phrases[1].reviewDate: field.needsVersion2',
    ]);
  });

  it('counts a changed window as an update, and exports as version 2 only when a date is set', () => {
    const first = parsePack(json(campaign()));
    if (!first.ok) throw new Error('bad fixture');
    const plan = planImport({ phrases: [], groups: [] }, first.pack);
    expect(plan.phrases[0]).toMatchObject({ validUntil: '2026-11-05' });
    expect(plan.groups[0]).toMatchObject({ validFrom: '2026-11-01', validUntil: '2026-11-11' });
    const records = plan.phrases.map((p) => ({ ...p, packId: 'acme-cs', pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 0, updatedAt: 0 }));
    const moved = { ...campaign(), phrases: campaign().phrases.map((p) => (p.id === 's1' ? { ...p, validUntil: '2026-11-06' } : p)) };
    const again = planImport({ phrases: records, groups: plan.groups }, moved);
    expect(again.updated.map((u) => [u.after.packPhraseId, u.fields])).toEqual([['s1', ['validUntil']]]);

    const exported = buildPack({ phrases: records, groups: plan.groups }, first.pack.pack);
    expect(exported.version).toBe(2);
    expect(exported.phrases.find((p) => p.id === 's1')?.validUntil).toBe('2026-11-05');
    expect(exported.groups[0]).toMatchObject({ validFrom: '2026-11-01' });
    const plain = buildPack({ phrases: records.map(({ validUntil: _u, reviewDate: _r, ...p }) => p), groups: plan.groups.map(({ validFrom: _f, validUntil: _u, ...g }) => g) }, first.pack.pack);
    expect(plain.version).toBe(1);
  });
});
