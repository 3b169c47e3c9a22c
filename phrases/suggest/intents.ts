/**
 * The intent layer of suggested replies (utils/suggest/): what a customer's message is about, found by words. A
 * message and a phrase share an intent when the message uses one of its words and the phrase's questions, title,
 * group or tags do too. Chinese words are written in Simplified script (Traditional messages are converted first,
 * so 運費 finds 运费); Taiwan wording that converts to other words (宅配, 超商) is listed as well. English words are
 * whole words after folding case; a trailing `*` matches any ending (`refund*` finds refunds, refunded).
 * Data only: utils/suggest/ takes it as a parameter.
 */
// The shape is utils/suggest/types.ts `SuggestIntent` (checked where the engine takes it; phrases/ imports nothing).
export const SUGGEST_INTENTS = [
  {
    id: 'logistics',
    note: 'Where the parcel is and when it comes: the most asked question of every shop.',
    zh: ['快递', '物流', '到哪', '几天到', '多久到', '什么时候到', '啥时候到', '没到', '还没到', '单号', '包裹', '运输', '派送', '配送', '签收', '驿站', '快递柜', '取件', '宅配', '超商', '寄到', '送到', '到货了没'],
    en: ['shipping', 'ship*', 'deliver*', 'parcel', 'package', 'track*', 'courier', 'arrive*', 'arrival', 'transit', 'dispatch*', 'where is my order'],
  },
  {
    id: 'dispatch',
    note: 'When the order leaves the warehouse (before any tracking exists).',
    zh: ['发货', '发出', '寄出', '出货', '还没发', '没发', '发了吗', '发没发', '寄了吗', '什么时候发', '几时发', '催发', '快点发', '今天能发', '当天发'],
    en: ['dispatch*', 'ship out', 'send out', 'when will you ship', 'sent yet'],
  },
  {
    id: 'size',
    note: 'Sizes and fit.',
    zh: ['尺码', '尺寸', '码数', '偏大', '偏小', '大码', '小码', '穿多大', '选哪个码', '身高', '体重', '合身'],
    en: ['size*', 'fit*', 'small', 'large', 'medium', 'tight', 'loose', 'measurements', 'height', 'weight'],
  },
  {
    id: 'after-sales',
    note: 'Returns, exchanges, refunds and broken goods.',
    zh: ['退', '换', '售后', '退货', '退款', '换货', '退钱', '坏了', '破损', '质量问题', '有问题', '不能用', '瑕疵', '少发', '漏发', '发错', '维修', '保修', '不满意', '退换', '无理由'],
    en: ['return*', 'refund*', 'exchange*', 'broken', 'damaged', 'defect*', 'faulty', 'repair*', 'warranty', 'missing', 'wrong item', 'money back'],
  },
  {
    id: 'bargaining',
    note: 'Price, discounts and free shipping.',
    zh: ['便宜', '优惠', '包邮', '打折', '折扣', '降价', '少点', '砍价', '优惠券', '券', '满减', '会员价', '最低价', '贵', '改价', '差价', '批发', '团购', '运费'],
    en: ['discount*', 'cheap*', 'coupon*', 'voucher*', 'price', 'deal', 'free shipping', 'expensive', 'bulk', 'wholesale', 'lower', 'promo code'],
  },
  {
    id: 'payment',
    note: 'Paying, invoices and the order itself.',
    zh: ['付款', '支付', '付不了', '付钱', '花呗', '分期', '信用卡', '银行卡', '扣款', '扣钱', '发票', '地址', '改地址', '合并', '下单', '拍下', '订单'],
    en: ['pay*', 'payment', 'card', 'invoice', 'receipt', 'installment*', 'charged', 'checkout', 'address', 'billing'],
  },
  {
    id: 'product',
    note: 'What the product is: material, genuine, how to use, which one.',
    zh: ['材质', '面料', '正品', '假货', '质量', '怎么用', '说明书', '区别', '哪款', '适合', '色差', '颜色', '保修', '赠品', '送什么', '成分', '链接'],
    en: ['material', 'fabric', 'genuine', 'authentic', 'fake', 'quality', 'how to use', 'instructions', 'difference', 'compare', 'colou*r', 'gift', 'suitable', 'manual'],
  },
  {
    id: 'stock',
    note: 'Out of stock, restocking, limits.',
    zh: ['缺货', '有货', '现货', '没货', '补货', '到货', '卖完', '断货', '停产', '限购', '预订', '还有吗', '库存'],
    en: ['stock', 'in stock', 'out of stock', 'sold out', 'restock*', 'available', 'availability', 'back in', 'limit', 'discontinued', 'preorder*', 'pre-order'],
  },
  {
    id: 'promotion',
    note: 'Sales events: 双十一, 618, presale deposits.',
    zh: ['活动', '双十一', '双11', '618', '大促', '预售', '定金', '尾款', '叠加', '秒杀', '预热', '前N名'],
    en: ['sale', 'black friday', 'event', 'deposit', 'presale', 'flash sale', 'campaign', 'stack*', 'combine'],
  },
  {
    id: 'waiting',
    note: 'The customer is waiting or in a hurry.',
    zh: ['在吗', '有人吗', '人呢', '等了', '好久', '回复', '急', '快点', '怎么不回'],
    en: ['anyone there', 'hello?', 'waiting', 'still there', 'reply', 'hurry', 'urgent'],
  },
  {
    id: 'greeting',
    note: 'Opening a chat.',
    zh: ['你好', '您好', '在吗', '哈喽', '嗨', '客服', '咨询一下', '请问'],
    en: ['hi', 'hello', 'hey', 'good morning', 'good evening'],
  },
  {
    id: 'thanks',
    note: 'Closing a chat: thanks, good night, review.',
    zh: ['谢谢', '感谢', '好的', '再见', '拜拜', '晚安', '好评', '评价', '收藏', '关注', '下次', '考虑一下', '再看看'],
    en: ['thank*', 'thx', 'bye', 'goodbye', 'good night', 'review', 'rating', 'follow', 'think about it', 'later'],
  },
] as const;
