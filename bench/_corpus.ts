/**
 * Products and seasons avoid the exact words the labelled queries look for (保温杯, 猫粮,
 * 双十一, 售后…, sizing) so a labelled query keeps one right answer; they still share topic words
 * (发货, 退换, 尺码, 活动, shipping, returns) and near-misses (保温壶, 猫砂, 双十二) with it.
 *
 * Deterministic generator of a realistic phrase library for benchmarks: product-specific
 * variants of everyday customer-service replies in zh-CN, zh-TW and en, the way a shop with
 * many products accumulates them. The labelled corpus of the relevance test is included, so
 * each engine's top-1 can be measured among thousands of look-alike phrases.
 */
import { Converter } from 'opencc-js';
import type { CorpusPhrase } from '../tests/unit/search/corpus';
import { CORPUS, CORPUS_NOW } from '../tests/unit/search/corpus';

/** mulberry32: small, fast, seedable (the bench's corpora and the search tests' padding). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_PRODUCTS = [
  '连衣裙', '运动鞋', '保温壶', '蓝牙耳机', '面膜', '猫砂', '书桌', '充电宝', '羽绒服', '茶叶', '手机壳', '四件套',
  '儿童书包', '电饭煲', '口红', '牛仔裤', '行李箱', '空气炸锅', '狗绳', '瑜伽垫', '台灯', '洗发水', '坚果礼盒', '婴儿湿巾',
  '机械键盘', '遮阳伞', '保鲜盒', '卫衣', '皮带', '香水',
];
const ZH_TOPICS: { title: string; text: (p: string, n: number) => string; tags: string[] }[] = [
  { title: '尺码建议', text: (p) => `亲，这款${p}版型偏小半码，平时穿中间码的建议选大一号。`, tags: ['尺码'] },
  { title: '发货安排', text: (p, n) => `${p}是现货，今天${n % 2 ? '下午四点' : '晚上六点'}前付款当天发出。`, tags: ['发货'] },
  { title: '材质介绍', text: (p) => `${p}选用环保材料，无异味，通过了质检报告。`, tags: ['材质'] },
  { title: '使用注意事项', text: (p) => `${p}首次使用前请仔细阅读说明，避免长时间高温暴晒。`, tags: [] },
  { title: '活动价格', text: (p, n) => `${p}今天活动价再减${n % 30 + 5}元，活动结束恢复原价。`, tags: ['活动'] },
  { title: '库存情况', text: (p) => `${p}热门颜色库存不多了，喜欢的话建议尽快下单。`, tags: ['库存'] },
  { title: '清洗保养', text: (p) => `${p}建议用温水清洗，自然晾干，不要机洗甩干。`, tags: [] },
  { title: '赠品发放', text: (p) => `购买${p}赠送的小礼品会随包裹一起发出，请注意查收。`, tags: ['赠品'] },
  { title: '退换须知', text: (p) => `${p}签收后七天内不影响二次销售可以退换，请保留好包装。`, tags: ['退换'] },
  { title: '质检说明', text: (p) => `每件${p}出库前都经过人工检查，收到有问题请第一时间联系我们。`, tags: [] },
  { title: '颜色推荐', text: (p) => `${p}的浅色款比较百搭，深色款更耐脏，看您的使用习惯。`, tags: [] },
  { title: '规格对比', text: (p) => `${p}大号和小号只是尺寸不同，做工用料完全一样。`, tags: [] },
  { title: '包装方式', text: (p) => `${p}采用加厚纸箱加气泡膜包装，运输途中不易损坏。`, tags: [] },
  { title: '质保承诺', text: (p) => `${p}享受店铺售后保障，非人为问题三十天内包换。`, tags: ['售后'] },
  { title: '好评返现', text: (p) => `${p}收货后带图评价，联系客服可以领取小额返现。`, tags: ['评价'] },
  { title: '组合购买', text: (p) => `${p}和同系列配件一起买更划算，组合价直降。`, tags: ['活动'] },
];
const ZH_SEASONS = ['', '', '', '春季', '夏季', '秋冬', '618', '双十二', '年货节', '新款', '老客户', '直播间'];
const ZH_GROUPS = ['商品咨询', '活动说明', '售后服务', '物流快递', '常用回复'];

const EN_PRODUCTS = [
  'dress', 'sneakers', 'water bottle', 'earbuds', 'face mask', 'cat food', 'desk', 'power bank', 'down jacket', 'green tea',
  'phone case', 'bedding set', 'backpack', 'rice cooker', 'lipstick', 'jeans', 'suitcase', 'air fryer', 'dog leash', 'yoga mat',
];
const EN_TOPICS: { title: string; text: (p: string, n: number) => string; tags: string[] }[] = [
  { title: 'fit tips', text: (p) => `The ${p} runs a little small, so we suggest one size up.`, tags: ['fit'] },
  { title: 'dispatch time', text: (p, n) => `The ${p} is in stock and ships the same day if ordered before ${n % 2 ? '4 pm' : '6 pm'}.`, tags: ['shipping'] },
  { title: 'materials', text: (p) => `Our ${p} is made from recycled materials and passed safety testing.`, tags: [] },
  { title: 'care guide', text: (p) => `Clean the ${p} with warm water and let it air dry.`, tags: [] },
  { title: 'sale price', text: (p, n) => `Today the ${p} is ${n % 30 + 5}% off; the price goes back up after the sale.`, tags: ['discount'] },
  { title: 'stock levels', text: (p) => `Popular colors of the ${p} are running low, so order soon if you like it.`, tags: ['stock'] },
  { title: 'free gift', text: (p) => `The free gift with your ${p} ships in the same parcel.`, tags: [] },
  { title: 'returns note', text: (p) => `Unused ${p} can be returned within 30 days in the original packaging.`, tags: ['returns'] },
  { title: 'bundle deal', text: (p) => `Buy the ${p} with a matching accessory and save on the bundle.`, tags: [] },
  { title: 'quality check', text: (p) => `Every ${p} is inspected by hand before it leaves the warehouse.`, tags: [] },
];
const EN_SEASONS = ['', '', 'spring', 'summer', 'holiday', 'Black Friday', 'new', 'VIP'];

let toTraditional: ((s: string) => string) | null = null;

/** `count` phrases: the labelled corpus first, then generated ones (seeded, same output every run). */
export function generatePhrases(count: number, seed = 20250601): CorpusPhrase[] {
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out: CorpusPhrase[] = CORPUS.slice(0, count).map((p) => ({ ...p, tags: [...p.tags] }));
  let n = 0;
  while (out.length < count) {
    n++;
    const roll = rand();
    const usageCount = Math.floor(rand() ** 3 * 40);
    const lastUsedAt = rand() < 0.5 ? CORPUS_NOW - Math.floor(rand() * 60 * 86_400_000) : null;
    if (roll < 0.75) {
      const product = pick(ZH_PRODUCTS);
      const topic = pick(ZH_TOPICS);
      const season = pick(ZH_SEASONS);
      const traditional = roll < 0.15;
      const conv = (s: string): string => (traditional && toTraditional ? toTraditional(s) : s);
      out.push({
        id: `gen-${n}`,
        group: conv(pick(ZH_GROUPS)),
        title: conv(`${season}${product}${topic.title}`),
        text: conv(`亲，${topic.text(product, n)}`),
        shortcut: rand() < 0.2 ? `g${n}` : undefined,
        tags: topic.tags.map(conv),
        locale: traditional ? 'zh-TW' : 'zh-CN',
        usageCount,
        lastUsedAt,
        pinned: rand() < 0.01,
      });
    } else {
      const product = pick(EN_PRODUCTS);
      const topic = pick(EN_TOPICS);
      const season = pick(EN_SEASONS);
      const title = `${season ? season + ' ' : ''}${product} ${topic.title}`;
      out.push({
        id: `gen-${n}`,
        group: 'Products',
        title: title[0]!.toUpperCase() + title.slice(1),
        text: `Hi! ${topic.text(product, n)}`,
        shortcut: rand() < 0.2 ? `g${n}` : undefined,
        tags: topic.tags,
        locale: 'en',
        usageCount,
        lastUsedAt,
        pinned: rand() < 0.01,
      });
    }
  }
  return out;
}
