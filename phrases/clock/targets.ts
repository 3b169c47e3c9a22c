/**
 * How soon an agent should answer a customer's message, per platform: the reply clock (utils/clock/, the badge by the
 * chat input and in the sidebar header) turns amber at 70% of the target and red past it. Data only; the agent can
 * change a platform's target, or one site's, in the options page. `hosts`: host names, `*.` for any subdomain.
 * Figures from docs/guidance.md#response-times (answer the first message within about ten seconds, good agents keep
 * near half a minute) and the platforms' service metrics: Taobao-style platforms score the first reply around 30 s,
 * the others count the share of messages a person answers within 3 minutes.
 */
// The shape is utils/clock/targets.ts `ReplyTarget` (checked where it is used; phrases/ imports nothing).
export const REPLY_TARGETS = [
  {
    id: 'taobao',
    hosts: ['*.taobao.com', '*.tmall.com', 'taobao.com', 'tmall.com'],
    seconds: 30,
    note: 'Qianniu scores the first reply of a conversation; around 30 s is what the shops are measured on.',
  },
  { id: 'jd', hosts: ['*.jd.com', 'jd.com'], seconds: 30, note: 'JD scores a first reply within 30 s, as Taobao does.' },
  { id: 'pinduoduo', hosts: ['mms.pinduoduo.com'], seconds: 180, note: 'Scored by the share of messages answered within 3 minutes.' },
  { id: 'douyin', hosts: ['*.jinritemai.com'], seconds: 180, note: 'Scored by the share of messages answered within 3 minutes.' },
  { id: 'kuaishou', hosts: ['*.kwaixiaodian.com'], seconds: 180, note: 'Scored by the share of messages answered within 3 minutes.' },
  { id: 'xiaohongshu', hosts: ['*.xiaohongshu.com'], seconds: 180, note: 'Scored by the share of messages answered within 3 minutes.' },
  { id: 'whatsapp', hosts: ['web.whatsapp.com'], seconds: 180, note: 'Chat customers expect an answer within a few minutes.' },
  {
    id: 'helpdesk',
    hosts: ['*.zendesk.com', 'app.intercom.com', '*.freshdesk.com', '*.gorgias.com'],
    seconds: 180,
    note: 'Help-desk chat: the 3-minute answer of the guidance.',
  },
  { id: 'default', hosts: [], seconds: 180, note: 'Any other site: answer within 3 minutes.' },
] as const;
