import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { GroupRecord, PackRecord, PhraseRecord } from '../../../utils/db/types';
import { checkTone } from '../../../utils/tone-builtin';
import { lintForSharing } from '../../../components/manager/lint';
import { applySuggestion } from '../../../utils/tone/rewrite';
import { usageCsv, usageReport } from '../../../components/manager/usage';
import { samplePack } from '../packs/helpers';

function phrase(id: string, group: string, packId: string, usageCount: number, lastUsedAt: number | null, title = id): PhraseRecord {
  return { id, group, packId, title, text: `text ${id}`, tags: [], pinned: false, usageCount, lastUsedAt, createdAt: 0, updatedAt: 0, order: 0 };
}

const groups: GroupRecord[] = [
  { id: 'general', name: '我的话术', order: 0, packId: 'personal' },
  { id: 'acme/wl', name: '物流', order: 0, packId: 'acme' },
];
const packs: PackRecord[] = [{ id: 'acme', name: 'ACME', source: 'file', importedAt: 0, hidden: false }];
const T1 = Date.UTC(2026, 10, 1, 8);
const T2 = Date.UTC(2026, 10, 2, 9);

describe('usage statistics', () => {
  const report = usageReport(
    [phrase('personal/a', 'general', 'personal', 2, T1), phrase('acme/1', 'acme/wl', 'acme', 9, T2), phrase('acme/2', 'acme/wl', 'acme', 0, null)],
    groups,
    packs,
    { personal: '我的话术', groupName: (id) => id },
  );

  it('ranks phrases and groups by uses and sums each group', () => {
    expect(report.total).toBe(11);
    expect(report.phrases.map((p) => [p.id, p.uses])).toEqual([['acme/1', 9], ['personal/a', 2], ['acme/2', 0]]);
    expect(report.groups).toEqual([
      { id: 'acme/wl', name: '物流', pack: 'ACME', phrases: 2, used: 1, uses: 9, lastUsedAt: T2 },
      { id: 'general', name: '我的话术', pack: '我的话术', phrases: 1, used: 1, uses: 2, lastUsedAt: T1 },
    ]);
  });

  it('exports CSV with a BOM, one row per phrase and per group, formulas neutralised', () => {
    const risky = usageReport([phrase('p/x', 'general', 'personal', 1, null, '=HYPERLINK("x")')], groups, packs, { personal: '我的', groupName: (id) => id });
    const headers = { kind: '类型', phrase: '标题', group: '分组', pack: '话术包', uses: '使用次数', lastUsed: '上次使用', phraseKind: '话术', groupKind: '分组' };
    const csv = usageCsv(report, headers);
    expect(csv.startsWith('\uFEFF类型,标题,分组,话术包,使用次数,上次使用\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toHaveLength(1 + 3 + 2);
    expect(rows[1]).toEqual(['话术', 'acme/1', '物流', 'ACME', '9', '2026-11-02T09:00:00Z']);
    expect(rows[5]).toEqual(['分组', '', '我的话术', '我的话术', '2', '2026-11-01T08:00:00Z']);
    expect(usageCsv(risky, headers)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('checks before sharing', () => {
  it('names the phrase each lint finding is in', () => {
    const pack = samplePack({
      phrases: [
        { id: 'a', group: 'logistics', title: '好的那句', text: '亲，马上为您处理', shortcut: 'x', tags: [] },
        { id: 'b', group: 'logistics', title: '生硬那句', text: '你自己去看订单', shortcut: 'x', tags: [] },
      ],
    });
    const rows = lintForSharing(pack, 'zh-CN');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.phrase))).toEqual(new Set(['生硬那句']));
    expect(rows.map((r) => r.ruleId)).toContain('pack-shortcut-clash');
  });

  it('applies a tone suggestion to the phrase being edited', () => {
    const text = '你自己去看订单';
    const finding = checkTone(text, { locale: 'zh-CN' }).find((f) => f.text === '你');
    expect(finding).toBeDefined();
    if (!finding) return;
    const fixed = applySuggestion(text, finding, finding.suggestions[0] ?? '');
    expect(fixed.startsWith('您')).toBe(true);
    expect(applySuggestion('好的', { start: 0, end: 0 }, '亲，')).toBe('亲，好的');
  });
});
