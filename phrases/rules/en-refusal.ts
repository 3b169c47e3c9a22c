// English refusals: I/we can't or won't, subjectless refusals, "not my job", "I don't know". Data only.
import type { ToneRule } from '../../utils/tone/schema';
import { EN_ADV, EN_CANT, EN_DONT, EN_FINE_AFTER_CANT, EN_FINE_AFTER_WONT, EN_MITIGATED, EN_WONT } from './lexicon';

const FINE_CANT = String.raw`\b${EN_CANT}\s+${EN_FINE_AFTER_CANT}\b`;
const FINE_WONT = String.raw`\b${EN_WONT}\s+${EN_FINE_AFTER_WONT}\b`;
/** A verb follows: the modal can be replaced on its own ("can't refund" → "am unable to refund"). */
const VERB_NEXT = String.raw`(?=\s+(?:be\s+)?[a-z])(?!\s+(?:and|or|but|because|since|as|so|sorry|right|now)\b)`;

export const enRefusalRules: ToneRule[] = [
  {
    id: 'en-refusal-i-cannot',
    lang: 'en',
    category: 'refusal',
    severity: 'error',
    ignoreCase: true,
    patterns: [
      // "I won't be able to" as a whole, so that "I'm unable to" does not leave "be able to" behind.
      String.raw`\bI\s+${EN_ADV}(?:${EN_CANT}|${EN_WONT})\s+be\s+able\s+to\b`,
      String.raw`\bI\s+${EN_ADV}(?:${EN_CANT}|${EN_WONT})${VERB_NEXT}`,
      String.raw`\bI(?:'m|’m|m|\s+am)\s+not\s+(?:able|allowed|going)\s+to\b`,
    ],
    exceptions: [EN_MITIGATED, FINE_CANT, FINE_WONT],
    suggestions: ["I'm unable to"],
    message: {
      'zh-CN': '“I can\'t”会让顾客只盯着被拒绝的事：先致歉，说明原因并告诉他能做什么',
      'zh-TW': '「I can\'t」會讓顧客只盯著被拒絕的事：先致歉，說明原因並告訴他能做什麼',
      en: '"I can\'t" makes the customer focus on the refusal; apologise, give the reason and say what you can do',
    },
    note: 'guidance.md#refusals (no 我不能 / 我不会): negative language turns attention to "why not".',
    examples: {
      match: ["I can't lower the price.", 'I cannot do that', "I'm not able to give compensation.", 'i cant change it', "I won't be able to change that."],
      noMatch: ["I can't wait for you to try it on!", "I can't thank you enough", "I'm unable to lower the price because it is a launch offer."],
    },
  },
  {
    id: 'en-refusal-we-cannot',
    lang: 'en',
    category: 'refusal',
    severity: 'error',
    ignoreCase: true,
    patterns: [
      String.raw`\bwe\s+${EN_ADV}(?:${EN_CANT}|${EN_WONT})${VERB_NEXT}`,
      String.raw`\bwe(?:'re|’re|re|\s+are)\s+not\s+(?:able|allowed|going)\s+to\b`,
    ],
    exceptions: [EN_MITIGATED, FINE_CANT, FINE_WONT],
    suggestions: ["we're unable to"],
    message: {
      'zh-CN': '“We can\'t”是负面语言：先致歉，说明原因并告诉顾客能为他做什么',
      'zh-TW': '「We can\'t」是負面語言：先致歉，說明原因並告訴顧客能為他做什麼',
      en: '"We can\'t" is negative language; apologise, give the reason and what we can do instead',
    },
    note: 'guidance.md#refusals: avoid negative language; say what we can do for the customer.',
    examples: {
      match: ["We can't change the address now.", 'We cannot give you a discount.', "We won't ship to PO boxes.", 'we cant refund that'],
      noMatch: ["We won't let you down.", "We won't share your details with anyone.", 'We can ship it today.'],
    },
  },
  {
    id: 'en-refusal-flat',
    lang: 'en',
    category: 'refusal',
    severity: 'warning',
    replace: 'clause',
    ignoreCase: true,
    patterns: [
      String.raw`\b(?:I|we)\s+${EN_ADV}(?:${EN_CANT}|${EN_WONT})(?=\s*(?:[.!,;]|$))`,
      String.raw`(?:^|(?<=[.!?]\s*))\s*(?:${EN_CANT}|${EN_WONT})\s+(?:do|help\s+with|change|refund)\s+(?:that|this|it)\b`,
      String.raw`\b(?:that's|that’s|thats|that\s+is|it's|it’s|its|it\s+is|this\s+is)\s+(?:just\s+|simply\s+)?(?:impossible|not\s+possible|not\s+happening|not\s+an\s+option)\b`,
      String.raw`(?:^|(?<=[.!,;]\s*))\s*(?:impossible|not\s+possible|no\s+can\s+do|no\s+way|not\s+happening|nothing\s+(?:I|we)\s+can\s+do)\b`,
      String.raw`\b(?:there(?:'s|’s|s|\s+is)\s+)?nothing\s+(?:I|we)\s+can\s+do\b`,
      String.raw`\bnot\s+something\s+(?:I|we)\s+can\s+(?:fix|do|change|help\s+with|offer)\b`,
      String.raw`(?:^|(?<=[.!?,;]\s{0,3}))\s*(?:can't|cant|can’t|cannot|won't|wont)\s+(?:ship|exchange|refund|change|send|deliver|return|cancel|help|do|give|offer|lower|match|reduce|reverse|undo|fix|recover|process|accept|take)\b`,
      String.raw`\bwe(?:'re|’re|re|\s+are)\s+not\s+(?:changing|doing|giving|offering|refunding|accepting|sending|shipping|lowering)\b`,
      String.raw`\bwe\s+(?:have|got)\s+no\s+(?:access|way|control|say)\b|\b(?:it's|its|it\s+is)\s+too\s+late\s+to\b|\bno\s+\w+(?:\s+\w+)?,\s*no\s+\w+\b|\bno\s+(?:returns?|refunds?|exchanges?|claims?|invoices?|picking|choosing)\b(?=\s*(?:[.!]|here\b|$))`,
      String.raw`\b(?:we|I)\s+(?:don't|don’t|dont|do\s+not)\s+(?:do|offer|accept|allow|ship|refund|exchange|deliver|take|give|price\s+match|return|sell|split|cover|honou?r)\b(?!\s+(?:charge|mind|need|have))`,
      String.raw`\b(?:won't|won’t|wont|will\s+not)\s+be\s+possible\b|\bmy\s+hands\s+are\s+tied\b|\bnot\s+(?:gonna|going\s+to)\s+happen\b|\b(?:the\s+)?system\s+(?:won't|won’t|wont|will\s+not|doesn't|doesn’t|doesnt|does\s+not)\s+(?:let|allow)\s+(?:me|us)\b`,
      String.raw`\b(?:that's|that’s|thats|that\s+is|it's|it’s|it\s+is)\s+against\s+(?:our|the|store|shop|company)\s*(?:policy|policies|rules)\b|\bnot\s+allowed\b(?<=(?:^|[.!?]\s{0,3})\s*not\s+allowed)`,
    ],
    exceptions: [EN_MITIGATED, String.raw`\b(?:not|never|nothing)\s+impossible\b`, String.raw`\bit(?:'s|’s|\s+is)\s+now\s+possible\b`],
    suggestions: [],
    message: {
      'zh-CN': '一句“做不到”把话说死了：先致歉，说明原因，再给出能做的事',
      'zh-TW': '一句「做不到」把話說死了：先致歉，說明原因，再給出能做的事',
      en: 'A flat "can\'t do that" closes the door; apologise, give the reason and say what you can do',
    },
    note: 'guidance.md#refusals: avoid negative language; say what we can do. guidance.md#apology-first: open a refusal with an apology.',
    examples: {
      match: ["That's impossible.", "Can't do that.", 'No way.', "There's nothing we can do.", 'I cant.'],
      noMatch: ['Nothing is impossible for our team!', "It's now possible to pay in instalments."],
    },
  },
  {
    id: 'en-refusal-passive',
    lang: 'en',
    category: 'refusal',
    severity: 'warning',
    ignoreCase: true,
    patterns: [
      String.raw`\b(?:warranty|insurance|policy|we|it)\s+(?:won't|wont|doesn't|doesnt|does\s+not|will\s+not|can't|cant)\s+cover\b`,
      String.raw`\b${EN_CANT}\s+be\s+(?:returned|refunded|exchanged|cancell?ed|changed|modified|shipped|delivered|discounted|combined|applied|used|stacked|reduced|lowered|waived|fixed|repaired|replaced|split|edited|upgraded)\b`,
      String.raw`\b(?:won't|won’t|wont|will\s+not|doesn't|doesnt|does\s+not|can't|cant)\s+(?:work|apply)\s+(?:for|on|to|with)\b`,
      String.raw`\b(?:isn't|isnt|is\s+not|aren't|arent|are\s+not)\s+(?:something\s+(?:we|I)\s+(?:handle|do|deal\s+with)|my\s+job|our\s+job|my\s+department|refundable|returnable|exchangeable|eligible|allowed|possible|available\s+for\s+(?:return|refund)s?)\b`,
    ],
    suggestions: [],
    message: {
      'zh-CN': '被动式的拒绝仍是拒绝：先致歉，并说明原因和可选方案',
      'zh-TW': '被動式的拒絕仍是拒絕：先致歉，並說明原因和可選方案',
      en: 'A passive refusal is still a refusal; apologise, give the reason and an alternative',
    },
    note: 'guidance.md#give-the-reason: when a request cannot be met, give the reason; guidance.md#apology-first: open with an apology.',
    examples: { match: ['This item cannot be returned.', "Sale items can't be refunded.", "The code won't work on this item."], noMatch: ['This item can be returned within 30 days.'] },
  },
  {
    id: 'en-not-my-job',
    lang: 'en',
    category: 'refusal',
    severity: 'error',
    replace: 'clause',
    ignoreCase: true,
    patterns: [
      String.raw`(?:\b(?:that's|that’s|thats|that\s+is|this\s+is|it's|it’s|its|it\s+is)\s+)?\bnot\s+(?:my|our)\s+(?:job|department|responsibility|area|team|call|role)\b`,
      String.raw`\b(?:I|we)\s+(?:don't|don’t|dont|do\s+not)\s+(?:handle|deal\s+with)\s+(?:that|this|those|returns|refunds|shipping|complaints)\b(?!\s+(?:in\s+)?(?:here|via|through|by|with|at))`,
    ],
    suggestions: [],
    message: {
      'zh-CN': '“这不归我管”让顾客觉得问错了人：告诉顾客谁能处理，并帮他转过去',
      'zh-TW': '「這不歸我管」讓顧客覺得問錯了人：告訴顧客誰能處理，並幫他轉過去',
      en: '"Not my job" tells the customer they asked the wrong person; say who handles it and pass it on',
    },
    note: 'guidance.md#point-to-help: no 这不是我应该做的; point to who can help.',
    examples: { match: ["That's not my job, ask the billing team.", "That's not my department.", 'We dont handle refunds'], noMatch: ['My job is to make this right for you.'] },
  },
  {
    id: 'en-dont-know',
    lang: 'en',
    category: 'refusal',
    severity: 'warning',
    ignoreCase: true,
    patterns: [
      String.raw`\b(?:I|we)\s+${EN_ADV}${EN_DONT}\s+know\b(?!\s+(?:if\s+you|whether\s+you|how\s+much\s+you))`,
      String.raw`\b(?:I|we)\s+(?:have|got)\s+no\s+(?:idea|clue)\b`,
      String.raw`\bno\s+(?:idea|clue)\b`,
      String.raw`\bI\s+dunno\b|\bdunno\b`,
    ],
    exceptions: [EN_MITIGATED],
    suggestions: [],
    message: {
      'zh-CN': '“I don\'t know”让顾客无处可去：承诺去确认，并说明何时回复',
      'zh-TW': '「I don\'t know」讓顧客無處可去：承諾去確認，並說明何時回覆',
      en: '"I don\'t know" leaves the customer stranded; promise to check and say when you will reply',
    },
    note: 'guidance.md#point-to-help: if unsure, ask a colleague rather than fobbing the customer off.',
    examples: { match: ["I don't know when it will arrive.", 'i dont know', 'No idea.'], noMatch: ['Let me check when it will arrive.', 'Do you know your size?'] },
  },
];
