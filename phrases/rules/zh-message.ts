// Chinese whole-message rules: a refusal that does not open with an apology or give a reason, and a reply
// about "me" rather than the customer. Data only.
import type { ToneRule } from '../../utils/tone/schema';

export const zhMessageRules: ToneRule[] = [
  {
    id: 'refusal-no-apology',
    lang: 'zh',
    category: 'apology',
    severity: 'warning',
    scope: 'message',
    patterns: [],
    triggers: ['refusal'],
    exceptions: [
      // An apology anywhere before the refusal will do: the suggestion puts it at the start of the refusal's clause.
      String.raw`(?:抱歉|对不起|不好意思|sorry)`,
    ],
    ignoreCase: true,
    suggestions: ['非常抱歉，'],
    message: {
      'zh-CN': '无法满足顾客时，第一句话先说“非常抱歉”',
      'zh-TW': '無法滿足顧客時，第一句話先說「非常抱歉」',
      en: 'When you cannot meet the request, open with an apology',
    },
    note: 'guidance.md#apology-first: 无法满足顾客的要求，第一句话需要回答"非常抱歉".',
    examples: { match: ['这个订单我们不能修改地址了'], noMatch: ['非常抱歉，这个订单我们不能修改地址了', '亲，这款有现货'] },
  },
  {
    id: 'refusal-no-reason',
    lang: 'zh',
    category: 'reason',
    severity: 'hint',
    scope: 'message',
    patterns: [],
    triggers: ['refusal'],
    exceptions: [String.raw`因为|由于|原因|因此|所以|根据|按照|规定|政策`],
    suggestions: [],
    message: {
      'zh-CN': '不能满足要求时要告诉顾客原因（因为……）',
      'zh-TW': '不能滿足要求時要告訴顧客原因（因為……）',
      en: 'When you cannot meet a request, tell the customer why ("because…")',
    },
    note: 'guidance.md#give-the-reason: there is one 因为 in service language — give the reason whenever a request cannot be met.',
    examples: { match: ['这个订单我们不能修改地址了'], noMatch: ['这个订单我们不能修改地址了，因为已经出库', '亲，这款有现货'] },
  },
  {
    id: 'self-focus',
    lang: 'zh',
    category: 'self-focus',
    severity: 'hint',
    scope: 'message',
    patterns: [String.raw`我(?![们])`],
    minCount: 3,
    exceptions: [String.raw`[您你妳]|咱`],
    suggestions: [],
    message: {
      'zh-CN': '“我”太多了，多用“您”或“咱们”，让顾客感到您在为他考虑',
      'zh-TW': '「我」太多了，多用「您」或「咱們」，讓顧客感到您在為他考慮',
      en: 'Too much "I"; speak about the customer ("you", "we together")',
    },
    note: 'guidance.md#we-not-i: 少用"我"字，多用"您"或者"咱们".',
    examples: { match: ['我刚才去仓库看了，我发现发错了，我马上重新发'], noMatch: ['我帮您查一下，我马上回复您，我在的', '我们马上处理'] },
  },
];
