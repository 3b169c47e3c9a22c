// The pack lint's warning for a phrase whose example questions another phrase of the pack answers better.
import { describe, expect, it } from 'vitest';
import { lintPack } from '../../../utils/lint/pack-lint';
import { shadowedQuestions } from '../../../utils/lint/questions-lint';
import { SUGGEST_INTENTS } from '../../../phrases/suggest/intents';
import { BUILTIN_PACKS } from '../../../utils/builtin';

const pack = (phrases: unknown[]) => JSON.stringify({ format: 'huashu.pack', version: 1, pack: { id: 'p', name: 'P' }, phrases }, null, 2);

const invoice = { id: 'invoice', title: '开发票', text: '本店可以开电子发票，请把抬头和税号发给我。', questions: ['能开发票吗', '发票怎么开', '可以开专票吗'] };
const refund = { id: 'refund', title: '退款进度', text: '退款已提交，原路退回，一般 1 到 3 个工作日到账。', questions: ['退款什么时候到账', '钱退了吗'] };

describe('questions another phrase answers better', () => {
  it('warns on a phrase whose questions all go to another phrase of the pack, naming it', () => {
    // Its questions are about invoices, its text about something else: the invoice phrase wins each of them.
    const stray = { id: 'stray', title: '发票说明', text: '您好，我们的营业时间是早九点到晚九点。', questions: ['发票怎么开', '能开发票吗'] };
    expect(shadowedQuestions([invoice, refund, stray], SUGGEST_INTENTS)).toEqual([{ index: 2, by: 0 }]);
    const source = pack([invoice, refund, stray]);
    const findings = lintPack(source, { locale: 'zh-CN' }).filter((f) => f.ruleId === 'pack-questions-shadowed');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning' });
    expect(findings[0]?.message).toBe('示例问题都被同一话术包里的另一条话术更好地回答，推荐回复不会推荐这条： phrases[0] (phrases[2])');
    // At the phrase's questions.
    const line = source.split('\n').findIndex((l, i, all) => l.includes('"questions"') && all.slice(0, i).join('\n').includes('营业时间')) + 1;
    expect(findings[0]?.line).toBe(line);
    expect(lintPack(source, { locale: 'en' }).find((f) => f.ruleId === 'pack-questions-shadowed')?.message).toMatch(/^another phrase of this pack answers/);
    expect(lintPack(source, { locale: 'zh-TW' }).find((f) => f.ruleId === 'pack-questions-shadowed')?.message).toMatch(/^範例問題/);
  });

  it('says nothing when one of its questions ranks it first, or when it has none', () => {
    expect(lintPack(pack([invoice, refund])).filter((f) => f.ruleId === 'pack-questions-shadowed')).toEqual([]);
    expect(lintPack(pack([invoice, { id: 'x', text: '好的' }])).filter((f) => f.ruleId === 'pack-questions-shadowed')).toEqual([]);
  });

  it('finds no phrase of the built-in packs shadowed', () => {
    for (const { locale, data } of BUILTIN_PACKS) {
      const findings = lintPack(JSON.stringify(data, null, 2)).filter((f) => f.ruleId === 'pack-questions-shadowed');
      expect(findings.map((f) => f.message), locale).toEqual([]);
    }
  });
});
