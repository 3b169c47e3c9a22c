// English whole-message rules: a refusal that does not open with an apology or give a reason, and a reply about
// "me" rather than the customer. Data only.
import type { ToneRule } from '../../utils/tone/schema';

export const enMessageRules: ToneRule[] = [
  {
    id: 'en-refusal-no-apology',
    lang: 'en',
    category: 'apology',
    severity: 'warning',
    scope: 'message',
    ignoreCase: true,
    patterns: [],
    triggers: ['refusal'],
    exceptions: [
      String.raw`\b(?:sorry|apologi[sz]e|apologies)\b`,
      String.raw`^[\s\p{P}]*(?:(?:hi|hello|hey|dear)\b[^,.!?]{0,30}[,.!?]\s*)?(?:(?:I'm|I’m|I\s+am|we're|we’re|we\s+are)\s+)?(?:so\s+|very\s+|really\s+|truly\s+|terribly\s+|extremely\s+)?(?:sorry|apologi[sz]e)`,
      String.raw`^[\s\p{P}]*(?:my|our)\s+apologies`,
      // The curt-opener rule already turns a leading "No." into an apology.
      String.raw`^[\s\p{P}]*(?:no|nope|nah)\s*[.,!;]`,
    ],
    suggestions: ["I'm sorry. "],
    message: {
      'zh-CN': '无法满足顾客时，第一句话先致歉',
      'zh-TW': '無法滿足顧客時，第一句話先致歉',
      en: 'When you cannot meet the request, open with an apology',
    },
    note: 'guidance.md#apology-first: when a request cannot be met, the first words are "非常抱歉" (I am very sorry).',
    examples: { match: ["We can't change the address now."], noMatch: ["I'm sorry, we can't change the address now because it has shipped."] },
  },
  {
    id: 'en-refusal-no-reason',
    lang: 'en',
    category: 'reason',
    severity: 'hint',
    scope: 'message',
    ignoreCase: true,
    patterns: [],
    triggers: ['refusal'],
    exceptions: [String.raw`\b(?:because|since|due\s+to|as\s+per|owing\s+to|the\s+reason|policy|rules?)\b`],
    suggestions: [],
    message: {
      'zh-CN': '不能满足要求时要告诉顾客原因（“because……”）',
      'zh-TW': '不能滿足要求時要告訴顧客原因（「because……」）',
      en: 'When you cannot meet a request, tell the customer why ("because…")',
    },
    note: 'guidance.md#give-the-reason: there is one "because" in service language — always give the reason.',
    examples: { match: ["We can't change the address now."], noMatch: ["We can't change the address now because it has shipped."] },
  },
  {
    id: 'en-self-focus',
    lang: 'en',
    category: 'self-focus',
    severity: 'hint',
    scope: 'message',
    ignoreCase: true,
    patterns: [String.raw`\b(?:I|me|my|mine)\b`],
    minCount: 4,
    exceptions: [String.raw`\b(?:you|your|yours|yourself|let's|let’s)\b`],
    suggestions: [],
    message: {
      'zh-CN': '“I”太多了，多从顾客的角度说话（“you”）',
      'zh-TW': '「I」太多了，多從顧客的角度說話（「you」）',
      en: 'Too much "I"; speak from the customer\'s side ("you")',
    },
    note: 'guidance.md#we-not-i: use "I" less, "you" and "we together" more.',
    examples: {
      match: ['I checked, I looked at my notes, and I think my colleague made a mistake.'],
      noMatch: ['I checked my notes and I will call you back.'],
    },
  },
];
