import { describe, expect, it } from 'vitest';
import { followLibrary } from '../../../utils/db/library-index';
import type { PhraseRecord } from '../../../utils/db/types';
import { createPhraseIndex } from '../../../utils/search';
import { syncIndexById } from '../../../utils/search/sync';
import { CORPUS, CORPUS_NOW } from '../search/corpus';

const NOW = CORPUS_NOW;
const records: PhraseRecord[] = CORPUS.map((p, i) => ({
  id: p.id,
  group: p.group ?? 'general',
  title: p.title,
  text: p.text,
  tags: p.tags ?? [],
  packId: 'team',
  pinned: false,
  usageCount: 0,
  lastUsedAt: null,
  createdAt: NOW,
  updatedAt: NOW,
  order: i,
  ...(p.shortcut ? { shortcut: p.shortcut } : {}),
}));
const options = { now: () => NOW };
const ids = (r: { phrase: { id: string } }[]): string[] => r.map((h) => h.phrase.id);
const QUERIES = ['', 't', 'tuikuan', '退款', 'yhq', '運費險', 'size', '修改 地址'];

describe('followLibrary', () => {
  it('keeps the index when a phrase is used, and finds what a fresh index finds', () => {
    const first = followLibrary(null, records, options);
    const used = records.map((r, i) => (i === 7 ? { ...r, usageCount: 30, lastUsedAt: NOW } : { ...r }));
    const next = followLibrary(first, used, options);
    expect(next.index).toBe(first.index);
    const fresh = createPhraseIndex(used, options);
    for (const q of QUERIES) expect(ids(next.index.search(q)), q).toEqual(ids(fresh.search(q)));
    // The used phrase now leads the empty query, with its new count.
    const top = next.index.search('')[0]!;
    expect(top.phrase.id).toBe(records[7]!.id);
    expect(top.phrase.usageCount).toBe(30);
  });

  it('keeps the index when a phrase is edited, and searches its new text', () => {
    const first = followLibrary(null, records, options);
    expect(first.index.search('jieshuyu')[0]?.phrase.id).toBe(records[3]!.id);
    const edited = records.map((r, i) => (i === 3 ? { ...r, title: '宠物尺码对照', updatedAt: NOW + 1 } : r));
    const next = followLibrary(first, edited, options);
    expect(next.index).toBe(first.index);
    expect(next.index.search('chongwu chima')[0]?.phrase.id).toBe(records[3]!.id);
    // Its old title (结束语) no longer finds it first.
    expect(next.index.search('jieshuyu')[0]?.phrase.id).not.toBe(records[3]!.id);
  });

  it('builds a new index when phrases are added or removed', () => {
    const first = followLibrary(null, records, options);
    const removed = followLibrary(first, records.slice(1), options);
    expect(removed.index).not.toBe(first.index);
    expect(ids(removed.index.search('', { limit: 1000 }))).not.toContain(records[0]!.id);
    const added = followLibrary(removed, [...records.slice(1), { ...records[0]!, id: 'new/1', title: '新到货通知' }], options);
    expect(added.index).not.toBe(removed.index);
    expect(added.index.search('xindaohuo')[0]?.phrase.id).toBe('new/1');
  });

  it('builds a new index when most of the library changed (a pack update)', () => {
    const library = [...records, ...records.map((r) => ({ ...r, id: `copy/${r.id}` }))];
    const first = followLibrary(null, library, options);
    const changed = library.map((r) => ({ ...r, text: r.text + '。', updatedAt: NOW + 1 }));
    expect(followLibrary(first, changed, options).index).not.toBe(first.index);
  });
});

describe('followLibrary with syncIndexById (the phrase manager)', () => {
  /** Hits as a fresh index orders them: best first, equal scores in id order. */
  const ranked = (hits: { phrase: { id: string }; score: number }[]) =>
    hits.map((h) => [h.phrase.id, h.score] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  it('keeps the index when phrases are added, removed and edited, and finds what a fresh index finds', () => {
    const first = followLibrary(null, records, options, syncIndexById);
    const changed = [
      ...records.slice(2).map((r, i) => (i === 4 ? { ...r, title: '新品到货通知', updatedAt: NOW + 1 } : r)),
      { ...records[0]!, id: 'personal/new', title: '退款新说明', order: 99 },
    ];
    const next = followLibrary(first, changed, options, syncIndexById);
    expect(next.index).toBe(first.index);
    expect(next.index.size).toBe(changed.length);
    const fresh = createPhraseIndex(changed, options);
    for (const q of [...QUERIES, 'xinpin', '退款新']) expect(ranked(next.index.search(q, { limit: 1000 })), q).toEqual(ranked(fresh.search(q, { limit: 1000 })));
    expect(ids(next.index.search('', { limit: 1000 }))).not.toContain(records[0]!.id);
  });

  it('builds a new index when many phrases came or went (an import)', () => {
    const first = followLibrary(null, records, options, syncIndexById);
    const many = Array.from({ length: 201 }, (_, i) => ({ ...records[0]!, id: `pack/${i}` }));
    expect(followLibrary(first, [...records, ...many], options, syncIndexById).index).not.toBe(first.index);
  });
});
