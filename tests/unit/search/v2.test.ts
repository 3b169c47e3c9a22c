/**
 * Search v2 (issue 14): what an agent types and the phrase that must come first, one block per
 * kind of query. Phrases are our own shop wording, not taken from any labelled set.
 */
import { describe, expect, it } from 'vitest';
import { computeSearchKeys, createPhraseIndex } from '../../../utils/search/index';
import type { PhraseInput } from '../../../utils/search/index';

const LIBRARY: PhraseInput[] = [
  { id: 'genuine', title: '正品保证', text: '本店商品均为品牌直供，包装上有防伪码，可扫码验证真伪。' },
  { id: 'warranty', title: '售后保修', text: '电器类商品享受全国联保，凭发票到当地网点维修即可。' },
  { id: 'pickup', title: '取件提醒', text: '您的包裹已经到菜鸟驿站了，请凭取件码领取。' },
  { id: 'invoice', title: '发票开具', text: '需要开发票的话，我们财务每周三统一开具并邮寄。' },
  { id: 'accountant', title: '联系会计', text: '对账问题可以找我们的会计处理。' },
  { id: 'transfer', title: '仓库调货', text: '这个颜色本仓暂时缺货，正在从其他仓库调货，预计三天发出。' },
  { id: 'huabei', title: '花呗分期', text: '支持花呗分期付款，下单时选择分期数即可。' },
  { id: 'sf', title: '顺丰包邮', text: '全场默认顺丰快递，偏远地区可能改发邮政。' },
  { id: 'green', title: '绿色款说明', text: '墨绿色是今年的新色，带一点哑光质感。' },
  { id: 'cheap', title: '价格说明', text: '这款已经是全年最便宜的价格了，放心下单。' },
  { id: 'vitc', title: '维C精华用法', text: '早晚洁面后取两滴，轻拍至吸收，注意避光保存。' },
  { id: 'nino', title: 'Niño size chart', text: 'Sizes for kids from 2 to 10 years.' },
  { id: 'cafe', title: 'Café voucher', text: 'The voucher works at our cafe counter.' },
  { id: 'down', title: '羽绒服', text: '羽绒服可以手洗或用洗衣机轻柔模式，请勿暴晒。' },
  { id: 'down-kids', title: '儿童羽绒服面料', text: '儿童羽绒服面料为防泼水尼龙，内填白鸭绒。' },
  { id: 'coupon-rule', title: '优惠券使用规则', text: '每笔订单限用一张优惠券，不可与会员折扣同享。' },
  { id: 'stack-rule', title: '优惠叠加规则', text: '店铺满减和平台活动可以叠加。' },
  { id: 'delivery', title: '发货时间', text: '付款后48小时内发货，节假日顺延。' },
  { id: 'gift', title: '赠品说明', text: '下单即送收纳袋一个，随包裹一起发出。' },
  { id: 'bedding', title: '四件套面料', text: '这款是牛奶绒面料，冬天盖着很暖和。' },
  { id: 'cosmetics', title: '化妆品退换', text: '化妆品拆封后不支持无理由退换，敬请谅解。' },
  { id: 'model', title: '型号选择', text: '不同型号尺寸不同，请对照详情页选择。' },
  { id: 'login', title: '登录问题', text: '如果无法登录，请清除浏览器缓存后重试。' },
  { id: 'shoes', title: '鞋码偏大', text: '这双鞋子偏大半码，建议拍小一码。' },
  { id: 'remote', title: '偏远地区运费', text: '新疆西藏等偏远地区需补运费差价。' },
  { id: 'lace', title: '蕾丝领口略透', text: '领口为蕾丝花边，手洗更耐穿，轻微透光属正常。' },
];

const index = createPhraseIndex(LIBRARY.map((p) => ({ ...p, keys: computeSearchKeys(p) })));
const first = (q: string): string | undefined => index.search(q, { limit: 5 })[0]?.phrase.id;

describe('initials of words inside the reply text', () => {
  it.each([
    ['fwm', 'genuine'],
    ['qglb', 'warranty'],
    ['cnyz', 'pickup'],
  ])('%s finds %s', (q, id) => expect(first(q)).toBe(id));

  it('two letters alone do not match initials inside a text', () => {
    expect(index.search('qg').map((h) => h.phrase.id)).not.toContain('warranty');
  });
});

describe('other readings of polyphonic characters', () => {
  it.each([
    ['huij', 'accountant'],
    ['kuaiji', 'accountant'],
    ['diaohuo', 'transfer'],
    ['huabei', 'huabei'],
    ['huabai', 'huabei'],
  ])('%s finds %s', (q, id) => expect(first(q)).toBe(id));

  it('the reading in context still counts more than another reading', () => {
    const a = createPhraseIndex([
      { id: 'in-context', title: '会计', text: '' },
      { id: 'other', title: '回击', text: '' },
    ]);
    expect(a.search('huiji')[0]?.phrase.id).toBe('other');
  });

  it('stores a bounded number of other readings per field', () => {
    const long = '行长说重庆的银行还会调整长期利率，还款计划重新计算，会计核对后再调整。'.repeat(3);
    const keys = computeSearchKeys({ title: '', text: long });
    expect(keys.text?.a?.split(' ').length).toBeLessThanOrEqual(8);
  });
});

describe('pinyin typed as an IME tolerates it', () => {
  it.each([
    ['sunfeng', 'sf'],
    ['shunfen', 'sf'],
    ['liunai', 'bedding'],
    ['fuazhuangpin', 'cosmetics'],
    ['xinhao', 'model'],
    ['denlu', 'login'],
    ['pianyaun', 'remote'],
    ['zegnpin', 'gift'],
    ['lvse', 'green'],
    ['leisilve', 'lace'],
    ['leisilue', 'lace'],
    ['wcjh', 'vitc'],
  ])('%s finds %s', (q, id) => expect(first(q)).toBe(id));

  it('the spelling as typed counts more than a tolerated one', () => {
    const a = createPhraseIndex([
      { id: 'tolerated', title: '顺丰', text: '' },
      { id: 'typed', title: '孙峰', text: '' },
    ]);
    expect(a.search('sunfeng')[0]?.phrase.id).toBe('typed');
  });
});

describe('Latin diacritics fold', () => {
  it.each([
    ['nino', 'nino'],
    ['niño', 'nino'],
    ['NIÑO size', 'nino'],
    ['cafe', 'cafe'],
    ['café', 'cafe'],
    ['lüe', 'lace'],
  ])('%s finds %s', (q, id) => expect(first(q)).toBe(id));

  it('highlights the accented letters of the field itself', () => {
    const hit = index.search('nino')[0];
    const title = hit?.matches.find((m) => m.field === 'title');
    expect(title?.ranges.map(([a, b]) => hit?.phrase.title.slice(a, b))).toEqual(['Niño']);
  });
});
