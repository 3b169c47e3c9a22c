// English tone rules: curt replies and openers, blunt notices, "but" / "however" after praise or agreement, vague
// facts. Data only.
import type { ToneRule } from '../../utils/tone/schema';
import { EN_AGREE } from './lexicon';

/** Start of the draft or of a sentence. */
const SENTENCE = String.raw`(?:^|(?<=[.!?]\s{0,3}))\s*`;

export const enToneRules: ToneRule[] = [
  {
    id: 'en-curt-only',
    lang: 'en',
    category: 'curt',
    severity: 'warning',
    rewrite: 'safe',
    ignoreCase: true,
    patterns: [String.raw`(?<=^\s*)(?:k+|kk|ok|okay|fine|whatever|noted|no|nope|nah|hmm+|meh|lol|(?:ha){2,}|sure|yep|yup|got\s+it)(?=[\s.!~]*$)`],
    suggestions: ['Sure, no problem :)'],
    message: {
      'zh-CN': '只回一个词显得敷衍，换成完整客气的一句话',
      'zh-TW': '只回一個詞顯得敷衍，換成完整客氣的一句話',
      en: 'A one-word reply reads as a brush-off; answer with a full, friendly sentence',
    },
    note: 'Seed 004 §六 and §八: 「恩」 is curt, 「好的没问题:)」 is warm; avoid bare 嗯嗯 / 哈哈.',
    examples: { match: ['ok', 'k', 'Whatever', 'Nope.'], noMatch: ['Sure, no problem :)', 'OK, I have updated your address.'] },
  },
  {
    id: 'en-curt-opener-no',
    lang: 'en',
    category: 'curt',
    severity: 'warning',
    ignoreCase: true,
    patterns: [String.raw`(?<=^\s*)(?:no|nope|nah)(?=\s*[.,!;]+\s*\S)`],
    exceptions: [String.raw`^\s*no[.,]?\s*\d`, String.raw`^\s*no[,.!]?\s+(?:problem|worries|need|rush|worry)\b`],
    suggestions: ["I'm sorry"],
    message: {
      'zh-CN': '以“No.”开头像是一口回绝：先致歉，再说明原因',
      'zh-TW': '以「No.」開頭像是一口回絕：先致歉，再說明原因',
      en: 'Opening with "No." sounds like a slammed door; apologise first, then explain',
    },
    note: 'Seed 004 §六: 「不行」 is curt, 「真的不好意思哦」 carries warmth; seed 000: open a refusal with an apology.',
    examples: { match: ['No. We only ship on weekdays.', 'Nope, that colour is gone.'], noMatch: ['No problem, I will send it today.', 'No. 3 is the sand colour.'] },
  },
  {
    id: 'en-curt-opener',
    lang: 'en',
    category: 'curt',
    severity: 'warning',
    ignoreCase: true,
    patterns: [
      String.raw`(?<=^\s*)(?:whatever|fine|k+|meh|ugh|duh|look|listen|hmm+|sigh|geez|jeez)(?=\s*[.,!;]+\s*\S)`,
      String.raw`(?<=^\s*)(?:ok|okay)(?=\s*\.{1,3}\s*\S)`,
    ],
    exceptions: [String.raw`^\s*fine\s+(?:knit|mesh|print|gold|silver|line|art)\b`],
    suggestions: [],
    message: {
      'zh-CN': '以“Whatever”“Fine.”开头显得不耐烦：去掉它，从称呼或正事开始',
      'zh-TW': '以「Whatever」「Fine.」開頭顯得不耐煩：去掉它，從稱呼或正事開始',
      en: 'Opening with "Whatever," or "Fine." sounds impatient; drop it and start with a greeting or the answer',
    },
    note: 'Seed 004 §六 (warm, complete replies) and seed 001 (stay patient; impatience must not show).',
    examples: { match: ['Whatever, it will arrive when it arrives.', 'Fine. I will refund it.', 'Look, the parcel is on its way.'], noMatch: ['Fine knit cotton, very soft.', 'Okay, I have refunded it.'] },
  },
  {
    id: 'en-curt-no-deal',
    lang: 'en',
    category: 'curt',
    severity: 'warning',
    ignoreCase: true,
    patterns: [
      String.raw`${SENTENCE}no(?=\s+(?:bargaining|haggling|negotiation|discounts?|refunds?|returns?|exchanges?|cancell?ations?)\b)`,
      String.raw`\b(?:final\s+price|price\s+is\s+final|all\s+sales\s+(?:are\s+)?final)\b(?=\s*[.!]|$)`,
    ],
    exceptions: [String.raw`\bsorry\b[^.!?]{0,40}\b(?:no|final)\b`],
    suggestions: ["Sorry, we're unable to offer"],
    message: {
      'zh-CN': '“No bargaining.”像一纸通告：先致歉，再说明原因或现有的优惠',
      'zh-TW': '「No bargaining.」像一紙通告：先致歉，再說明原因或現有的優惠',
      en: '"No bargaining." reads like a notice; apologise, then give the reason or point to current offers',
    },
    note: 'Seed 004 §八: not 「不讲价」 but 「对不起，我们店商品不讲价」 with the reason.',
    examples: { match: ['No bargaining.', 'No refunds on sale items.'], noMatch: ['There is no charge for returns.', 'No problem!'] },
  },
  {
    id: 'en-praise-but',
    lang: 'en',
    category: 'contrast',
    severity: 'warning',
    ignoreCase: true,
    patterns: [
      String.raw`\bbut\b(?<=\b${EN_AGREE}\b[^.!?;\n]{0,80}?but)`,
      String.raw`(?<=\b${EN_AGREE}\b[^.!?;\n]{0,80}?),\s*(?:however|though)\b,?`,
    ],
    exceptions: [
      String.raw`\bbut\s+also\b`,
      String.raw`\b(?:but|however)\s*,?\s+(?:please\s+)?(?:don't|don’t|dont|do\s+not|no\s+need\s+to)\s+worry\b`,
      String.raw`\b(?:but|however)\s*,?\s+(?:the\s+good\s+news|good\s+news|rest\s+assured|we\s+can|I\s+can|we'll|I'll|you\s+can|we\s+will|I\s+will)\b`,
      String.raw`\b(?:although|though|while|even\s+though)\b[^.!?;\n]{0,80}?\bbut\b`,
      String.raw`\bnot\s+only\b[^.!?;\n]{0,60}\bbut\b`,
      String.raw`\b(?:nothing|all|anything)\s+but\b`,
    ],
    suggestions: ['and'],
    message: {
      'zh-CN': '“but / however”会把前面对顾客说的好话全部否定：去掉转折，两件事都直接说',
      'zh-TW': '「but / however」會把前面對顧客說的好話全部否定：去掉轉折，兩件事都直接說',
      en: '"But" or "however" cancels the kind words before it; drop the turn and state both things',
    },
    note: 'Seed 004 §七.3: no 但是 after praise or agreement — it negates everything said before.',
    examples: {
      match: ["It's a great phone, but the battery is smaller.", 'Yes, but you need the receipt.', 'Sure, however the code expired.'],
      noMatch: ['Not only is it lighter, but also it folds flat.', 'It is small, but it holds a laptop.', "Great choice! But don't worry, we restock Friday."],
    },
  },
  {
    id: 'en-agree-however',
    lang: 'en',
    category: 'contrast',
    severity: 'warning',
    ignoreCase: true,
    patterns: [String.raw`(?<=\b${EN_AGREE}\b[^\n]{0,80}?[.!]\s{0,3})(?:however|but|that\s+said)\b,?`],
    exceptions: [
      String.raw`\b(?:but|however)\s*,?\s+(?:please\s+)?(?:don't|don’t|dont|do\s+not|no\s+need\s+to)\s+worry\b`,
      String.raw`\b(?:but|however)\s*,?\s+(?:the\s+good\s+news|good\s+news|rest\s+assured)\b`,
    ],
    suggestions: ['Just so you know,'],
    message: {
      'zh-CN': '夸完或答应完再说“However,”，前面的好话就白说了：直接把情况说出来',
      'zh-TW': '誇完或答應完再說「However,」，前面的好話就白說了：直接把情況說出來',
      en: 'A "However," after praise or a yes takes it back; just state the fact',
    },
    note: 'Seed 004 §七.3: no 但是 after praise or agreement — it negates everything said before.',
    examples: { match: ['Great choice! However, it is out of stock.', 'Sure. But the code expired.'], noMatch: ['However you pay, it ships today.', 'Great choice! But don\'t worry, we restock Friday.'] },
  },
  {
    id: 'en-vague',
    lang: 'en',
    category: 'vague',
    severity: 'hint',
    ignoreCase: true,
    patterns: [
      String.raw`\b(?:probably|maybe|perhaps|possibly|approximately|roughly|more\s+or\s+less|give\s+or\s+take|hopefully|presumably|supposedly)\b`,
      String.raw`\bI\s+(?:think|guess|suppose|assume|reckon)\b(?!\s+(?:you(?:'ll|’ll|\s+will|\s+would|'d)\s+(?:love|like|enjoy)))`,
      String.raw`\bshould\s+(?:arrive|be\s+(?:there|delivered|back|ready|in\s+stock|available|fine|ok|okay)|ship|get\s+(?:there|to\s+you)|come|reach|fit|work)\b`,
      String.raw`\b(?:around|about|like)\s+(?=\d|a\s+(?:week|day|month)|(?:two|three|four|five|six|seven|ten)\b)`,
      String.raw`\bor\s+so\b|\bish\b|\bsort\s+of\b|\bkind\s+of\b|\bnot\s+(?:sure|certain)\b`,
    ],
    exceptions: [String.raw`\bmaybe\s+you(?:'d|’d|\s+would)\s+(?:like|love)\b`, String.raw`\bperhaps\s+you(?:'d|’d|\s+would)\s+(?:like|love)\b`, String.raw`\babout\s+\d+\s*%\s+off\b`],
    suggestions: [],
    message: {
      'zh-CN': '“probably / should arrive”说不清事实：核实后给出确切的日期、尺码或数字',
      'zh-TW': '「probably / should arrive」說不清事實：核實後給出確切的日期、尺碼或數字',
      en: '"Probably" or "should arrive" does not state the fact; check and give the exact date, size or figure',
    },
    note: 'Seed 002 §7.1.2: never fob customers off with "about" or "maybe" in product or delivery facts.',
    examples: { match: ['It will probably arrive tomorrow.', 'The strap is approximately 40 cm long.', 'It should arrive around 3 days.'], noMatch: ['It will arrive tomorrow.', "I think you'll love the green."] },
  },
];
