import { describe, expect, it } from 'vitest';
import type { GroupRecord } from '../../../utils/db/types';
import { browseOrder, groupPath, groupSections, naturalCollator, titlesInSeveralPacks } from '../../../utils/sidebar/browse';
import { fontMetrics, readFontSize } from '../../../utils/sidebar/font-size';

const phrase = (id: string, title: string, pinned = false) => ({ id, title, pinned });
const group = (id: string, name: string, packId: string, order: number, parentId?: string): GroupRecord => ({
  id, name, packId, order, ...(parentId ? { parentId } : {}),
});

describe('browse order', () => {
  it.each([
    ['en', ['Step 10', 'Step 2', 'step 1', 'Apology'], ['Apology', 'step 1', 'Step 2', 'Step 10']],
    ['zh-CN', ['话术10', '话术2', '话术1'], ['话术1', '话术2', '话术10']],
    // Pinyin order in Simplified Chinese: 包 (bao) before 物 (wu).
    ['zh-CN', ['物流查询', '包邮说明'], ['包邮说明', '物流查询']],
  ])('%s: numbers by value, not by character', (locale, titles, expected) => {
    const sorted = browseOrder(titles.map((t, i) => phrase(String(i), t)), naturalCollator(locale));
    expect(sorted.map((p) => p.title)).toEqual(expected);
  });

  it('pinned phrases come first, each part in natural order', () => {
    const list = [phrase('a', '3 refund'), phrase('b', '20 pinned', true), phrase('c', '1 hello'), phrase('d', '4 pinned', true)];
    expect(browseOrder(list, naturalCollator('en')).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('group menu', () => {
  const collator = naturalCollator('zh-CN');
  const options = { collator, firstPackId: 'personal', firstPackName: '我的话术' };
  const packs = [{ id: 'z', name: '团队话术' }, { id: 'a', name: '内置话术' }];

  it('lists the agent’s own groups first, then packs by name, groups as a tree in their order', () => {
    const sections = groupSections(
      [
        group('z/ship', '物流', 'z', 1),
        group('a/ship', '物流', 'a', 2),
        group('a/hello', '欢迎', 'a', 1),
        group('a/return', '退货', 'a', 3, 'a/after'),
        group('a/after', '售后', 'a', 4),
        group('general', '我的话术', 'personal', 0),
      ],
      packs,
      options,
    );
    expect(sections.map((s) => s.name)).toEqual(['我的话术', '内置话术', '团队话术']);
    expect(sections[1]!.groups.map((g) => [g.name, g.depth])).toEqual([['欢迎', 0], ['物流', 0], ['售后', 0], ['退货', 1]]);
    // The button names the group with its pack (and parents) when there are several packs.
    const returns = sections[1]!.groups[3]!;
    expect(groupPath(returns, true)).toBe('内置话术 › 售后 › 退货');
    expect(groupPath(sections[2]!.groups[0]!, true)).toBe('团队话术 › 物流');
    expect(groupPath(sections[2]!.groups[0]!, false)).toBe('物流');
  });

  it('keeps groups whose parent is missing or which form a cycle, at the top level', () => {
    const sections = groupSections(
      [group('a/x', 'X', 'a', 0, 'a/gone'), group('a/p', 'P', 'a', 1, 'a/q'), group('a/q', 'Q', 'a', 2, 'a/p')],
      packs,
      options,
    );
    expect(sections[0]!.groups.map((g) => g.name).sort()).toEqual(['P', 'Q', 'X']);
  });

  it('finds the titles more than one pack uses', () => {
    const shared = titlesInSeveralPacks([
      { title: '发货时间', packId: 'a' },
      { title: '发货时间', packId: 'z' },
      { title: '欢迎', packId: 'a' },
      { title: '欢迎', packId: 'a' },
    ]);
    expect([...shared]).toEqual(['发货时间']);
  });
});

describe('text size', () => {
  it('defaults to medium (14 px) for anything unknown; titles are never smaller than the text under them', () => {
    expect(readFontSize(undefined)).toBe('medium');
    expect(readFontSize('huge')).toBe('medium');
    expect(readFontSize('large')).toBe('large');
    expect(fontMetrics('medium').body).toBe(14);
    for (const size of ['small', 'medium', 'large'] as const) {
      const m = fontMetrics(size);
      expect(m.body).toBeGreaterThanOrEqual(m.text);
      expect(m.body).toBeGreaterThanOrEqual(13);
      // Two lines of text and the title line fit the row.
      expect(m.row).toBeGreaterThanOrEqual(m.titleLine + 2 * m.textLine);
    }
    expect(fontMetrics('large').row).toBeGreaterThan(fontMetrics('small').row);
  });
});
