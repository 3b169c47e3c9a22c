// Shared word lists the built-in rules are composed from. A rule names its parts (who, how strongly, which verb,
// which particles) instead of listing whole sentences, so a new combination of known parts is covered because its
// parts are. Chinese entries are in Simplified script; the engine widens them to Traditional. Data only.

/** Joins alternatives into a non-capturing group, longest first so that 我们这边 wins over 我们. */
export function anyOf(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

// ---------------------------------------------------------------- Chinese

/** Clause start: start of draft, a punctuation mark or a space before the word. */
export const ZH_B = String.raw`(?<=^|[，,。.！!？?；;：:、\s~～…])`;
/** Sentence-final particles and address words agents add after a word (不行哦亲, 不知道耶, 没办法啦~; Taiwan chat: 齁, 吼, 欸). */
export const ZH_PARTICLE = String.raw`(?:[哦喔噢哟唷呢啦呀啊哈捏耶嘛咯哇嘞噻了的哒滴喇咧齁吼欸嘿]|亲爱的|亲|~|～)`;
/** Clause end, after any particles. */
export const ZH_END = String.raw`(?=$|[，,。.！!？?；;\s~～…])`;
/** End of a clause reached through particles: X + particles + end. */
export const ZH_TAIL = String.raw`${ZH_PARTICLE}*${ZH_END}`;

/** The agent or the shop speaking. */
export const ZH_WE = anyOf(['我们这边', '我这边', '我们这里', '我这里', '咱们', '我们', '本店', '小店', '店里', '这边', '我', '客服']);
/** Words between the speaker and the verb that do not change what is said. */
export const ZH_ADV = String.raw`(?:也|真的|确实|实在|是|都|就|还|暂时|目前|现在|已经|根本|肯定|绝对|完全|再|这个|这样|这种|那个|一律|一般|本来|恐怕|可能|应该)*`;
/** Things an agent is asked to do. */
export const ZH_ACT = anyOf([
  '退款', '退货', '退', '换货', '换', '改价', '改地址', '修改', '更改', '改', '便宜', '优惠', '打折', '包邮', '发货', '发',
  '寄', '送', '开票', '开发票', '开', '赔偿', '赔', '补发', '补', '取消', '保证', '拆', '修', '处理', '办理', '办', '操作',
  '安排', '申请', '加急', '催', '查', '核实', '确认', '帮', '给', '做', '弄', '搞', '接受', '同意', '满足', '提供', '支持',
  '报销', '拦截', '撤回', '调', '降', '减', '少', '退运费', '预约', '上门', '签收', '联系', '找', '登记', '备注', '解决',
  '保价', '延长', '延迟', '合并', '拆单', '改价格', '返现', '返', '用', '叠加', '兑换', '换成', '定制', '刻字', '挑', '选',
  '指定', '换色', '报销', '报',
]);
/** Verbs whose V不了 is a refusal (改不了, 退不了); 少不了 / 错不了 / 免不了 are not in it. */
export const ZH_ACT_LIAO = anyOf([
  '退款', '退货', '退', '换货', '换', '修改', '更改', '改', '发货', '发', '寄', '送', '开', '赔', '补发', '补', '取消', '保证',
  '处理', '办理', '办', '操作', '安排', '申请', '加急', '催', '查', '拦截', '撤回', '便宜', '优惠', '打折', '包邮', '降', '减',
  '做', '弄', '搞', '解决', '修', '联系', '上门', '合并', '返', '兑换', '定制', '预约', '管', '负责', '控制', '采纳',
  '保修', '保固', '维修', '领取', '领', '使用', '用', '参加', '参与', '叠加', '报名', '预订', '退换', '签收', '开具', '赔付', '改签',
  '退订', '核销', '登录', '付款', '支付', '充值', '提现', '绑定', '解绑', '延期', '改期', '给', '算', '分期',
  '安装', '配送', '保价', '报销', '补偿', '赔偿', '审核', '通过', '登记', '备注', '延长', '变更', '调整', '升级', '激活',
]);
/** How a verb reads after 无法 (改不了 → 无法修改): suggestions write `$<act|formal>`. */
const ZH_FORMAL: Readonly<Record<string, string>> = {
  改: '修改', 退: '办理退款', 换: '更换', 发: '发出', 寄: '寄出', 送: '赠送', 开: '开具', 修: '维修', 补: '补上', 用: '使用',
  做: '办理', 办: '办理', 查: '查询', 弄: '处理', 搞: '处理', 管: '处理', 赔: '赔偿', 降: '降价', 减: '减免',
  领: '领取', 取消: '取消', 拦截: '拦截', 撤回: '撤回', 催: '催促', 返: '返还', 合并: '合并', 定制: '定制', 预约: '预约',
  保证: '保证', 便宜: '再便宜', 优惠: '再优惠', 打折: '打折', 包邮: '包邮', 给: '提供',
};
/** How "can't do it" reads as 无法… (做不了主 → 无法做主, not 无法做到主): `$<cant|cando>`. */
const ZH_CANDO: Readonly<Record<string, string>> = {
  做不到: '无法做到', 办不到: '无法办到', 做不了: '无法做到', 办不了: '无法办理', 做不了主: '无法做主', 作不了主: '无法做主',
  搞不定: '无法处理', 弄不定: '无法处理', 办不成: '无法办理', 做不来: '无法做到', 无能为力: '无法做到', 帮不上忙: '无法帮到您', 没这个权限: '没有权限办理', 没有这个权限: '没有权限办理',
};

/** Maps suggestions can apply to a captured group (see expandTemplate). */
export const toneTemplateMaps = { formal: ZH_FORMAL, cando: ZH_CANDO } as const;

/** The customer. */
export const ZH_YOU = anyOf(['您', '你', '妳', '亲', '亲亲', '顾客', '买家']);
/** Things a customer might have done wrong (blame: 您填错了, 選錯, 操作错). */
export const ZH_MISTAKE_VERB = anyOf([
  '搞', '弄', '看', '记', '理解', '买', '拍', '填', '选', '写', '输', '点', '下', '操作', '用', '装', '洗', '穿', '量', '付',
  '寄', '退', '申请', '勾', '留', '报', '按', '领', '拿', '取', '贴', '绑', '扫', '登', '搞混',
]);
/** Time words before a customer's action (您下单时 / 您当时 / 之前). */
export const ZH_WHEN = String.raw`(?:自己)?(?:当时|刚才|之前|刚刚)?(?:\p{Script=Han}{1,4}?的?(?:时候|时|之前|前))?`;
/** Bare interjections that read as a brush-off. */
export const ZH_GRUNT = anyOf(['嗯嗯', '嗯', '恩恩', '恩', '哦哦', '哦', '噢', '喔', '额', '呃', '哼']);
/** Sneering openers that should simply go. */
export const ZH_SNEER = anyOf(['呵呵', '呵', '切', '嘁', '哈哈哈', '哈哈']);

/** A refusal the draft already handles as the guidance asks: an apology before it and, in a later clause, what the
 *  shop can do instead (很抱歉，系统不能拆单，我帮您分两次下单可以吗). As an exception of a refusal rule, it spans from
 *  the apology to the first offer within a few clauses, so the refusal between them is not flagged. */
export const ZH_MITIGATED = String.raw`(?:抱歉|不好意思|对不起|见谅)[^]{0,80}?[，,。.！!；;]\s*(?:亲[，,]?)?(?:我们|我|这边|小店)?(?:可以|帮您|给您|为您|马上|先|去|再|会|推荐|建议)(?=\p{Script=Han})`;

// ---------------------------------------------------------------- English

/** The English form of ZH_MITIGATED: sorry / unfortunately …, then in a later clause what we can do. */
export const EN_MITIGATED = String.raw`\b(?:sorry|apologi[sz]e|unfortunately|afraid)\b[^]{0,160}?[,.;!?]\s*(?:but\s+|instead\s*,?\s*|however\s*,?\s*)?(?:(?:I|we)(?:'ll|’ll|\s+will|\s+can|\s+could|'d\s+be|\s+would\s+be)\b|let\s+me\b|how\s+about\b|would\s+you\s+like\b)`;
/** can't in every spelling agents type: can't, can’t, cant, cannot, can not. */
export const EN_CANT = String.raw`(?:can't|can’t|cant|cannot|can\s+not)`;
/** won't in every spelling: won't, won’t, wont (not the noun "wont" at a sentence start), will not. */
export const EN_WONT = String.raw`(?:won't|won’t|wont|will\s+not)`;
/** don't / dont / do not. */
export const EN_DONT = String.raw`(?:don't|don’t|dont|do\s+not)`;
/** Softeners between the subject and the modal that do not change the refusal. */
export const EN_ADV = String.raw`(?:(?:really|just|simply|honestly|unfortunately|sadly|definitely|absolutely|totally|still|already|actually)\s+)*`;
/** Verbs after can't that are not refusals (I can't wait, can't thank you enough). */
export const EN_FINE_AFTER_CANT = String.raw`(?:recommend\b[^.!?]{0,30}\benough|wait|thank|believe|see|find|recommend\s+\w+\s+enough|stress|go\s+wrong|miss|beat|complain|resist|imagine|express)`;
/** Verbs after won't that are promises, not refusals (we won't let you down). */
export const EN_FINE_AFTER_WONT = String.raw`(?:(?:close|stop|rest)\b[^.!?]{0,20}\buntil|let\s+you\s+down|forget|happen\s+again|share|sell|charge|disclose|spam|regret|be\s+charged|be\s+disappointed|take\s+long|cost|need|have\s+to)`;
/** Words that, before "but", mean the agent has just praised or agreed. */
export const EN_AGREE = anyOf([
  'great', 'good', 'nice', 'lovely', 'beautiful', 'gorgeous', 'excellent', 'perfect', 'amazing', 'fantastic', 'wonderful',
  'love', 'like', 'appreciate', 'understand', 'glad', 'happy', 'best', 'popular', 'yes', 'yeah', 'yep', 'sure', 'of course',
  'absolutely', 'definitely', 'right', 'agree', 'true', 'fair', 'correct', 'okay', 'ok', 'indeed', 'certainly', 'totally',
  'comfortable', 'soft', 'quality', 'recommend', 'see', 'hear', 'get it', 'know', 'feel', 'stylish', 'cute', 'pretty', 'worth', 'fits', 'choice', 'pick', 'favorite',
  'favourite', 'bestseller', 'bestselling', 'well', 'fine', 'warm', 'light', 'durable', 'sturdy', 'versatile', 'cozy',
  'cosy', 'elegant', 'sleek', 'classic', 'tasty', 'delicious', 'flattering', 'thanks', 'thank', 'possible', 'can', 'could', 'will',
]);
