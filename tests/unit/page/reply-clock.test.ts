// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { translator } from '../../../utils/i18n';
import type { EditorTracker } from '../../../utils/editors/tracker';
import type { Box } from '../../../utils/editors/text-map';
import { startReplyClock, type ClockTimers } from '../../../utils/page/clock/index';
import type { ClockBadge } from '../../../utils/page/clock/badge';
import { clockLabel } from '../../../utils/clock/label';
import { CLOCK_BADGE, intersects, placeClock, toneBadgeRoom } from '../../../utils/page/clock/place';
import { formatWait, phaseOf, platformOf, targetSeconds } from '../../../utils/clock/targets';
import { replyDays } from '../../../utils/clock/stats';
import { REPLY_TARGETS } from '../../../phrases/clock/targets';

const t = translator('zh-CN');

/** A chat page with a textarea, a clock whose time, timers and badge the test holds. */
function setup(enabled = true) {
  document.body.innerHTML = '<form><textarea></textarea><button type="submit">发送</button></form>';
  const textarea = document.querySelector('textarea')!;
  textarea.getBoundingClientRect = () => ({ left: 100, top: 500, width: 400, height: 60, right: 500, bottom: 560, x: 100, y: 500, toJSON: () => ({}) });
  const tracker = { current: () => ({ el: textarea, caret: null }), onDocument: (l: (d: Document) => void) => l(document) } as unknown as EditorTracker;
  let now = 1_000_000;
  const ticks: (() => void)[] = [];
  const later: (() => void)[] = [];
  const timers: ClockTimers = {
    setInterval: (run) => ticks.push(run),
    clearInterval: (id) => void (ticks[id - 1] = () => undefined),
    later: (run) => void later.push(run),
  };
  const sent: { type: string; data: unknown }[] = [];
  const send = (async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'clock:get' ? { enabled, targetMs: 30_000 } : undefined;
  }) as never;
  const shown: { label: string | null; box?: Box } = { label: null };
  const badge: ClockBadge = {
    show: (waited, target, box) => Object.assign(shown, { label: clockLabel(t, waited, target), box }),
    hide: () => void (shown.label = null),
    dispose: () => undefined,
  };
  const clock = startReplyClock({ win: window, tracker, send, t, origin: 'https://myseller.taobao.com', now: () => now, timers, badge });
  const advance = (ms: number) => {
    now += ms;
    for (const tick of [...ticks]) tick();
  };
  const flushLater = () => later.splice(0).forEach((run) => run());
  return { clock, textarea, sent, shown, advance, flushLater, ticks };
}

const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

describe('the reply clock on the page', () => {
  it('starts on a customer message, turns amber at 70% and red at the target, and stops on the agent’s message', async () => {
    const { clock, sent, shown, advance, ticks } = setup();
    await clock.reload();
    expect(ticks).toHaveLength(0);
    clock.onMessages(['customer']);
    expect(shown.label).toBe('客户已等待 00:00（目标 30 秒）');
    advance(20_000);
    expect(shown.label).toBe('客户已等待 00:20（目标 30 秒）');
    advance(1_000);
    expect(shown.label).toBe('客户已等待 00:21（目标 30 秒） · 快到目标时间');
    // A second message of the customer does not restart the wait.
    clock.onMessages(['customer']);
    advance(9_000);
    expect(shown.label).toBe('客户已等待 00:30（目标 30 秒） · 已超过目标时间');
    clock.onMessages(['agent']);
    expect(shown.label).toBeNull();
    expect(sent.filter((m) => m.type === 'clock:state')).toEqual([
      { type: 'clock:state', data: { state: 'waiting', waitedMs: 0 } },
      { type: 'clock:state', data: { state: 'answered', waitedMs: 30_000 } },
    ]);
  });

  it('keeps its badge clear of the chat input, its send button and the tone badge', async () => {
    const { clock, shown, textarea } = setup();
    await clock.reload();
    clock.onMessages(['customer']);
    const input = textarea.getBoundingClientRect();
    expect(shown.box).toBeDefined();
    expect(intersects(shown.box!, input)).toBe(false);
    for (const room of toneBadgeRoom(input)) expect(intersects(shown.box!, room)).toBe(false);
    // A send button just above the input on the left and the tone badge's spots on the right: the badge goes below.
    const send = { left: 100, top: 470, width: 400, height: 26 };
    const spot = placeClock(input, [send], { width: 1000, height: 800 });
    expect(spot).toEqual({ left: 100, top: 563, ...CLOCK_BADGE });
    // No room anywhere: hidden rather than on the page's controls.
    expect(placeClock(input, [send, { left: 0, top: 560, width: 1000, height: 240 }], { width: 1000, height: 800 })).toBeNull();
  });

  it('stops when a trusted Enter sends the draft (the input empties), not on a script’s Enter or a kept draft', async () => {
    const { clock, textarea, sent, shown, flushLater } = setup();
    await clock.reload();
    clock.onMessages(['customer']);
    textarea.value = '您好，我帮您查一下';
    // A page script's Enter: nothing.
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    flushLater();
    expect(shown.label).not.toBeNull();
    // The agent's Enter, but the page kept the draft (not sent): still waiting.
    textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    flushLater();
    expect(shown.label).not.toBeNull();
    // Shift+Enter is a new line.
    textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true })));
    textarea.value = '';
    flushLater();
    expect(shown.label).not.toBeNull();
    textarea.value = '您好';
    textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    textarea.value = '';
    flushLater();
    expect(shown.label).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'clock:state', data: { state: 'answered', waitedMs: 0 } });
  });

  it('stops on a trusted click on the send button that empties the input', async () => {
    const { clock, textarea, shown, flushLater } = setup();
    await clock.reload();
    clock.onMessages(['customer']);
    textarea.value = '好的';
    const button = document.querySelector('button')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    textarea.value = '';
    flushLater();
    expect(shown.label).not.toBeNull();
    textarea.value = '好的';
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    textarea.value = '';
    flushLater();
    expect(shown.label).toBeNull();
  });

  it('shows nothing and runs no timer when switched off, and forgets a wait when another conversation is shown', async () => {
    const off = setup(false);
    await off.clock.reload();
    off.clock.onMessages(['customer']);
    expect(off.shown.label).toBeNull();
    expect(off.ticks).toHaveLength(0);
    const on = setup();
    await on.clock.reload();
    on.clock.onMessages(['customer']);
    on.clock.onConversationChanged();
    expect(on.shown.label).toBeNull();
    expect(on.sent.at(-1)).toEqual({ type: 'clock:state', data: { state: 'idle', waitedMs: 0 } });
  });
});

describe('reply targets and the record', () => {
  it.each([
    ['https://myseller.taobao.com', 'taobao', 30],
    ['https://trade.tmall.com', 'taobao', 30],
    ['https://dd.jd.com', 'jd', 30],
    ['https://mms.pinduoduo.com', 'pinduoduo', 180],
    ['https://im.jinritemai.com', 'douyin', 180],
    ['https://web.whatsapp.com', 'whatsapp', 180],
    ['https://acme.zendesk.com', 'helpdesk', 180],
    ['http://localhost:5180', 'default', 180],
    ['https://nottaobao.com', 'default', 180],
  ])('%s is %s with %i s', (origin, id, seconds) => {
    expect(platformOf(origin, REPLY_TARGETS)?.id).toBe(id);
    expect(targetSeconds(origin, REPLY_TARGETS, {})).toBe(seconds);
  });

  it('takes the agent’s figure for the site first, then for its platform', () => {
    expect(targetSeconds('https://myseller.taobao.com', REPLY_TARGETS, { taobao: 20 })).toBe(20);
    expect(targetSeconds('https://myseller.taobao.com', REPLY_TARGETS, { taobao: 20, 'https://myseller.taobao.com': 45 })).toBe(45);
  });

  it('formats waits and phases', () => {
    expect(formatWait(65_999)).toBe('01:05');
    expect(formatWait(6_000_000)).toBe('100:00');
    expect([phaseOf(20_999, 30_000), phaseOf(21_000, 30_000), phaseOf(30_000, 30_000)]).toEqual(['ok', 'near', 'over']);
  });

  it('sums each day: median and the share within target, newest day first', () => {
    const r = (day: string, ms: number) => ({ day, origin: 'https://a.jd.com', ms, targetMs: 30_000 });
    expect(replyDays([r('2026-12-01', 10_000), r('2026-12-02', 40_000), r('2026-12-01', 50_000), r('2026-12-01', 20_000), r('2026-12-02', 20_000)])).toEqual([
      { day: '2026-12-02', count: 2, medianMs: 30_000, withinShare: 0.5 },
      { day: '2026-12-01', count: 3, medianMs: 20_000, withinShare: 2 / 3 },
    ]);
  });
});
