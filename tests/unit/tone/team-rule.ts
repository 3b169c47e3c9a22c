import type { ToneRule } from '../../../utils/tone';

/** A team's own rule: their house style says 亲爱的 is too familiar. */
export const familiar: ToneRule = {
  id: 'team-too-familiar',
  lang: 'zh',
  category: 'address',
  severity: 'warning',
  patterns: ['亲爱的'],
  suggestions: ['您好'],
  message: { 'zh-CN': '称呼过于亲昵', 'zh-TW': '稱呼過於親暱', en: 'Too familiar a greeting' },
  note: 'Team house style.',
  examples: { match: ['亲爱的，在吗'], noMatch: ['您好，在吗'] },
};

/** A team's English house style: "Dear" is too stiff in chat (case-insensitive, with a rewrite). */
export const noDear: ToneRule = {
  id: 'team-no-dear',
  lang: 'en',
  category: 'address',
  severity: 'hint',
  ignoreCase: true,
  patterns: [String.raw`\bdear\b`],
  suggestions: ['Hi'],
  message: { 'zh-CN': '不用 dear', 'zh-TW': '不用 dear', en: 'Say "Hi", not "Dear"' },
  note: 'Team style guide',
  examples: { match: ['Dear customer'], noMatch: ['Hi there'] },
};
