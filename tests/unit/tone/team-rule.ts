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
