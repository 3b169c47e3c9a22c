// Rules about the draft's form rather than its wording: a template's blank that was never filled ({订单号},
// {{first_name}}) and the double space an empty blank leaves behind. Data only.
import type { ToneRule } from '../../utils/tone/schema';

const unfilledMessage = {
  'zh-CN': '还有没填的占位内容：发出前请换成真实信息',
  'zh-TW': '還有沒填的佔位內容：送出前請換成真實資訊',
  en: 'A template blank is still in the reply: fill it in before sending',
};
const spaceMessage = {
  'zh-CN': '这里有连续空格，像是少填了内容：请补上或删掉空格',
  'zh-TW': '這裡有連續空格，像是少填了內容：請補上或刪掉空格',
  en: 'Two spaces in a row here look like a missing value: fill it in or remove the space',
};
const NOTE = "guidance.md#quick-phrases: quick phrases exist to answer fast; a template sent with a blank still in it answers nothing.";

export const formatRules: ToneRule[] = [
  {
    id: 'unfilled-placeholder',
    lang: 'zh',
    category: 'format',
    severity: 'error',
    patterns: [String.raw`\{(?<!\{\{)[^{}\n]{1,20}\}(?!\})`],
    suggestions: [],
    message: unfilledMessage,
    note: NOTE,
    examples: { match: ['帮您查了订单 {订单号} 的物流'], noMatch: ['帮您查了订单 2024110518 的物流'] },
  },
  {
    id: 'blank-double-space',
    lang: 'zh',
    category: 'format',
    severity: 'warning',
    // Between two characters of a Chinese sentence, where a value was left out (您好，  您的订单). Written to start
    // with the space (a literal V8 scans for) and look back from there.
    patterns: [String.raw`[ \u3000](?<=[\p{Script=Han}，、：；][ \u3000])[ \u3000]+(?=\S)`],
    suggestions: [' '],
    message: spaceMessage,
    note: NOTE,
    examples: { match: ['您好，  您的订单已发货'], noMatch: ['您好，您的订单 2024110518 已发货'] },
  },
  {
    id: 'unfilled-placeholder-en',
    lang: 'en',
    category: 'format',
    severity: 'error',
    // Our own blanks ({name}); a help desk's macros ({{ticket.requester.name}}) are filled by the help desk on send.
    patterns: [String.raw`\{(?<!\{\{)[A-Za-z_][\w .-]{0,30}\}(?!\})`],
    suggestions: [],
    message: unfilledMessage,
    note: NOTE,
    examples: { match: ['Hi {name}, your order has shipped'], noMatch: ['Hi Anna, your order has shipped', 'Hi {{ticket.requester.first_name}}, thanks'] },
  },
  {
    id: 'blank-double-space-en',
    lang: 'en',
    category: 'format',
    severity: 'warning',
    // Inside a sentence (two spaces after a full stop are a typing habit, not a hole).
    patterns: [String.raw` (?<=[A-Za-z0-9,:] ) +(?=[A-Za-z0-9])`],
    suggestions: [' '],
    message: spaceMessage,
    note: NOTE,
    examples: { match: ['Your order  is on its way'], noMatch: ['Your order is on its way.  Thanks!'] },
  },
];
