/**
 * Padding that competes (issue 14): a library grown from a labelled one with near-duplicates of
 * its own phrases, each holding every word of the phrase it copies plus a product, a season or a
 * courier (夏季连衣裙发货时间 beside 发货时间), so a query for the general phrase reaches
 * hundreds of padded ones through the same words. Shared by the scale test and the bench.
 */
import type { CorpusPhrase } from './corpus';
import { rng } from '../../../bench/_corpus';


const ZH_PREFIXES = ['夏季', '秋冬', '新款', '直播间', '老客户', '连衣裙', '运动鞋', '蓝牙耳机', '羽绒服', '充电宝', '四件套', '行李箱', '韵达', '中通', '京东', '大促'];
const TW_PREFIXES = ['夏季', '秋冬', '新款', '直播間', '老客戶', '連衣裙', '運動鞋', '藍牙耳機', '羽絨服', '行動電源'];
const EN_PREFIXES = ['Summer', 'Holiday', 'VIP', 'Sneakers', 'Earbuds', 'Backpack', 'Suitcase', 'Jacket', 'Bundle'];

export interface PaddingOptions {
  seed?: number;
  /** Give padded phrases random usage and recency (the bench), or none (the scale test). */
  habits?: boolean;
  /** Reference time for recency when `habits` is on. */
  now?: number;
}

/**
 * `count` phrases: padded near-duplicates first, then the labelled phrases last (so a cap that
 * keeps the earliest slots on ties cannot pass by accident). Deterministic for a seed.
 */
export function padLibrary(base: readonly CorpusPhrase[], count: number, options: PaddingOptions = {}): CorpusPhrase[] {
  const rand = rng(options.seed ?? 20261202);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out: CorpusPhrase[] = [];
  for (let n = 0; out.length < count - base.length; n++) {
    const b = base[n % base.length] as CorpusPhrase;
    const habits = options.habits ? { usageCount: Math.floor(rand() ** 3 * 40), lastUsedAt: rand() < 0.5 ? (options.now ?? 0) - Math.floor(rand() * 60 * 86_400_000) : null } : {};
    if (b.locale === 'en') {
      const p = pick(EN_PREFIXES);
      out.push({ ...b, id: `pad-${n}`, title: `${p} ${b.title.toLowerCase()}`, text: `${b.text} (${p.toLowerCase()})`, shortcut: undefined, tags: [...b.tags], pinned: false, usageCount: 0, lastUsedAt: null, ...habits });
    } else {
      const p = pick(b.locale === 'zh-TW' ? TW_PREFIXES : ZH_PREFIXES);
      out.push({ ...b, id: `pad-${n}`, title: `${p}${b.title}`, text: `${p}：${b.text}`, shortcut: undefined, tags: [...b.tags], pinned: false, usageCount: 0, lastUsedAt: null, ...habits });
    }
  }
  return [...out, ...base.map((p) => ({ ...p, tags: [...p.tags] }))];
}
