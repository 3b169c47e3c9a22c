import { noDear } from './team-rule';
// Behaviour of checkTone / applySuggestions as the sidebar, the in-page checker and the CLI see it.
import { describe, expect, it } from 'vitest';
import { builtInTone, checkTone } from '../../../utils/tone-builtin';
import { applySuggestions, compileRules, linearScanner, type ToneFinding } from '../../../utils/tone/index';

const ruleIds = (draft: string) => checkTone(draft).map((f) => f.ruleId);

describe('checkTone', () => {
  it.each([
    ['很抱歉，系统不能拆单，我帮您分两次下单可以吗', '系统不能拆单，我帮您分两次下单可以吗'],
    ['不好意思，这个价格我做不了主，我去申请一下马上回复您', '这个价格我做不了主，我去申请一下马上回复您'],
    ["I'm sorry, we can't change the address now, but I can ask the courier to redirect it.", "We can't change the address now."],
  ])('leaves a refusal alone when it is apologised for and followed by an offer, rules and model alike: %s', (handled, bare) => {
    expect(checkTone(handled).filter((f) => f.category === 'refusal')).toEqual([]);
    // Without the apology the same words are still a refusal.
    expect(checkTone(bare).some((f) => f.category === 'refusal')).toBe(true);
  });

  it.each([
    '不能让您久等了，马上帮您查',
    '我们不会让您失望的',
    '这款不但透气，而且很耐洗',
    '您看这个方案行不行？',
    '我们会尽可能今天发货',
    '没问题，马上为您处理',
    '不客气，应该的',
    '不好意思久等了',
    '不用担心，全店包邮',
    '但愿这款能合您的心意',
    "I can't wait for you to try it!",
    'No problem, it ships today.',
    '沒問題，不客氣，不好意思讓您久等了',
  ])('does not flag the trap phrase in %s', (draft) => {
    expect(checkTone(draft)).toEqual([]);
  });

  it('reports span findings with UTF-16 offsets, the matched text and suggestions', () => {
    const draft = '😀亲，这个订单我们不能修改地址了';
    const f = checkTone(draft).find((x) => x.ruleId === 'refusal-cannot');
    expect(f).toMatchObject({ category: 'refusal', severity: 'error', text: '我们不能' });
    expect(draft.slice(f?.start, f?.end)).toBe('我们不能');
    expect(f?.start).toBe(draft.indexOf('我们不能'));
    expect(f?.suggestions[0]).toBe('我们无法');
  });

  it('reports whole-message findings at 0..0 with an insertable suggestion', () => {
    const findings = checkTone('这个订单我们不能修改地址了');
    const apology = findings.find((f) => f.category === 'apology');
    expect(apology).toMatchObject({ start: 0, end: 0, text: '', ruleId: 'refusal-no-apology', suggestions: ['非常抱歉，'] });
    expect(findings.find((f) => f.category === 'reason')).toMatchObject({ start: 0, end: 0, severity: 'hint' });
    expect(checkTone('非常抱歉，因为已经出库，这个订单我们不能修改地址了').map((f) => f.category)).toEqual(['refusal']);
  });

  it('flags a message full of 我 with no 您, but not one that addresses the customer', () => {
    expect(ruleIds('我今天一直在处理我手上的单子，我也很忙')).toContain('self-focus');
    expect(ruleIds('我帮您查一下，我马上回复您，我在的')).not.toContain('self-focus');
  });

  it('picks the message language with locale and defaults to zh-CN', () => {
    const draft = '你好';
    expect(checkTone(draft)[0]?.message).toBe('称呼顾客请用“您”');
    expect(checkTone(draft, { locale: 'zh-TW' })[0]?.message).toBe('稱呼顧客請用「您」');
    expect(checkTone(draft, { locale: 'zh-Hant-HK' })[0]?.message).toBe('稱呼顧客請用「您」');
    expect(checkTone(draft, { locale: 'en-US' })[0]?.message).toBe('Address the customer with the polite “您”');
  });

  it('switches rules off by id', () => {
    expect(ruleIds('你好')).toEqual(['address-ni']);
    expect(checkTone('你好', { disabled: ['address-ni'] })).toEqual([]);
  });

  it('runs team rules next to the built-in ones and compiles each rules array once', () => {
    const team = noDear;
    const rules = [...builtInTone.rules, team];
    expect(compileRules(rules, linearScanner)).toBe(compileRules(rules, linearScanner));
    const [f] = checkTone('Dear customer, thanks!', { rules, locale: 'en' });
    expect(f).toMatchObject({ ruleId: 'team-no-dear', text: 'Dear', suggestions: ['Hi'] });
  });

  it('keeps the capital letter of an English match in the suggestion', () => {
    expect(checkTone('We cannot give you a discount.').find((f) => f.ruleId === 'en-refusal-we-cannot')?.suggestions[0]).toBe(
      "We're unable to",
    );
  });

  it('sorts findings by position', () => {
    const findings = checkTone('你好，这个不行，但是你可以看看别的');
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('applySuggestions', () => {
  it('rewrites a curt refusal into the form the guidance recommends', () => {
    const draft = '这个订单我们不能修改地址了';
    expect(applySuggestions(draft, checkTone(draft))).toBe('非常抱歉，这个订单我们无法修改地址了');
  });

  it('applies right to left and lets the more severe of two overlapping findings win', () => {
    const draft = '这是你自己的问题';
    const fixed = applySuggestions(draft, checkTone(draft));
    expect(fixed).toBe('这是您自己的问题');
    const f = (start: number, end: number, s: string, severity: ToneFinding['severity'] = 'warning'): ToneFinding => ({
      start,
      end,
      text: 'abcdef'.slice(start, end),
      ruleId: 'x',
      category: 'x',
      severity,
      message: '',
      suggestions: [s],
      safe: false,
    });
    expect(applySuggestions('abcdef', [f(0, 1, 'A'), f(4, 6, 'EF'), f(0, 0, '>')])).toBe('>AbcdEF');
    expect(applySuggestions('abcdef', [f(1, 3, 'x', 'hint'), f(2, 4, 'Y', 'error')])).toBe('abYef');
  });

  it('leaves the draft alone when no finding has a suggestion', () => {
    const draft = '快递可能明天到';
    expect(checkTone(draft).length).toBeGreaterThan(0);
    expect(applySuggestions(draft, checkTone(draft))).toBe(draft);
  });
});

describe('case-insensitive rules', () => {
  it('fold ASCII case without the slow i flag, leaving escapes alone', async () => {
    const { foldAsciiCase } = await import('../../../utils/tone/fold');
    expect(foldAsciiCase(String.raw`\bbut\s+[a-c]\p{L}`)).toBe(String.raw`\b[bB][uU][tT]\s+[a-cA-C]\p{L}`);
    const failures: string[] = [];
    for (const rule of builtInTone.rules.filter((r) => r.ignoreCase && r.scope !== 'message')) {
      for (const ex of rule.examples.match) {
        for (const variant of [ex.toUpperCase(), ex.toLowerCase()]) {
          if (!checkTone(variant).some((f) => f.ruleId === rule.id)) failures.push(`${rule.id}: ${variant}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
