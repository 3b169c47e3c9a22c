// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NO_LAYOUT } from '../../../../utils/page/transcript/layout';
import { readTranscript } from '../../../../utils/page/transcript/read';
import { applyRule, deriveRule, pathTo } from '../../../../utils/page/transcript/rule';
import { parseRule, type TaughtRule } from '../../../../utils/page/transcript/rule-schema';
import { alignPage, classesLog, consolePage, CONVERSATION } from './pages';

const q = (selector: string, index = 0) => document.querySelectorAll(selector)[index] as Element;

/** Rows whose classes name no side in any word the reader knows (`k` the agent's, `q` the customer's). */
function opaquePage(): HTMLTextAreaElement {
  return consolePage(`<div class="pane"><div class="m q"><span class="t">你好</span></div><div class="m k"><span class="t">您好</span></div>
    <div class="m q"><span class="t">有优惠吗</span></div><div class="m k"><span class="t">满 200 减 20</span></div></div>`);
}

describe('teaching a site', () => {
  it('derives a class rule from one customer message and one agent message, as JSON a site can keep', () => {
    consolePage(classesLog(CONVERSATION));
    const derived = deriveRule(q('.msg.buyer .msg-body'), q('.msg.seller .msg-nick'));
    expect(derived).toEqual({
      ok: true,
      rule: {
        version: 1,
        log: [
          { tag: 'div', classes: ['app'] },
          { tag: 'section', classes: ['chat'] },
          { tag: 'ul', classes: ['msg-list'] },
        ],
        message: { tag: 'li', classes: ['msg'] },
        sides: { by: 'class', customer: 'buyer', agent: 'seller' },
      },
    });
    if (!derived.ok) return;
    expect(parseRule(JSON.parse(JSON.stringify(derived.rule)))).toEqual({ ok: true, rule: derived.rule });
  });

  it('fixes a page the guess cannot read: rows classed in words it does not know', () => {
    const composer = opaquePage();
    expect(readTranscript(composer, { layout: NO_LAYOUT }).messages.map((m) => m.side)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    const derived = deriveRule(q('.m.q .t', 1), q('.m.k'));
    expect(derived.ok && derived.rule.sides).toEqual({ by: 'class', customer: 'q', agent: 'k' });
    if (!derived.ok) return;
    q('.pane').insertAdjacentHTML('beforeend', '<div class="m q"><span class="t">那我下单了</span></div>');
    const taught = readTranscript(composer, { layout: NO_LAYOUT, rule: derived.rule });
    expect(taught.source).toBe('rule');
    expect(taught.messages.map((m) => [m.side, m.text])).toEqual([
      ['customer', '你好'],
      ['agent', '您好'],
      ['customer', '有优惠吗'],
      ['agent', '满 200 减 20'],
      ['customer', '那我下单了'],
    ]);
  });

  it('derives an alignment rule when the rows differ only in where they sit', () => {
    const { composer, layout } = alignPage(['你好', '您好', '在吗', '在的']);
    const derived = deriveRule(q('.bubble', 2), q('.bubble', 3), layout);
    expect(derived.ok && derived.rule.sides).toEqual({ by: 'align', agent: 'right' });
    if (!derived.ok) return;
    expect(readTranscript(composer, { layout, rule: derived.rule }).messages.map((m) => m.side)).toEqual(['customer', 'agent', 'customer', 'agent']);
  });

  it.each([
    ['two elements of one message', () => [q('.msg.buyer .msg-nick'), q('.msg.buyer .msg-body')], 'same-message'],
    ['one element inside the other', () => [q('.msg.buyer'), q('.msg.buyer .msg-body')], 'same-message'],
    ['rows alike in every class, without layout', () => [q('.msg.buyer .msg-body'), q('.msg.buyer .msg-body', 1)], 'no-difference'],
  ] as const)('refuses %s', (_name, pick, reason) => {
    consolePage(classesLog(CONVERSATION));
    const [customer, agent] = pick();
    expect(deriveRule(customer as Element, agent as Element)).toEqual({ ok: false, reason });
  });

  it('refuses elements of two documents', () => {
    consolePage(classesLog(CONVERSATION));
    const other = document.implementation.createHTMLDocument('x');
    other.body.innerHTML = '<ul><li class="msg seller">x</li></ul>';
    expect(deriveRule(q('.msg.buyer'), other.querySelector('li') as Element)).toEqual({ ok: false, reason: 'no-common-list' });
  });

  it('falls back to guessing when the page no longer matches the rule', () => {
    const composer = consolePage(classesLog(CONVERSATION));
    const derived = deriveRule(q('.msg.buyer'), q('.msg.seller'));
    if (!derived.ok) throw new Error('no rule');
    q('.msg-list').className = 'im-list';
    expect(applyRule(derived.rule, document, NO_LAYOUT)).toBeNull();
    const transcript = readTranscript(composer, { layout: NO_LAYOUT, rule: derived.rule });
    expect(transcript.source).toBe('guess');
    expect(transcript.messages.at(-1)).toMatchObject({ side: 'customer', text: '订单号 202411051823456789' });
  });

  it('guesses when the rule\'s list is there but its rows are not (the site renamed them)', () => {
    const composer = consolePage(classesLog(CONVERSATION));
    const derived = deriveRule(q('.msg.buyer'), q('.msg.seller'));
    if (!derived.ok) throw new Error('no rule');
    for (const row of document.querySelectorAll('.msg')) row.classList.replace('msg', 'im-msg');
    const transcript = readTranscript(composer, { layout: NO_LAYOUT, rule: derived.rule });
    expect(transcript.source).toBe('guess');
    expect(transcript.messages).toHaveLength(CONVERSATION.length);
  });

  it('leaves generated ids and hashed classes out of the path', () => {
    document.body.innerHTML = '<div id="conv-83721" class="pane css-1x9ab3 _3kQ9z wide"><ul id="list" class="mt-2"><li>x</li></ul></div>';
    expect(pathTo(q('#list'))).toEqual([
      { tag: 'div', classes: ['pane', 'wide'] },
      { tag: 'ul', classes: ['mt-2'], id: 'list' },
    ]);
  });
});

describe('a stored rule', () => {
  const good: TaughtRule = {
    version: 1,
    log: [{ tag: 'ul', classes: ['msg-list'] }],
    message: { tag: 'li', classes: ['msg'] },
    sides: { by: 'class', customer: 'buyer', agent: null },
  };

  it('passes the schema as stored', () => {
    expect(parseRule(good)).toEqual({ ok: true, rule: good });
  });

  it.each([
    ['a class with selector syntax', { ...good, log: [{ tag: 'ul', classes: ['a b'] }] }, 'log.0.classes.0: not a class name'],
    ['a tag with an attribute in it', { ...good, message: { tag: 'li onclick=x', classes: [] } }, 'message.tag: not a tag name'],
    ['a class rule naming no class', { ...good, sides: { by: 'class', customer: null, agent: null } }, '(rule): a class rule names a class of at least one side'],
    ['another version', { ...good, version: 2 }, 'version'],
    ['an empty path', { ...good, log: [] }, 'log'],
    ['an unknown side method', { ...good, sides: { by: 'xpath', agent: '//li' } }, 'sides.by'],
    ['a key of its own', { ...good, run: 'alert(1)' }, 'run'],
  ] as const)('fails with %s, naming where', (_name, stored, where) => {
    const parsed = parseRule(stored);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.some((p) => p.startsWith(where))).toBe(true);
  });

  it('fails on what is no rule at all', () => {
    expect(parseRule('{"version":1}').ok).toBe(false);
    expect(parseRule(null).ok).toBe(false);
  });
});
