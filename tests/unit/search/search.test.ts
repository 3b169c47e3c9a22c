import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSearchKeys, createPhraseIndex } from '../../../utils/search/index';
import type { PhraseInput, SearchHit } from '../../../utils/search/index';
import { buildIndexInSlices } from '../../../utils/search/sync';
import { CORPUS, CORPUS_NOW } from './corpus';

const NOW = CORPUS_NOW;
const DAY = 86_400_000;

const PHRASES: PhraseInput[] = [
  { id: 'refund', title: '退款流程', text: '在订单页申请退款，审核通过后原路退回。', shortcut: 'tk', group: '售后', tags: ['退款'] },
  { id: 'refund-progress', title: '退款进度', text: '退款已同意，一到三个工作日到账。', group: '售后' },
  { id: 'insurance', title: '运费险说明', text: '退货后保险公司赔付运费。', shortcut: 'yfx', group: '售后' },
  { id: 'coupon', title: '優惠券使用', text: '結帳時選擇優惠券即可折抵。', group: '優惠活動', tags: ['優惠券'] },
  { id: 'address', title: '修改收货地址', text: '未发货前可以修改地址，请发新地址给我。', shortcut: 'dz', group: '订单' },
  { id: 'address-text', title: '发货前核对', text: '请核对收货地址，如需修改请告诉我。', group: '订单' },
  { id: 'tracking', title: '查询物流', text: '物流信息在订单详情里可以看到。', shortcut: 'wl', group: '物流' },
  { id: 'wl-title', title: '物流延迟致歉', text: '很抱歉物流慢了，我们已经催促快递。', group: '物流' },
  { id: 'refund-en', title: 'Refund policy', text: 'Refunds go back to the original payment method within 5 business days.', shortcut: 'rf', group: 'Returns' },
  { id: 'shipping-en', title: 'Shipping time', text: 'Orders ship within two business days.', group: 'Shipping' },
  { id: 'emoji', title: '🎁 赠品说明', text: '满两件送收纳袋 🎁 随包裹发出。', group: '活动' },
];

function index(phrases: PhraseInput[] = PHRASES) {
  return createPhraseIndex(phrases, { now: () => NOW });
}
const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.phrase.id);
const top = (q: string, idx = index()): string | undefined => idx.search(q)[0]?.phrase.id;

function fieldValue(p: PhraseInput, field: string, i: number | undefined): string {
  if (field === 'tags') return p.tags?.[i ?? 0] ?? '';
  if (field === 'shortcut') return p.shortcut ?? '';
  return (p as unknown as Record<string, string>)[field] ?? '';
}

/** Highlighted pieces of each matched field, as the sidebar would render them. */
function highlighted(hit: SearchHit): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of hit.matches) {
    const value = fieldValue(hit.phrase, m.field, m.index);
    out[m.field] = m.ranges.map(([a, b]) => value.slice(a, b));
  }
  return out;
}

function expectValidRanges(hit: SearchHit): void {
  for (const m of hit.matches) {
    const value = fieldValue(hit.phrase, m.field, m.index);
    let last = -1;
    for (const [a, b] of m.ranges) {
      expect(a).toBeGreaterThan(last);
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(value.length);
      // Never split a surrogate pair.
      expect(/[\udc00-\udfff]/.test(value[a] ?? '')).toBe(false);
      last = b;
    }
  }
}

describe('pinyin', () => {
  it.each([
    ['tuikuanliucheng', 'refund'],
    ['tklc', 'refund'],
    ['tui款流', 'refund'],
    ['tui kuan liu', 'refund'],
    ['TuiKuanJinDu', 'refund-progress'],
    ['yfxsm', 'insurance'],
    ['xiugaidizhi', 'address'],
    ['chaxunwuliu', 'tracking'],
  ])('%s finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('highlights the characters the pinyin stands for', () => {
    const hit = index().search('tkjd')[0]!;
    expect(hit.phrase.id).toBe('refund-progress');
    expect(highlighted(hit).title).toEqual(['退款进度']);
  });
});

describe('Traditional and Simplified', () => {
  it('finds a Simplified phrase from a Traditional query and highlights it', () => {
    const hit = index().search('運費險')[0]!;
    expect(hit.phrase.id).toBe('insurance');
    expect(highlighted(hit).title).toEqual(['运费险']);
  });

  it('finds a Traditional phrase from a Simplified query, in title and tags', () => {
    const hit = index().search('优惠券')[0]!;
    expect(hit.phrase.id).toBe('coupon');
    expect(highlighted(hit).title).toEqual(['優惠券']);
  });
});

describe('typos', () => {
  it.each([
    ['退宽流程', 'refund'],
    ['优惠卷', 'coupon'],
    ['运费线', 'insurance'],
    ['退款程', 'refund'],
    ['款退流程', 'refund'],
    ['refnud', 'refund-en'],
    ['shiping', 'shipping-en'],
  ])('%s still finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('does not match a two-character query with one wrong character everywhere', () => {
    expect(index().search('退嗯')).toEqual([]);
  });
});

describe('shortcuts and ranking', () => {
  it('an exact shortcut ranks its phrase first even when other titles match the letters', () => {
    // "wl" is also the initials of 物流 in another title.
    const hits = index().search('wl');
    expect(ids(hits)[0]).toBe('tracking');
    expect(hits[0]!.matches.find((m) => m.field === 'shortcut')?.ranges).toEqual([[0, 2]]);
    expect(ids(hits)).toContain('wl-title');
  });

  it('shortcut matching ignores case and surrounding spaces', () => {
    expect(top(' YFX ')).toBe('insurance');
  });

  it('a title match outranks a text-only match', () => {
    expect(ids(index().search('修改地址')).slice(0, 2)).toEqual(['address', 'address-text']);
  });

  it('between equal matches, the phrase the agent uses more and more recently comes first', () => {
    const twins: PhraseInput[] = [
      { id: 'old', title: '发票说明', text: '电子发票三天内开出。', usageCount: 1, lastUsedAt: NOW - 90 * DAY },
      { id: 'used', title: '发票说明', text: '电子发票三天内开出。', usageCount: 30, lastUsedAt: NOW - DAY },
    ];
    expect(ids(index(twins).search('发票'))).toEqual(['used', 'old']);
    expect(ids(index([twins[1]!, twins[0]!]).search('fp'))).toEqual(['used', 'old']);
  });

  it('a pinned phrase wins a tie', () => {
    const twins: PhraseInput[] = [
      { id: 'plain', title: '发票说明', text: '电子发票三天内开出。' },
      { id: 'pinned', title: '发票说明', text: '电子发票三天内开出。', pinned: true },
    ];
    expect(top('发票', index(twins))).toBe('pinned');
  });

  it('an empty query lists pinned phrases first, then the most used and recent', () => {
    const list: PhraseInput[] = [
      { id: 'never', title: 'A', text: 'a' },
      { id: 'often', title: 'B', text: 'b', usageCount: 50, lastUsedAt: NOW - DAY },
      { id: 'pinned', title: 'C', text: 'c', pinned: true },
      { id: 'sometimes', title: 'D', text: 'd', usageCount: 5, lastUsedAt: NOW - 30 * DAY },
    ];
    expect(ids(index(list).search('  '))).toEqual(['pinned', 'often', 'sometimes', 'never']);
    expect(ids(index(list).search('', { limit: 2 }))).toEqual(['pinned', 'often']);
  });

  it('the empty-query list follows edits, removals, groups and the clock', () => {
    let clock = NOW;
    const idx = createPhraseIndex<PhraseInput>(
      [
        { id: 'a', title: 'A', text: 'a', group: 'g1', usageCount: 3, lastUsedAt: NOW - DAY },
        { id: 'b', title: 'B', text: 'b', group: 'g2', usageCount: 3, lastUsedAt: NOW - 2 * DAY },
        { id: 'c', title: 'C', text: 'c', group: 'g1' },
      ],
      { now: () => clock },
    );
    expect(ids(idx.search(''))).toEqual(['a', 'b', 'c']);
    idx.update({ id: 'c', title: 'C', text: 'c', group: 'g1', usageCount: 40, lastUsedAt: NOW });
    expect(ids(idx.search(''))).toEqual(['c', 'a', 'b']);
    expect(ids(idx.search('', { group: 'g2' }))).toEqual(['b']);
    idx.remove('c');
    expect(ids(idx.search(''))).toEqual(['a', 'b']);
    // 'a' (used once, just now) leads 'b' (used three times, long ago) until its recency fades.
    idx.update({ id: 'a', title: 'A', text: 'a', group: 'g1', usageCount: 1, lastUsedAt: NOW });
    idx.update({ id: 'b', title: 'B', text: 'b', group: 'g2', usageCount: 3, lastUsedAt: NOW - 365 * DAY });
    expect(ids(idx.search(''))).toEqual(['a', 'b']);
    clock = NOW + 60 * DAY;
    expect(ids(idx.search(''))).toEqual(['b', 'a']);
  });
});

describe('several words and English', () => {
  it('words in any order narrow the results to phrases holding all of them', () => {
    const a = ids(index().search('修改 地址'));
    const b = ids(index().search('地址 修改'));
    expect(a[0]).toBe('address');
    expect(new Set(a)).toEqual(new Set(b));
    expect(a).not.toContain('tracking');
    expect(ids(index().search('物流 致歉'))).toEqual(['wl-title']);
  });

  it('finds English phrases by word prefixes, case-insensitively', () => {
    expect(top('REFU')).toBe('refund-en');
    expect(top('ship ti')).toBe('shipping-en');
    expect(top('business days orig')).toBe('refund-en');
  });
});

describe('options', () => {
  it('returns every match when a caller asks for a long list (library manager filter)', () => {
    const many: PhraseInput[] = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, title: `第${i}条快捷话术`, text: `内容${i}` }));
    expect(index([...many, ...PHRASES]).search('话术', { limit: 1000 })).toHaveLength(300);
    expect(index([...many, ...PHRASES]).search('话术')).toHaveLength(20);
  });

  it('limits and filters by group', () => {
    const idx = index();
    expect(idx.search('物流', { limit: 1 })).toHaveLength(1);
    expect(ids(idx.search('退', { group: '售后' })).every((id) => ['refund', 'refund-progress', 'insurance'].includes(id))).toBe(true);
    expect(idx.search('退款', { group: 'Shipping' })).toEqual([]);
  });
});

describe('highlight ranges', () => {
  it('count UTF-16 offsets in the original field (emoji before the match)', () => {
    const hit = index().search('赠品')[0]!;
    expect(hit.phrase.id).toBe('emoji');
    expect(hit.matches.find((m) => m.field === 'title')?.ranges).toEqual([[3, 5]]);
  });

  it('are sorted, disjoint and inside the field for every labelled-corpus hit', () => {
    const idx = createPhraseIndex(CORPUS, { now: () => NOW });
    for (const q of ['tk', 'tuikuan', '運費險', '优惠卷', 'refnud', '修改 地址', 'tklc', 'ATM', '款退', 'ship', 'wl']) {
      for (const hit of idx.search(q)) expectValidRanges(hit);
    }
  });

  it('any piece of a title typed as is finds that phrase and highlights exactly that piece', () => {
    const idx = createPhraseIndex(CORPUS, { now: () => NOW });
    const withTitles = CORPUS.filter((p) => p.title.trim().length >= 2);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: withTitles.length - 1 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 2, max: 4 }),
        (pi, start, len) => {
          const p = withTitles[pi]!;
          const chars = Array.from(p.title);
          const s = Math.min(start, Math.max(0, chars.length - len));
          const piece = chars.slice(s, s + len).join('').trim();
          if (piece.length < 2 || /\s/.test(piece)) return;
          const hits = idx.search(piece, { limit: 50 });
          const hit = hits.find((h) => h.phrase.id === p.id);
          expect(hit, `"${piece}" should find ${p.id}`).toBeDefined();
          expectValidRanges(hit!);
          const title = hit!.matches.find((m) => m.field === 'title');
          if (title) expect(title.ranges.map(([a, b]) => p.title.slice(a, b)).join('').toLowerCase()).toContain(piece.toLowerCase().replace(/\s/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('add, update, remove', () => {
  it('keeps the index in step with the library', () => {
    const idx = index();
    expect(idx.size).toBe(PHRASES.length);
    idx.add({ id: 'new', title: '开箱视频', text: '详情页有开箱视频。', shortcut: 'kx' });
    expect(top('kx', idx)).toBe('new');
    expect(top('kaixiang', idx)).toBe('new');
    idx.update({ id: 'new', title: '安装视频', text: '详情页有安装视频。', shortcut: 'az' });
    expect(idx.search('kx')).toEqual([]);
    expect(idx.search('开箱')).toEqual([]);
    expect(top('az', idx)).toBe('new');
    idx.remove('new');
    expect(idx.search('安装')).toEqual([]);
    expect(idx.size).toBe(PHRASES.length);
    // Adding an existing id replaces it instead of duplicating it.
    idx.add({ ...PHRASES[0]!, title: '退款须知' });
    expect(ids(idx.search('退款须知')).filter((id) => id === 'refund')).toHaveLength(1);
  });

  it('scores like a fresh index after the most used phrase is removed or counted down', () => {
    const used = PHRASES.map((p, i) => ({ ...p, usageCount: i === 0 ? 50 : i, lastUsedAt: NOW - i * DAY }));
    const scored = (hits: SearchHit[]) => hits.map((h) => [h.phrase.id, h.score]);
    const idx = index(used);
    const queries = ['', '退款', '物流', 'dizhi', 'refund'];
    for (const q of queries) idx.search(q);
    idx.remove('refund');
    const rest = used.slice(1);
    for (const q of queries) expect(scored(idx.search(q)), q).toEqual(scored(index(rest).search(q)));
    const countedDown = rest.map((p) => (p.id === 'emoji' ? { ...p, usageCount: 0 } : p));
    idx.update(countedDown.find((p) => p.id === 'emoji')!);
    for (const q of queries) expect(scored(idx.search(q)), q).toEqual(scored(index(countedDown).search(q)));
  });

  it('answers a query of several words from the library as it is now, also for the words typed before an edit', () => {
    // The words before the last are looked up once while the agent types on (prefilter's term cache).
    const idx = index();
    const before = ids(idx.search('shipping business'));
    expect(before).toContain('shipping-en');
    idx.add({ id: 'late', title: 'Late shipping', text: 'Shipping takes five business days during sales.' });
    expect(ids(idx.search('shipping business'))).toContain('late');
    idx.update({ ...PHRASES.find((p) => p.id === 'shipping-en')!, text: 'Orders leave within two days.', title: 'Dispatch time' });
    expect(ids(idx.search('shipping business'))).not.toContain('shipping-en');
    idx.remove('late');
    expect(ids(idx.search('shipping business'))).not.toContain('late');
  });

  it('survives many removals (compaction) and still finds what is left', () => {
    const many: PhraseInput[] = Array.from({ length: 600 }, (_, i) => ({ id: `p${i}`, title: `第${i}号话术`, text: `内容${i}` }));
    const idx = index([...many, ...PHRASES]);
    for (let i = 0; i < 600; i++) idx.remove(`p${i}`);
    expect(idx.size).toBe(PHRASES.length);
    expect(top('tklc', idx)).toBe('refund');
    expect(idx.search('话术')).toEqual([]);
  });
});

describe('stored search keys', () => {
  it('are compact: a few hundred bytes for a typical phrase', () => {
    const p = CORPUS.find((x) => x.id === 'cn-refund-process')!;
    const size = JSON.stringify(computeSearchKeys(p)).length;
    expect(size).toBeLessThan(400);
    const en = CORPUS.find((x) => x.id === 'en-refund-policy')!;
    expect(JSON.stringify(computeSearchKeys(en)).length).toBeLessThan(40);
  });

  it('give the same results as computing them in the index', () => {
    const stored = CORPUS.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    const a = createPhraseIndex(stored, { now: () => NOW });
    const b = createPhraseIndex(CORPUS, { now: () => NOW });
    for (const q of ['tklc', '運費險', 'fahuo', 'refnud']) expect(ids(a.search(q))).toEqual(ids(b.search(q)));
  });

  it('are recomputed when they belong to older text', () => {
    const stale = computeSearchKeys({ title: '旧标题', text: '旧内容' });
    const idx = index([{ id: 'x', title: '退款流程', text: '新内容', keys: stale }]);
    expect(top('tklc', idx)).toBe('x');
    expect(idx.search('jiubiaoti')).toEqual([]);
  });
});

describe('warm()', () => {
  it('prepares the index in slices without changing any result', () => {
    const phrases = CORPUS.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    const cold = createPhraseIndex(phrases, { now: () => CORPUS_NOW });
    const warm = createPhraseIndex(phrases, { now: () => CORPUS_NOW });
    let slices = 0;
    while (!warm.warm(0)) slices++;
    expect(slices).toBeGreaterThan(0);
    for (const q of ['tuikuan', 'tklc', '運費險', '退宽', 'size', '修改 地址', '']) {
      expect(warm.search(q).map((h) => h.phrase.id)).toEqual(cold.search(q).map((h) => h.phrase.id));
    }
  });
});


describe('reused results', () => {
  it('match a fresh search after any mix of searches, limits, edits and removals', () => {
    const base = CORPUS.slice(0, 120).map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    const queries = ['', 't', 'tk', 'tuikuan', '退款', 'y', '运费', 'size', '修改 地址', 'wl'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('search' as const), q: fc.constantFrom(...queries), limit: fc.constantFrom(3, 10, 30, 100), group: fc.constantFrom(undefined, base[0]!.group) }),
      fc.record({ kind: fc.constant('use' as const), i: fc.integer({ min: 0, max: base.length - 1 }), uses: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ kind: fc.constant('retitle' as const), i: fc.integer({ min: 0, max: base.length - 1 }), title: fc.constantFrom('退款说明', '运费险', 'Size chart') }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.integer({ min: 0, max: base.length - 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const reused = createPhraseIndex<PhraseInput>(base, { now: () => NOW });
        const fresh = createPhraseIndex<PhraseInput>(base, { now: () => NOW, cache: false });
        reused.warm(1000, 30);
        for (const o of ops) {
          if (o.kind === 'search') {
            const opts = { limit: o.limit, group: o.group };
            expect(ids(reused.search(o.q, opts))).toEqual(ids(fresh.search(o.q, opts)));
            continue;
          }
          const p = base[o.i]!;
          if (o.kind === 'remove') {
            reused.remove(p.id);
            fresh.remove(p.id);
          } else {
            const next = o.kind === 'use' ? { ...p, usageCount: o.uses, lastUsedAt: NOW } : { ...p, title: o.title };
            reused.update(next);
            fresh.update(next);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('buildIndexInSlices', () => {
  it('builds in several slices the same index createPhraseIndex builds at once', async () => {
    const phrases = CORPUS.map((p) => ({ ...p, keys: computeSearchKeys(p) }));
    let pauses = 0;
    const sliced = await buildIndexInSlices(phrases, 0, async () => void pauses++, { now: () => NOW });
    const whole = createPhraseIndex(phrases, { now: () => NOW });
    expect(pauses).toBeGreaterThan(5);
    expect(sliced.size).toBe(whole.size);
    for (const q of ['', 'tuikuan', 'tklc', '運費險', '退宽', 'size', '修改 地址', 'yhq']) {
      expect(ids(sliced.search(q)), q).toEqual(ids(whole.search(q)));
    }
  });
});
