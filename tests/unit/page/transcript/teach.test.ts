// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { teachByClicks } from '../../../../utils/page/transcript/teach';
import { NO_LAYOUT } from '../../../../utils/page/transcript/layout';

function page(): { doc: Document; customer: Element; agent: Element } {
  document.body.innerHTML = `
    <div class="chat"><div class="thread">
      <div class="msg msg-a"><span class="txt">请问发票怎么开？</span></div>
      <div class="msg msg-b"><span class="txt">您好，请稍等</span></div>
      <div class="msg msg-a"><span class="txt">好的</span></div>
    </div><textarea></textarea></div>`;
  const [customer, agent] = [...document.querySelectorAll('.txt')] as [Element, Element];
  return { doc: document, customer, agent };
}

/** A click as the browser makes it for the user (happy-dom makes every event untrusted). */
function click(el: Element, trusted: boolean): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
  return event;
}

describe('the teach step’s clicks', () => {
  it('takes one trusted click on a customer message and one on the agent’s, kept from the page, and derives the rule', async () => {
    const { doc, customer, agent } = page();
    const heard: string[] = [];
    doc.addEventListener('click', (e) => heard.push((e.target as Element).textContent ?? ''));
    const step = teachByClicks({ docs: [doc], layout: NO_LAYOUT });
    expect(click(customer, true).defaultPrevented).toBe(true);
    click(agent, true);
    const result = await step.result;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rule.sides).toEqual({ by: 'class', customer: 'msg-a', agent: 'msg-b' });
    // The page saw neither teaching click, and sees clicks again afterwards.
    expect(heard).toEqual([]);
    click(customer, true);
    expect(heard).toEqual(['请问发票怎么开？']);
  });

  it('ignores clicks and Esc the page makes up; cancel ends it with nothing learned', async () => {
    const { doc, customer, agent } = page();
    const step = teachByClicks({ docs: [doc], layout: NO_LAYOUT });
    click(customer, false);
    click(agent, false);
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    let settled = false;
    void step.result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    step.cancel();
    expect(await step.result).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('a trusted Esc cancels, and two clicks in one message teach nothing', async () => {
    const { doc, customer } = page();
    const esc = teachByClicks({ docs: [doc], layout: NO_LAYOUT });
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    Object.defineProperty(key, 'isTrusted', { value: true });
    doc.body.dispatchEvent(key);
    expect(await esc.result).toEqual({ ok: false, reason: 'cancelled' });
    const same = teachByClicks({ docs: [doc], layout: NO_LAYOUT });
    click(customer, true);
    click(customer, true);
    expect((await same.result).ok).toBe(false);
  });
});
