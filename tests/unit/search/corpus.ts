/**
 * Labelled search corpus: customer-service phrases for an online shop (zh-CN, zh-TW, en),
 * written for these tests, and the queries agents type to find them.
 * Shared by tests/unit/search/relevance.test.ts and bench/search.ts.
 */
import type { PhraseInput } from '../../../utils/search/index';

/** Fixed clock for recency in tests and benchmarks. */
export const CORPUS_NOW = Date.UTC(2025, 5, 1, 8, 0, 0);
const DAY = 86_400_000;

type Row = [id: string, group: string, title: string, text: string, shortcut?: string, tags?: string[]];

const ZH_CN: Row[] = [
  // 问候与结束
  ['cn-welcome', '问候', '欢迎语', '亲，您好！欢迎光临小店，有什么可以帮您的吗？', 'hy', ['开场']],
  ['cn-welcome-night', '问候', '夜间欢迎语', '亲，晚上好，夜班客服为您服务，请问有什么需要？', 'wshy'],
  ['cn-busy-wait', '问候', '咨询量大请稍等', '亲，目前咨询的人比较多，回复慢了请见谅，我会按顺序尽快回复您。', 'dd'],
  ['cn-goodbye', '问候', '结束语', '感谢您的耐心咨询，祝您生活愉快，有问题随时来找我哦～', 'js', ['结束']],
  ['cn-good-review', '问候', '邀请好评', '收到宝贝如果满意，麻烦给个五星好评哦，您的鼓励是我们最大的动力！', 'hp', ['评价']],
  ['cn-follow-shop', '问候', '关注店铺', '亲可以点一下关注店铺，上新和优惠第一时间通知您。', 'gz'],
  ['cn-holiday-notice', '问候', '节假日客服时间', '节假日期间客服在线时间为早九点到晚六点，留言我们上班后第一时间回复。', 'jjr'],
  ['cn-still-there', '问候', '确认客户是否在线', '亲，请问还在吗？如果还有疑问可以继续问我哦。', 'zm'],
  ['cn-transfer-colleague', '问候', '转接同事', '亲，这个问题我帮您转给专门负责的同事，请稍等一下。', 'zj'],
  ['cn-thanks-patience', '问候', '感谢耐心等待', '让您久等了，非常感谢您的耐心。', 'xx'],
  // 售前咨询
  ['cn-in-stock', '售前咨询', '有货确认', '亲，页面上能拍下的就是有货的，可以放心下单。', 'yh', ['库存']],
  ['cn-restock', '售前咨询', '补货时间', '这款暂时断货了，预计下周补货，您可以先加购物车，到货后会提醒您。', 'bh', ['库存']],
  ['cn-size-advice', '售前咨询', '尺码推荐', '亲，麻烦告诉我您的身高和体重，我帮您推荐合适的尺码。', 'cm', ['尺码']],
  ['cn-size-chart', '售前咨询', '尺码表说明', '详情页有尺码表，平铺测量可能有1-3厘米误差，属于正常范围。', 'cmb', ['尺码']],
  ['cn-material', '售前咨询', '面料材质', '这款是纯棉面料，透气吸汗，贴身穿也很舒服。', 'cz', ['材质']],
  ['cn-color-diff', '售前咨询', '色差说明', '图片均为实物拍摄，不同显示器可能会有轻微色差，请以实物为准。', 'sc'],
  ['cn-authentic', '售前咨询', '正品保证', '本店所有商品都是品牌官方授权的正品，支持专柜验货。', 'zp', ['正品']],
  ['cn-gift-wrap', '售前咨询', '礼品包装', '需要礼品包装的话请在订单备注里写上，我们免费帮您包装。', 'lp'],
  ['cn-bulk-order', '售前咨询', '批量采购', '亲，批量采购可以联系我们的企业客服，会有专属价格。', 'pl'],
  ['cn-recommend', '售前咨询', '推荐搭配', '这款和店里的同色系半身裙很搭，一起买还能用满减。', 'tj'],
  ['cn-usage-guide', '售前咨询', '使用方法', '使用前请先阅读说明书，首次使用建议先充电两小时。', 'syff'],
  ['cn-shelf-life', '售前咨询', '保质期', '食品类商品的保质期都印在包装上，我们发出的都是近期生产的新货。', 'bzq'],
  ['cn-warranty', '售前咨询', '保修政策', '电器类商品享受一年保修，非人为损坏免费维修。', 'bx', ['保修']],
  ['cn-compare', '售前咨询', '两款区别', '这两款主要区别在于容量和颜色，功能是一样的。', 'qb'],
  ['cn-washing', '售前咨询', '洗涤说明', '建议冷水手洗，不要暴晒和漂白，这样不容易变形褪色。', 'xd'],
  ['cn-pre-sale', '售前咨询', '预售说明', '这是预售商品，付款后十五天内发货，介意请慎拍。', 'ys', ['预售']],
  ['cn-price-protect', '售前咨询', '价格保护', '下单后七天内如果降价，可以联系客服申请退差价。', 'jb', ['价保']],
  ['cn-sample', '售前咨询', '试用装', '下单就送同系列试用装，先试用觉得合适再拆正装。', 'syz'],
  // 优惠活动
  ['cn-coupon-use', '优惠活动', '优惠券使用说明', '下单结算时在优惠券一栏选择可用的券，系统会自动抵扣。', 'yhq', ['优惠券']],
  ['cn-coupon-expired', '优惠活动', '优惠券过期', '很抱歉，过期的优惠券无法恢复，您可以关注店铺领取新的券。', 'gq', ['优惠券']],
  ['cn-full-reduction', '优惠活动', '满减活动', '店铺现在满199减30，多件商品可以一起凑单。', 'mj', ['活动']],
  ['cn-double11', '优惠活动', '双十一活动', '双十一当天前一小时下单享受额外九折，记得提前加购哦。', 'sse', ['大促']],
  ['cn-member-discount', '优惠活动', '会员折扣', '成为店铺会员可享受九五折，生日当月还有专属礼券。', 'hy2', ['会员']],
  ['cn-bargain', '优惠活动', '议价回复', '亲，我们的价格已经是活动价了，没办法再便宜，不过可以送您一份小礼品。', 'yj'],
  ['cn-gift-with-purchase', '优惠活动', '赠品说明', '满两件送同款收纳袋，赠品随主商品一起发出，数量有限送完即止。', 'zpsm', ['赠品']],
  ['cn-points', '优惠活动', '积分兑换', '购物积分可以在会员中心兑换优惠券，一百积分抵一元。', 'jf', ['会员']],
  ['cn-new-customer', '优惠活动', '新人专享', '新客户首单立减十元，在领券中心领取新人券即可。', 'xr'],
  ['cn-coupon-stack', '优惠活动', '优惠叠加规则', '店铺优惠券和平台满减可以叠加使用，但同类优惠券每单只能用一张。', 'dj', ['优惠券']],
  // 订单处理
  ['cn-change-address', '订单处理', '修改收货地址', '亲，订单还没发货的话可以修改地址，请把新地址发给我，我帮您备注。', 'dz', ['地址']],
  ['cn-address-shipped', '订单处理', '已发货无法改地址', '抱歉，包裹已经发出，地址无法修改了，您可以联系快递员改派。', 'dz2', ['地址']],
  ['cn-confirm-address', '订单处理', '核对地址', '亲，麻烦核对一下收货人、电话和地址是否正确，确认无误我们就安排发货。', 'hd', ['地址']],
  ['cn-cancel-order', '订单处理', '取消订单', '未发货的订单可以直接在订单页申请取消，款项会原路退回。', 'qx'],
  ['cn-change-spec', '订单处理', '修改颜色尺码', '还没发货可以帮您改颜色和尺码，请告诉我要改成哪一个。', 'gcm'],
  ['cn-merge-order', '订单处理', '合并发货', '同一个地址的多个订单我们会合并成一个包裹发出。', 'hb'],
  ['cn-order-remark', '订单处理', '订单备注', '您的要求我已经备注在订单上了，仓库发货时会看到。', 'bz'],
  ['cn-invoice', '订单处理', '开具发票', '需要发票的话请提供抬头和税号，电子发票会在发货后三天内开出。', 'fp', ['发票']],
  ['cn-invoice-change', '订单处理', '发票重开', '发票信息有误可以申请重开，请把正确的抬头和税号发给我。', 'cfp', ['发票']],
  ['cn-order-not-found', '订单处理', '查不到订单', '亲，麻烦提供一下订单号或者下单手机号，我帮您查询。', 'ddh'],
  ['cn-out-of-stock-order', '订单处理', '缺货处理', '非常抱歉，您拍的颜色临时缺货，可以换一个颜色或者帮您退款。', 'qh'],
  ['cn-urge-payment', '订单处理', '催付款', '亲，您的订单还没付款哦，库存紧张，付款后我们马上安排发货。', 'cf'],
  ['cn-payment-reminder-time', '订单处理', '未付款自动关闭', '订单拍下后二十四小时未付款会自动关闭，需要的话请尽快付款。', 'gb'],
  // 物流快递
  ['cn-ship-time', '物流快递', '发货时间', '亲，现货商品付款后四十八小时内发货，预售商品按页面时间发货。', 'fh', ['发货']],
  ['cn-courier-choice', '物流快递', '默认快递', '我们默认发中通和圆通，需要顺丰的话要补运费差价。', 'kd', ['快递']],
  ['cn-sf-express', '物流快递', '顺丰到付', '可以发顺丰到付，运费由您签收时支付。', 'sf', ['快递']],
  ['cn-tracking', '物流快递', '查询物流', '您可以在订单详情里查看物流信息，也可以把单号发给我帮您查。', 'wl', ['物流']],
  ['cn-no-update', '物流快递', '物流长时间不更新', '物流几天没更新可能是中转滞留，我马上联系快递公司帮您催一下。', 'wlgx', ['物流']],
  ['cn-delay-apology', '物流快递', '延迟发货致歉', '真的很抱歉，因为订单量太大发货延迟了，我们会优先为您安排。', 'yc', ['发货']],
  ['cn-remote-area', '物流快递', '偏远地区运费', '新疆、西藏等偏远地区需要补邮费，具体金额以下单页面为准。', 'py'],
  ['cn-free-shipping', '物流快递', '包邮说明', '全店满八十八元包邮，偏远地区除外。', 'by', ['运费']],
  ['cn-package-lost', '物流快递', '包裹丢失', '包裹丢失我们会先为您补发或退款，再由我们和快递公司处理。', 'ds', ['物流']],
  ['cn-signed-not-received', '物流快递', '显示签收未收到', '显示已签收但您没收到的话，先问问门卫和快递柜，我们也同步联系快递员。', 'qs', ['物流']],
  ['cn-express-pickup', '物流快递', '自提点取件', '包裹放在了驿站，凭取件码就能领取，超过三天未取会退回。', 'qj'],
  ['cn-split-package', '物流快递', '分开发货', '您的商品在不同仓库，所以会分成两个包裹发出，请注意查收。', 'fk'],
  ['cn-overseas', '物流快递', '海外配送', '目前只支持发往中国大陆，港澳台及海外暂不支持配送。', 'hw'],
  ['cn-delivery-days', '物流快递', '几天能到', '一般发货后两到四天送达，偏远地区会慢一些。', 'jt', ['时效']],
  ['cn-freight-insurance', '售后服务', '运费险说明', '您的订单带有运费险，退货后保险公司会把运费赔付到您的账户。', 'yfx', ['运费险']],
  // 售后服务
  ['cn-refund-process', '售后服务', '退款流程', '在订单页点击申请退款，选择原因并提交，我们审核后款项原路退回。', 'tk', ['退款']],
  ['cn-refund-progress', '售后服务', '退款进度查询', '您的退款已经同意了，一般一到三个工作日到账，请留意支付宝通知。', 'tkjd', ['退款']],
  ['cn-refund-arrival', '售后服务', '退款到账时间', '退款原路返回，银行卡最长需要七个工作日，余额支付当天到账。', 'dzsj', ['退款']],
  ['cn-return-policy', '售后服务', '七天无理由退货', '商品签收后七天内，不影响二次销售的情况下支持无理由退货。', 'wly', ['退货']],
  ['cn-return-address', '售后服务', '退货地址', '退货请寄到：浙江省杭州市余杭区仓储中心售后组，请勿发到付。', 'thdz', ['退货', '地址']],
  ['cn-return-steps', '售后服务', '退货步骤', '先在订单里申请退货，审核通过后寄回并填写快递单号。', 'th', ['退货']],
  ['cn-exchange', '售后服务', '换货流程', '尺码不合适可以换货，请申请换货并寄回，我们收到后重新发出。', 'hh', ['换货']],
  ['cn-quality-issue', '售后服务', '质量问题处理', '非常抱歉给您带来不便，麻烦拍一下问题部位的照片，我们核实后为您处理。', 'zl', ['质量']],
  ['cn-damaged', '售后服务', '商品破损', '收到商品破损真的很抱歉，请拍照发给我，我们为您补发或退款。', 'ps'],
  ['cn-missing-item', '售后服务', '少发漏发', '亲，少发的商品我们核实后会尽快给您补发，麻烦提供一下包裹照片。', 'lf'],
  ['cn-wrong-item', '售后服务', '发错货', '发错货是我们的失误，非常抱歉，我们承担来回运费帮您换成正确的商品。', 'fch'],
  ['cn-repair', '售后服务', '维修申请', '保修期内出现故障可以寄回维修，维修好后我们包邮寄回给您。', 'wx', ['保修']],
  ['cn-refund-only', '售后服务', '仅退款', '未收到货或者拒收的情况可以申请仅退款，不需要退回商品。', 'jtk', ['退款']],
  ['cn-partial-refund', '售后服务', '部分退款', '小瑕疵不影响使用的话，我们可以给您部分退款作为补偿。', 'bftk', ['退款']],
  ['cn-return-shipping-fee', '售后服务', '退货运费谁出', '质量问题的退货运费由我们承担，非质量问题需要您承担寄回运费。', 'yf', ['运费']],
  ['cn-refund-rejected', '售后服务', '退款被拒原因', '您的退款申请因为商品已经使用被驳回，如有疑问可以提供照片重新申请。', 'bj', ['退款']],
  ['cn-after-sales-hours', '售后服务', '售后处理时效', '售后申请我们会在二十四小时内处理，请耐心等待。', 'sh'],
  ['cn-installation', '售后服务', '安装指导', '安装视频在详情页最下方，也可以预约师傅上门安装。', 'az'],
  // 投诉安抚
  ['cn-apology', '投诉安抚', '道歉安抚', '非常理解您现在的心情，这件事是我们做得不好，我一定帮您处理到底。', 'dq', ['安抚']],
  ['cn-compensation', '投诉安抚', '补偿方案', '为了表达歉意，我们给您申请了一张二十元无门槛优惠券。', 'bc', ['安抚']],
  ['cn-escalate', '投诉安抚', '升级主管处理', '您的问题我已经反馈给主管，主管会在今天之内联系您。', 'zg'],
  ['cn-calm-down', '投诉安抚', '请客户消气', '亲，先别着急，我们一起把问题解决好，您看这样处理可以吗？', 'xq', ['安抚']],
  ['cn-bad-review', '投诉安抚', '差评沟通', '看到您给了差评，我们很重视，想了解一下具体哪里让您不满意。', 'cp', ['评价']],
  ['cn-complaint-record', '投诉安抚', '投诉已登记', '您反映的问题已经登记，处理结果会通过短信通知您。', 'ts'],
  // 支付问题
  ['cn-payment-methods', '支付问题', '支付方式', '支持支付宝、微信、花呗和信用卡支付。', 'zf', ['支付']],
  ['cn-installment', '支付问题', '花呗分期', '满三百元可以使用花呗分期，三期免息。', 'fq', ['支付']],
  ['cn-payment-failed', '支付问题', '付款失败', '付款失败可能是网络或银行卡限额的问题，换一张卡或者稍后再试试。', 'fksb', ['支付']],
  ['cn-paid-twice', '支付问题', '重复付款', '系统检测到重复付款的话会在二十四小时内自动退回多付的金额。', 'cffk', ['支付']],
  ['cn-pay-on-behalf', '支付问题', '找人代付', '下单时选择找朋友帮忙付，把链接发给对方就可以代付。', 'df'],
  // 商品说明（电子）
  ['cn-battery', '商品说明', '电池续航', '充满电可以连续使用八小时左右，待机可以一周。', 'xh'],
  ['cn-charger', '商品说明', '充电器规格', '标配五伏二安充电头，支持快充协议。', 'cdq'],
  ['cn-compatible', '商品说明', '型号兼容', '这款配件兼容大部分主流手机型号，具体可以发型号给我确认。', 'jr'],
  ['cn-capacity', '商品说明', '容量规格', '这款保温杯容量五百毫升，保温十二小时。', 'rl'],
  ['cn-allergy', '商品说明', '敏感肌适用', '这款护肤品成分温和，敏感肌也可以用，建议先在耳后试用。', 'mg'],
  ['cn-expiry-cosmetics', '商品说明', '化妆品保质期', '未开封保质期三年，开封后建议一年内用完。', 'hzp'],
  ['cn-pet-food', '商品说明', '宠物粮适用年龄', '这款猫粮适合一岁以上成猫，幼猫建议选择幼猫粮。', 'cw'],
  ['cn-food-storage', '商品说明', '食品储存方法', '开封后请密封冷藏，尽快食用。', 'cc'],
  ['cn-furniture-size', '商品说明', '家具尺寸', '这款书桌长一米二，宽六十厘米，高七十五厘米。', 'cc2'],
  ['cn-voltage', '商品说明', '电压说明', '这款电器适用220伏电压，出国使用需要转换插头。', 'dy'],
];

const ZH_TW: Row[] = [
  ['tw-welcome', '問候', '歡迎詞', '您好，歡迎光臨本店，請問有什麼可以為您服務的呢？', 'hyc', ['開場']],
  ['tw-goodbye', '問候', '結束感謝', '感謝您的詢問，祝您有美好的一天，有任何問題歡迎再聯絡我們。', 'jsgx'],
  ['tw-wait', '問候', '請稍候', '不好意思，正在為您查詢，請稍候片刻。', 'qsh'],
  ['tw-line-contact', '問候', '加入官方帳號', '歡迎加入我們的官方帳號，會不定期推出會員限定優惠。', 'line'],
  ['tw-shipping-time', '物流配送', '出貨時間', '現貨商品付款後兩個工作天內出貨，週末及假日不出貨。', 'chsj', ['出貨']],
  ['tw-convenience-store', '物流配送', '超商取貨', '可以選擇超商取貨付款，到店後七天內取件，逾期將退回。', 'csqh', ['取貨']],
  ['tw-home-delivery', '物流配送', '宅配到府', '宅配約一到三個工作天送達，配送前司機會先電話聯絡。', 'zp2', ['配送']],
  ['tw-shipping-fee', '物流配送', '運費說明', '單筆訂單滿一千元免運費，未滿則酌收六十元運費。', 'yfsm', ['運費']],
  ['tw-tracking', '物流配送', '查詢貨態', '出貨後會寄送物流單號簡訊，可到物流官網查詢貨態。', 'cxht', ['物流']],
  ['tw-outlying', '物流配送', '離島配送', '離島地區配送時間較長，運費需另外計算。', 'ld'],
  ['tw-pre-order', '售前諮詢', '預購商品', '預購商品約十四個工作天出貨，與現貨一起下單會等預購到齊再一起寄出。', 'ygsp', ['預購']],
  ['tw-size', '售前諮詢', '尺寸建議', '請提供您的身高體重，我們會給您尺寸建議。', 'ccjy', ['尺寸']],
  ['tw-stock', '售前諮詢', '庫存查詢', '頁面可下單即代表有現貨，售完會顯示已售完。', 'kc'],
  ['tw-fabric', '售前諮詢', '布料材質', '這款是天絲棉布料，觸感滑順，洗後不易起毛球。', 'bl'],
  ['tw-authentic', '售前諮詢', '正品保證', '本店商品皆為原廠公司貨，提供購買證明。', 'zpbz'],
  ['tw-gift', '售前諮詢', '禮盒包裝', '加價五十元可以升級禮盒包裝，附贈手寫卡片。', 'lh'],
  ['tw-promo-code', '優惠活動', '折扣碼使用', '結帳時在折扣碼欄位輸入代碼，即可折抵金額。', 'zkm', ['折扣']],
  ['tw-member-points', '優惠活動', '會員點數', '每消費一百元累積一點，點數可以折抵下次購物。', 'hyds', ['會員']],
  ['tw-anniversary', '優惠活動', '週年慶活動', '週年慶全館八折，活動期間滿額再送購物金。', 'znq', ['活動']],
  ['tw-coupon', '優惠活動', '優惠券領取', '優惠券可以在會員中心領取，每人限領一次。', 'yhqlq', ['優惠券']],
  ['tw-freebie', '優惠活動', '滿額贈品', '滿一千五送保溫瓶一個，贈品數量有限，送完為止。', 'mez'],
  ['tw-return', '售後服務', '退貨申請', '商品到貨七天鑑賞期內可以申請退貨，請保持商品完整。', 'thsq', ['退貨']],
  ['tw-refund-time', '售後服務', '退款時間', '退貨確認後約七到十四個工作天退款到原付款帳戶。', 'tksj', ['退款']],
  ['tw-exchange', '售後服務', '換貨說明', '尺寸不合可以換貨一次，來回運費由我們負擔。', 'hhsm', ['換貨']],
  ['tw-defect', '售後服務', '瑕疵處理', '收到瑕疵商品非常抱歉，請拍照提供給我們，我們會盡快處理。', 'xc', ['瑕疵']],
  ['tw-invoice', '售後服務', '電子發票', '電子發票會寄到您的信箱，也可以存入手機載具。', 'dzfp', ['發票']],
  ['tw-warranty', '售後服務', '保固說明', '本產品保固一年，非人為損壞可以免費維修。', 'bg', ['保固']],
  ['tw-cancel', '售後服務', '取消訂單', '尚未出貨的訂單可以取消，已出貨則需要辦理退貨。', 'qxdd'],
  ['tw-change-address', '訂單處理', '修改收件地址', '出貨前可以修改收件地址，請提供新的地址與收件人電話。', 'xgdz', ['地址']],
  ['tw-order-status', '訂單處理', '訂單狀態查詢', '請提供訂單編號，我幫您查詢目前的處理進度。', 'ddzt'],
  ['tw-payment', '支付問題', '付款方式', '提供信用卡、ATM轉帳與貨到付款三種方式。', 'fkfs', ['付款']],
  ['tw-atm', '支付問題', 'ATM轉帳', '轉帳完成後請提供帳號末五碼，方便我們核對款項。', 'atm', ['付款']],
  ['tw-installment', '支付問題', '信用卡分期', '單筆滿三千元可以使用信用卡分期零利率。', 'xykfq', ['付款']],
  ['tw-apology', '投訴安撫', '致歉安撫', '造成您的困擾真的很抱歉，我們會負責處理到您滿意為止。', 'zq', ['安撫']],
  ['tw-delay', '物流配送', '延遲出貨致歉', '因為訂單量大出貨延遲，非常抱歉，我們會優先幫您出貨。', 'ycch', ['出貨']],
  ['tw-freight-insurance', '售後服務', '運費險理賠', '訂單有投保運費險，退貨後理賠金額會自動撥款。', 'yfxlp', ['運費險']],
  ['tw-washing', '售前諮詢', '清洗方式', '建議翻面手洗並陰乾，避免使用烘衣機。', 'qxfs'],
  ['tw-skin', '商品說明', '肌膚適用', '這款保養品適合各種膚質，敏感肌建議先局部試用。', 'jfsy'],
  ['tw-battery', '商品說明', '電池續航力', '充飽電約可使用十小時，充電時間約兩小時。', 'dcxh'],
  ['tw-restock', '售前諮詢', '補貨通知', '這款目前缺貨，可以點選貨到通知，補貨後會第一時間通知您。', 'bhtz', ['庫存']],
];

const EN: Row[] = [
  ['en-greeting', 'Greetings', 'Greeting', 'Hi there! Thanks for reaching out. How can I help you today?', 'hi', ['opening']],
  ['en-closing', 'Greetings', 'Closing', 'Thanks for chatting with us. Have a wonderful day!', 'bye', ['closing']],
  ['en-hold', 'Greetings', 'Please hold', 'Let me check that for you. It will take about two minutes.', 'hold'],
  ['en-after-hours', 'Greetings', 'After-hours reply', 'Our team is offline right now. We reply to every message first thing in the morning.', 'ah'],
  ['en-shipping-time', 'Shipping', 'Shipping time', 'Orders ship within 2 business days; delivery usually takes 3 to 5 days.', 'ship', ['shipping']],
  ['en-tracking', 'Shipping', 'Tracking number', 'Your tracking number is in the shipping confirmation email. You can also find it under My Orders.', 'trk', ['shipping']],
  ['en-international', 'Shipping', 'International shipping', 'We ship to over 40 countries. Duties and taxes are calculated at checkout.', 'intl', ['shipping']],
  ['en-express', 'Shipping', 'Express delivery', 'Express delivery arrives in 1 to 2 business days for an extra fee.', 'exp'],
  ['en-lost-package', 'Shipping', 'Lost package', 'I am sorry your package has not arrived. I have opened a claim with the carrier and will send a replacement.', 'lost'],
  ['en-delayed', 'Shipping', 'Delayed shipment', 'Your order is delayed because of high demand. Thank you for your patience; it will ship this week.', 'delay'],
  ['en-address-change', 'Orders', 'Change shipping address', 'I can update the address as long as the order has not shipped yet. Please send me the new address.', 'addr', ['address']],
  ['en-cancel', 'Orders', 'Cancel order', 'Orders can be cancelled before they ship. I have cancelled yours and the refund is on its way.', 'cxl'],
  ['en-order-status', 'Orders', 'Order status', 'Could you share your order number? I will look up the status right away.', 'os'],
  ['en-invoice', 'Orders', 'Invoice request', 'You can download the invoice from your order page, or I can email it to you.', 'inv'],
  ['en-out-of-stock', 'Orders', 'Out of stock', 'That item is out of stock at the moment. Would you like a similar one, or a full refund?', 'oos', ['stock']],
  ['en-backorder', 'Orders', 'Back in stock', 'This item will be back in stock next week. I can notify you by email as soon as it is available.', 'bis', ['stock']],
  ['en-refund-policy', 'Returns', 'Refund policy', 'Refunds go back to your original payment method within 5 to 7 business days after we receive the return.', 'rf', ['refund']],
  ['en-refund-status', 'Returns', 'Refund status', 'Your refund was issued today. Depending on your bank, it may take a few days to appear.', 'rfs', ['refund']],
  ['en-return-window', 'Returns', 'Return window', 'You can return unused items within 30 days of delivery for a full refund.', 'ret', ['returns']],
  ['en-return-label', 'Returns', 'Return label', 'I have emailed you a prepaid return label. Please drop the parcel off at any post office.', 'lbl', ['returns']],
  ['en-exchange', 'Returns', 'Exchange', 'Happy to exchange it for another size or color. Just start an exchange from your order page.', 'exch'],
  ['en-damaged', 'Returns', 'Damaged item', 'I am so sorry it arrived damaged. Could you send a photo? We will ship a replacement at no cost.', 'dmg'],
  ['en-wrong-item', 'Returns', 'Wrong item received', 'Apologies for sending the wrong item. A prepaid label is on its way, and the correct item ships today.', 'wrong'],
  ['en-warranty', 'Returns', 'Warranty claim', 'Our products carry a one-year warranty. Please send your order number and a short video of the issue.', 'war'],
  ['en-payment-methods', 'Payment', 'Payment methods', 'We accept Visa, Mastercard, PayPal and Apple Pay.', 'pay', ['payment']],
  ['en-payment-declined', 'Payment', 'Payment declined', 'Your card was declined by the bank. Please check the billing address or try another card.', 'decl', ['payment']],
  ['en-double-charge', 'Payment', 'Charged twice', 'I see two charges on your order. The duplicate is a pending authorization and will drop off within 3 days.', 'dbl', ['payment']],
  ['en-installments', 'Payment', 'Pay in installments', 'You can split the payment into four interest-free installments at checkout.', 'inst', ['payment']],
  ['en-discount-code', 'Promotions', 'Discount code not working', 'Discount codes cannot be combined with sale items. Let me check the code for you.', 'code', ['discount']],
  ['en-coupon', 'Promotions', 'Welcome coupon', 'New customers get 10% off their first order with the welcome coupon.', 'wc', ['discount']],
  ['en-price-match', 'Promotions', 'Price match', 'We match the price of authorized retailers within 14 days of purchase.', 'pm'],
  ['en-free-shipping', 'Promotions', 'Free shipping threshold', 'Shipping is free on orders over $50.', 'fs', ['shipping']],
  ['en-loyalty', 'Promotions', 'Loyalty points', 'You earn one point per dollar spent; 100 points equal a $5 reward.', 'pts'],
  ['en-size-guide', 'Product', 'Size guide', 'Our size guide is on every product page. If you are between sizes, we suggest sizing up.', 'size', ['sizing']],
  ['en-material', 'Product', 'Material and care', 'This shirt is 100% organic cotton. Machine wash cold and tumble dry low.', 'care'],
  ['en-compatibility', 'Product', 'Device compatibility', 'This case fits the 6.1-inch model only. Please check your phone model before ordering.', 'compat'],
  ['en-battery', 'Product', 'Battery life', 'A full charge lasts about ten hours of continuous use.', 'batt'],
  ['en-gift-card', 'Promotions', 'Gift cards', 'Gift cards are delivered by email and never expire.', 'gift'],
  ['en-escalate', 'Complaints', 'Escalate to supervisor', 'I understand your frustration. I have escalated this to my supervisor, who will contact you within 24 hours.', 'esc'],
  ['en-apology', 'Complaints', 'Apology', 'I am truly sorry for the trouble this has caused. Let me make it right.', 'sorry', ['empathy']],
  ['en-feedback', 'Complaints', 'Ask for feedback', 'Thank you for your feedback. It helps us improve our service.', 'fb'],
  ['en-review', 'Greetings', 'Review request', 'If you enjoyed your purchase, we would love a quick review.', 'rev'],
];

function toPhrases(rows: Row[], locale: 'zh-CN' | 'zh-TW' | 'en'): CorpusPhrase[] {
  return rows.map(([id, group, title, text, shortcut, tags], i) => ({
    id,
    group,
    title,
    text,
    shortcut,
    tags: tags ?? [],
    locale,
    // Deterministic, varied habits so ranking ties are broken the way an agent's own use would.
    usageCount: (i * 7) % 23,
    lastUsedAt: i % 3 === 0 ? CORPUS_NOW - ((i * 5) % 40) * DAY : null,
    pinned: false,
  }));
}

export interface CorpusPhrase extends PhraseInput {
  locale: 'zh-CN' | 'zh-TW' | 'en';
  tags: string[];
}

export const CORPUS: readonly CorpusPhrase[] = [...toPhrases(ZH_CN, 'zh-CN'), ...toPhrases(ZH_TW, 'zh-TW'), ...toPhrases(EN, 'en')];

export type QueryCategory = 'pinyin' | 'initials' | 'traditional' | 'typo' | 'multi-word' | 'english' | 'shortcut' | 'chinese';

export interface LabelledQuery {
  query: string;
  category: QueryCategory;
  /** Ids of the phrases an agent typing this wants; any of them first counts as a hit. */
  expect: string[];
}

const q = (category: QueryCategory, query: string, ...expect: string[]): LabelledQuery => ({ query, category, expect });

const REFUND_TITLES = ['cn-refund-process', 'cn-refund-progress', 'cn-refund-arrival', 'cn-refund-only', 'cn-partial-refund', 'cn-refund-rejected', 'tw-refund-time'];
const FREIGHT_INSURANCE = ['cn-freight-insurance', 'tw-freight-insurance'];
const CHANGE_ADDRESS = ['cn-change-address', 'tw-change-address'];
const INVOICE = ['cn-invoice', 'cn-invoice-change', 'tw-invoice'];

/** Written before tuning the ranking; what agents type, often 2–6 keystrokes. */
export const LABELLED_QUERIES: readonly LabelledQuery[] = [
  // Full pinyin, mixed pinyin and characters, spaces optional, any case.
  q('pinyin', 'tuikuan', ...REFUND_TITLES),
  q('pinyin', 'tuikuanjindu', 'cn-refund-progress'),
  q('pinyin', 'tuikuanliucheng', 'cn-refund-process'),
  q('pinyin', 'yunfeixian', ...FREIGHT_INSURANCE),
  q('pinyin', 'youhuiquanguoqi', 'cn-coupon-expired'),
  q('pinyin', 'fahuoshijian', 'cn-ship-time'),
  q('pinyin', 'xiugaidizhi', ...CHANGE_ADDRESS),
  q('pinyin', 'tui款进度', 'cn-refund-progress'),
  q('pinyin', 'chicun', 'tw-size', 'cn-furniture-size'),
  q('pinyin', 'chima', 'cn-size-advice', 'cn-size-chart'),
  q('pinyin', 'wuliu', 'cn-tracking', 'cn-no-update'),
  q('pinyin', 'baoyou', 'cn-free-shipping'),
  q('pinyin', 'huanhuo', 'cn-exchange', 'tw-exchange'),
  q('pinyin', 'fapiao', ...INVOICE),
  q('pinyin', 'shunfeng', 'cn-sf-express'),
  q('pinyin', 'huabei', 'cn-installment'),
  q('pinyin', 'zhengpin', 'cn-authentic', 'tw-authentic'),
  q('pinyin', 'chaping', 'cn-bad-review'),
  q('pinyin', 'zhuguan', 'cn-escalate'),
  q('pinyin', 'buhuo', 'cn-restock', 'tw-restock'),
  q('pinyin', 'baozhiqi', 'cn-shelf-life', 'cn-expiry-cosmetics'),
  q('pinyin', 'man jian', 'cn-full-reduction'),
  q('pinyin', 'qu消订单', 'cn-cancel-order', 'tw-cancel'),
  q('pinyin', 'ShunFeng', 'cn-sf-express'),
  q('pinyin', 'jifen', 'cn-points'),
  q('pinyin', 'chaoshang', 'tw-convenience-store'),
  q('pinyin', 'zhaiPei', 'tw-home-delivery'),
  q('pinyin', 'tuihuodizhi', 'cn-return-address'),
  q('pinyin', 'pianyuan', 'cn-remote-area'),
  q('pinyin', 'lipin', 'cn-gift-wrap'),
  // Half-typed: what is on screen after 2–4 keystrokes.
  q('pinyin', 'tuik', ...REFUND_TITLES),
  q('pinyin', 'yunf', ...FREIGHT_INSURANCE, 'tw-shipping-fee'),
  q('pinyin', 'xiug', ...CHANGE_ADDRESS, 'cn-change-spec'),
  q('pinyin', 'shouh', 'cn-after-sales-hours'),
  q('pinyin', 'huany', 'cn-welcome', 'tw-welcome'),
  q('pinyin', 'daoq', 'cn-apology'),
  q('initials', 'tkj', 'cn-refund-progress'),
  q('initials', 'thd', 'cn-return-address'),
  q('initials', 'yfxl', 'tw-freight-insurance'),
  q('english', 'refu', 'en-refund-policy', 'en-refund-status'),
  q('english', 'ship', 'en-shipping-time'),
  q('english', 'canc', 'en-cancel'),
  q('chinese', '退货地', 'cn-return-address'),
  q('chinese', '优惠', 'cn-coupon-use', 'cn-coupon-expired', 'cn-coupon-stack', 'tw-coupon'),
  q('chinese', '物', 'cn-tracking', 'cn-no-update'),
  // Initials of the title (not the phrase's shortcut).
  q('initials', 'tklc', 'cn-refund-process'),
  q('initials', 'fhsj', 'cn-ship-time'),
  q('initials', 'yhqsy', 'cn-coupon-use'),
  q('initials', 'yfxsm', 'cn-freight-insurance'),
  q('initials', 'thbz', 'cn-return-steps'),
  q('initials', 'hhlc', 'cn-exchange'),
  q('initials', 'zlwt', 'cn-quality-issue'),
  q('initials', 'spps', 'cn-damaged'),
  q('initials', 'qxdd', 'cn-cancel-order', 'tw-cancel'),
  q('initials', 'cxwl', 'cn-tracking'),
  q('initials', 'mjhd', 'cn-full-reduction'),
  q('initials', 'hyzk', 'cn-member-discount'),
  q('initials', 'qtwly', 'cn-return-policy'),
  q('initials', 'zffs', 'cn-payment-methods'),
  q('initials', 'hbfq', 'cn-installment'),
  q('initials', 'sjzg', 'cn-escalate'),
  q('initials', 'cpgt', 'cn-bad-review'),
  q('initials', 'dqaf', 'cn-apology'),
  q('initials', 'bcfa', 'cn-compensation'),
  q('initials', 'zpdf', 'tw-home-delivery'),
  q('initials', 'zkmsy', 'tw-promo-code'),
  q('initials', 'cmtj', 'cn-size-advice'),
  q('initials', 'xdsm', 'cn-washing'),
  q('initials', 'bgx', 'cn-no-update'),
  q('initials', 'tkdz', 'cn-refund-arrival'),
  q('initials', 'jtnd', 'cn-delivery-days'),
  q('initials', 'tkbj', 'cn-refund-rejected'),
  // Traditional query → Simplified phrase, and the other way round.
  q('traditional', '運費險', ...FREIGHT_INSURANCE),
  q('traditional', '退款進度', 'cn-refund-progress'),
  q('traditional', '優惠券過期', 'cn-coupon-expired'),
  q('traditional', '發貨時間', 'cn-ship-time'),
  q('traditional', '換貨', 'cn-exchange', 'tw-exchange'),
  q('traditional', '質量問題', 'cn-quality-issue'),
  q('traditional', '滿減', 'cn-full-reduction'),
  q('traditional', '順豐', 'cn-sf-express'),
  q('traditional', '發票', ...INVOICE),
  q('traditional', '修改地址', ...CHANGE_ADDRESS),
  q('traditional', '超商取货', 'tw-convenience-store'),
  q('traditional', '折扣码', 'tw-promo-code'),
  q('traditional', '周年庆', 'tw-anniversary'),
  q('traditional', '会员点数', 'tw-member-points'),
  q('traditional', '电子发票', 'tw-invoice'),
  q('traditional', '离岛', 'tw-outlying'),
  q('traditional', '保固', 'tw-warranty'),
  q('traditional', '预购', 'tw-pre-order'),
  q('traditional', '库存查询', 'tw-stock'),
  q('traditional', '禮品包裝', 'cn-gift-wrap'),
  q('traditional', '補貨', 'cn-restock', 'tw-restock'),
  q('traditional', '宅配', 'tw-home-delivery'),
  // Typos: same-sound characters, dropped and swapped characters, English misspellings.
  q('typo', '退宽流程', 'cn-refund-process'),
  q('typo', '优惠卷使用', 'cn-coupon-use'),
  q('typo', '运费线', ...FREIGHT_INSURANCE),
  q('typo', '发或时间', 'cn-ship-time'),
  q('typo', '退款进读', 'cn-refund-progress'),
  q('typo', '换货留程', 'cn-exchange'),
  q('typo', '尺码推见', 'cn-size-advice'),
  q('typo', '包油', 'cn-free-shipping'),
  q('typo', '顺风', 'cn-sf-express'),
  q('typo', '质量问提', 'cn-quality-issue'),
  q('typo', '退流程', 'cn-refund-process'),
  q('typo', '优惠使用', 'cn-coupon-use'),
  q('typo', '款退进度', 'cn-refund-progress'),
  q('typo', '址地修改', ...CHANGE_ADDRESS),
  q('typo', '运险费', ...FREIGHT_INSURANCE),
  q('typo', '电池续杭', 'cn-battery', 'tw-battery'),
  q('typo', '发漂', ...INVOICE),
  q('typo', 'refnud', 'en-refund-policy', 'en-refund-status'),
  q('typo', 'shiping time', 'en-shipping-time'),
  q('typo', 'adress', 'en-address-change'),
  q('typo', 'tracking numbr', 'en-tracking'),
  q('typo', 'warrenty', 'en-warranty'),
  q('typo', 'cancle order', 'en-cancel'),
  q('typo', 'exchnage', 'en-exchange'),
  q('typo', 'delivry', 'en-express'),
  q('typo', 'instalments', 'en-installments'),
  q('typo', 'compatability', 'en-compatibility'),
  // Several words, any order.
  q('multi-word', '修改 地址', ...CHANGE_ADDRESS),
  q('multi-word', '地址 修改', ...CHANGE_ADDRESS),
  q('multi-word', '退款 到账', 'cn-refund-arrival'),
  q('multi-word', '到账 退款', 'cn-refund-arrival'),
  q('multi-word', '优惠券 过期', 'cn-coupon-expired'),
  q('multi-word', '物流 不更新', 'cn-no-update'),
  q('multi-word', '发票 重开', 'cn-invoice-change'),
  q('multi-word', '退货 地址', 'cn-return-address'),
  q('multi-word', '地址 退货', 'cn-return-address'),
  q('multi-word', '快递 顺丰', 'cn-sf-express'),
  q('multi-word', '会员 折扣', 'cn-member-discount'),
  q('multi-word', '花呗 分期', 'cn-installment'),
  q('multi-word', '分期 信用卡', 'tw-installment'),
  q('multi-word', 'tk jd', 'cn-refund-progress'),
  q('multi-word', 'return label', 'en-return-label'),
  q('multi-word', 'refund status', 'en-refund-status'),
  q('multi-word', 'payment declined', 'en-payment-declined'),
  q('multi-word', 'card declined', 'en-payment-declined'),
  q('multi-word', 'price match', 'en-price-match'),
  q('multi-word', 'address shipping change', 'en-address-change'),
  q('multi-word', '包裹 丢失', 'cn-package-lost'),
  q('multi-word', '签收 没收到', 'cn-signed-not-received'),
  // English words and prefixes.
  q('english', 'refund pol', 'en-refund-policy'),
  q('english', 'track', 'en-tracking'),
  q('english', 'intern', 'en-international'),
  q('english', 'lost pack', 'en-lost-package'),
  q('english', 'damag', 'en-damaged'),
  q('english', 'wrong item', 'en-wrong-item'),
  q('english', 'gift card', 'en-gift-card'),
  q('english', 'loyal', 'en-loyalty'),
  q('english', 'sizing', 'en-size-guide'),
  q('english', 'battery', 'en-battery'),
  q('english', 'supervisor', 'en-escalate'),
  q('english', 'escal', 'en-escalate'),
  q('english', 'PayPal', 'en-payment-methods'),
  q('english', 'apple pay', 'en-payment-methods'),
  q('english', 'discount code', 'en-discount-code'),
  q('english', 'welcome', 'en-coupon'),
  q('english', 'back in stock', 'en-backorder'),
  q('english', 'out of st', 'en-out-of-stock'),
  q('english', 'invoice', 'en-invoice'),
  q('english', 'express', 'en-express'),
  q('english', 'ATM', 'tw-atm'),
  q('english', 'cotton', 'en-material'),
  q('english', 'duties', 'en-international'),
  q('english', 'free ship', 'en-free-shipping'),
  q('english', 'after hours', 'en-after-hours'),
  q('english', 'charged twice', 'en-double-charge'),
  q('english', 'return win', 'en-return-window'),
  // Shortcut codes typed exactly.
  q('shortcut', 'wl', 'cn-tracking'),
  q('shortcut', 'tk', 'cn-refund-process'),
  q('shortcut', 'yhq', 'cn-coupon-use'),
  q('shortcut', 'hy', 'cn-welcome'),
  q('shortcut', 'fh', 'cn-ship-time'),
  q('shortcut', 'yfx', 'cn-freight-insurance'),
  q('shortcut', 'dz', 'cn-change-address'),
  q('shortcut', 'sf', 'cn-sf-express'),
  q('shortcut', 'rf', 'en-refund-policy'),
  q('shortcut', 'trk', 'en-tracking'),
  q('shortcut', 'csqh', 'tw-convenience-store'),
  q('shortcut', 'hp', 'cn-good-review'),
  q('shortcut', 'js', 'cn-goodbye'),
  q('shortcut', 'bye', 'en-closing'),
  q('shortcut', 'YHQ', 'cn-coupon-use'),
  q('shortcut', 'atm', 'tw-atm'),
  q('shortcut', 'xykfq', 'tw-installment'),
  q('shortcut', 'tkjd', 'cn-refund-progress'),
  // Plain Chinese, in titles, texts, groups and tags.
  q('chinese', '退货步骤', 'cn-return-steps'),
  q('chinese', '少发', 'cn-missing-item'),
  q('chinese', '发错', 'cn-wrong-item'),
  q('chinese', '破损', 'cn-damaged'),
  q('chinese', '驿站', 'cn-express-pickup'),
  q('chinese', '降价', 'cn-price-protect'),
  q('chinese', '门卫', 'cn-signed-not-received'),
  q('chinese', '断货', 'cn-restock'),
  q('chinese', '纯棉', 'cn-material'),
  q('chinese', '保温杯', 'cn-capacity'),
  q('chinese', '猫粮', 'cn-pet-food'),
  q('chinese', '色差', 'cn-color-diff'),
  q('chinese', '预售', 'cn-pre-sale'),
  q('chinese', '双十一', 'cn-double11'),
  q('chinese', '新人', 'cn-new-customer'),
  q('chinese', '叠加', 'cn-coupon-stack'),
  q('chinese', '转接', 'cn-transfer-colleague'),
  q('chinese', '维修', 'cn-repair'),
  q('chinese', '敏感肌', 'cn-allergy'),
  q('chinese', '安装', 'cn-installation'),
  q('chinese', '税号', 'cn-invoice', 'cn-invoice-change'),
  q('chinese', '分开发货', 'cn-split-package'),
  q('chinese', '合并', 'cn-merge-order'),
];

export interface CategoryScore {
  category: QueryCategory | 'overall';
  total: number;
  top1: number;
  top3: number;
  misses: { query: string; expect: string[]; got: string[] }[];
}

/** Top-1 / top-3 of a ranking function (query → ids, best first) per category and overall. */
export function scoreQueries(rank: (query: string) => readonly string[], queries: readonly LabelledQuery[] = LABELLED_QUERIES): CategoryScore[] {
  const rows = new Map<CategoryScore['category'], CategoryScore>();
  const row = (category: CategoryScore['category']): CategoryScore => {
    let r = rows.get(category);
    if (!r) rows.set(category, (r = { category, total: 0, top1: 0, top3: 0, misses: [] }));
    return r;
  };
  for (const lq of queries) {
    const got = rank(lq.query).slice(0, 3);
    const first = got[0] !== undefined && lq.expect.includes(got[0]);
    const inTop3 = got.some((id) => lq.expect.includes(id));
    for (const r of [row(lq.category), row('overall')]) {
      r.total++;
      if (first) r.top1++;
      if (inTop3) r.top3++;
      if (!first && r.category !== 'overall') r.misses.push({ query: lq.query, expect: lq.expect, got });
    }
  }
  const overall = row('overall');
  rows.delete('overall');
  return [...rows.values(), overall];
}
