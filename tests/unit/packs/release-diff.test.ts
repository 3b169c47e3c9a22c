import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReleases, isEmptyDiff } from '../../../utils/packs/release-diff';
import type { PackPhrase } from '../../../utils/packs/schema-items';
import { sidesOf, wordDiff, wordsOf } from '../../../utils/packs/word-diff';

const phrase = (id: string, text: string, over: Partial<PackPhrase> = {}): PackPhrase => ({ id, group: 'policy', title: '', text, tags: [], ...over });

describe('word diff', () => {
  it('marks the changed words of a policy sentence, not the whole sentence', () => {
    const parts = wordDiff('亲，本店支持7天无理由退货哦', '亲，本店支持15天无理由退货哦');
    expect(parts.filter((p) => p.change !== 'same')).toEqual([
      { change: 'removed', text: '7' },
      { change: 'added', text: '15' },
    ]);
    expect(parts[0]).toEqual({ change: 'same', text: '亲，本店支持' });
  });

  it('splits Chinese into words, not characters or the whole run', () => {
    const parts = wordDiff('我们会尽快为您发货', '我们会今天为您发货');
    const changed = parts.filter((p) => p.change !== 'same').map((p) => p.text);
    expect(changed).toEqual(['尽快', '今天']);
  });

  it('keeps English words whole', () => {
    const parts = wordDiff('Refunds take 3 business days.', 'Refunds take 5 working days.');
    expect(parts).toEqual([
      { change: 'same', text: 'Refunds take ' },
      { change: 'removed', text: '3' },
      { change: 'added', text: '5' },
      { change: 'same', text: ' ' },
      { change: 'removed', text: 'business' },
      { change: 'added', text: 'working' },
      { change: 'same', text: ' days.' },
    ]);
  });

  it('gives both texts back, whatever they hold (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
        const parts = wordDiff(a, b);
        expect(sidesOf(parts)).toEqual({ before: a, after: b });
        expect(parts.every((p) => p.text !== '')).toBe(true);
        expect(parts.every((p, i) => i === 0 || parts[i - 1]?.change !== p.change)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(wordsOf('顺丰包邮，Free shipping').join('')).toBe('顺丰包邮，Free shipping');
  });
});

describe('release diff', () => {
  const groups = [
    { id: 'policy', name: '售后政策' },
    { id: 'ship', name: '物流' },
  ];

  it('names the phrases added, removed and changed, matched by id', () => {
    const v1 = { groups, phrases: [phrase('a', '7天无理由退货'), phrase('b', '默认发中通'), phrase('c', '周末不发货')] };
    const v2 = { groups, phrases: [phrase('a', '15天无理由退货'), phrase('c', '周末不发货'), phrase('d', '支持顺丰到付', { group: 'ship' })] };
    const diff = diffReleases(v1, v2);
    expect(diff.added.map((p) => p.id)).toEqual(['d']);
    expect(diff.removed.map((p) => p.id)).toEqual(['b']);
    expect(diff.changed.map((c) => [c.after.id, c.changes.map((f) => f.field)])).toEqual([['a', ['text']]]);
    expect(diff.changed[0]?.changes[0]?.parts).toContainEqual({ change: 'added', text: '15' });
  });

  it('shows a move between groups by the groups names, and a new shortcut as a whole value', () => {
    const v1 = { groups, phrases: [phrase('a', '包邮', { shortcut: 'by' })] };
    const v2 = { groups, phrases: [phrase('a', '包邮', { group: 'ship', shortcut: 'byou' })] };
    const [change] = diffReleases(v1, v2).changed;
    expect(change?.changes).toEqual([
      { field: 'shortcut', parts: [{ change: 'removed', text: 'by' }, { change: 'added', text: 'byou' }] },
      { field: 'group', parts: [{ change: 'removed', text: '售后政策' }, { change: 'added', text: '物流' }] },
    ]);
  });

  it('a group renamed changes its phrases only in what they show; identical releases say nothing', () => {
    const v1 = { groups, phrases: [phrase('a', '包邮')] };
    const renamed = { groups: [{ id: 'policy', name: '售后' }, groups[1]!], phrases: [phrase('a', '包邮')] };
    expect(diffReleases(v1, renamed).changed[0]?.changes.map((c) => c.field)).toEqual(['group']);
    expect(isEmptyDiff(diffReleases(v1, { groups, phrases: [phrase('a', '包邮')] }))).toBe(true);
  });

  it('questions compare line by line', () => {
    const v1 = { groups, phrases: [phrase('a', '包邮', { questions: ['包邮吗'] })] };
    const v2 = { groups, phrases: [phrase('a', '包邮', { questions: ['包邮吗', '运费多少'] })] };
    const parts = diffReleases(v1, v2).changed[0]?.changes[0]?.parts ?? [];
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['运费多少']);
  });
});
