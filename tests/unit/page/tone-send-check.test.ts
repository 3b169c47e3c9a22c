// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ToneFinding } from '../../../utils/tone/index';
import { translator } from '../../../utils/i18n';
import type { EditorTracker } from '../../../utils/editors/tracker';
import { sendKeyInit } from '../../../utils/page/tone/gestures';
import type { ToneOverlay } from '../../../utils/page/tone/overlay';
import type { Rewriter } from '../../../utils/page/tone/rewrite';
import { createSendCheck, recordSent, SAME_SEND_MS, SENT_KEPT } from '../../../utils/page/tone/send-check';
import { mostSevereFirst } from '../../../utils/tone/precedence';
import { createToneState, FALLBACK_SETTINGS, type ToneContext } from '../../../utils/page/tone/state';
import type { DraftFinding } from '../../../utils/page/tone/draft-report';

function finding(partial: Partial<ToneFinding> & Pick<ToneFinding, 'start' | 'end'>): ToneFinding {
  return { text: 'x', ruleId: 'r', category: 'c', severity: 'warning', message: 'm', suggestions: [], safe: false, ...partial };
}

describe('what was sent, for the sidebar', () => {
  const none = (): DraftFinding[] => [];

  it('keeps the newest messages first, at most SENT_KEPT', () => {
    let sent = recordSent([], 'a', 0, none);
    for (let i = 1; i <= SENT_KEPT; i++) sent = recordSent(sent, `m${i}`, i * 10_000, none);
    expect(sent.map((s) => s.text)).toEqual(['m5', 'm4', 'm3', 'm2', 'm1']);
  });

  it('counts one send gesture that reaches it twice (keydown, then submit) once, and never a blank draft', () => {
    const findings = vi.fn(none);
    const once = recordSent([], '您好', 1000, findings);
    expect(recordSent(once, '您好', 1000 + SAME_SEND_MS - 1, findings)).toEqual(once);
    expect(recordSent(once, '您好', 1000 + SAME_SEND_MS, findings)).toHaveLength(2);
    expect(recordSent([], ' \n', 0, findings)).toEqual([]);
    // The draft is checked only for a message that is new.
    expect(findings).toHaveBeenCalledTimes(2);
  });
});

describe('the send check', () => {
  it('lists the most severe findings first, each kind in draft order', () => {
    const w = finding({ start: 0, end: 1, severity: 'warning' });
    const e2 = finding({ start: 5, end: 6, severity: 'error' });
    const e1 = finding({ start: 2, end: 3, severity: 'error' });
    expect(mostSevereFirst([w, e2, e1])).toEqual([e1, e2, w]);
  });

  it('replays the send key with the modifiers pages send with', () => {
    const init = sendKeyInit({ key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, metaKey: false });
    expect(init).toEqual({ key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, metaKey: false, bubbles: true, cancelable: true, composed: true });
  });

  function setup(compute: (text: string) => ToneFinding[]) {
    document.body.innerHTML = '<textarea id="t">我不能给你退款</textarea>';
    const target = document.getElementById('t') as HTMLTextAreaElement;
    const state = createToneState();
    const ctx: ToneContext = {
      win: window,
      topDoc: document,
      t: translator('en'),
      tracker: {} as EditorTracker,
      send: vi.fn(),
      state,
      overlay: {} as ToneOverlay,
      compute,
      schedule: vi.fn(),
      recheck: vi.fn(),
      closePopover: vi.fn(),
    };
    return { target, state, check: createSendCheck(ctx, {} as Rewriter) };
  }

  it('lets every send through in warn mode, and a draft with nothing at the threshold in block mode', () => {
    const warning = finding({ start: 2, end: 3, severity: 'warning' });
    const { target, state, check } = setup(() => ((state.checkState = 'full'), [warning]));
    const replay = vi.fn();
    state.settings = { ...FALLBACK_SETTINGS, mode: 'warn' };
    expect(check.guard(target, replay)).toBe(false);
    state.settings = FALLBACK_SETTINGS;
    expect(check.guard(target, replay)).toBe(false);
    // The check before sending also brings the overlay up to date.
    expect(state.findings).toEqual([warning]);
    expect(state.lastText).toBe('我不能给你退款');
    expect(replay).not.toHaveBeenCalled();
  });

  it('holds a send while a dialog or rewrite is in progress', () => {
    const { target, state, check } = setup(() => []);
    state.busy = true;
    expect(check.guard(target, vi.fn())).toBe(true);
  });

  it('holds a send made before the rules arrived until they do, then decides', async () => {
    let rulesArrived = false;
    const { target, state, check } = setup(() => {
      state.checkState = rulesArrived ? 'full' : 'none';
      return [];
    });
    let arrive = () => {};
    state.firstLoad = new Promise<void>((resolve) => (arrive = resolve));
    const replay = vi.fn();
    expect(check.guard(target, replay)).toBe(true);
    expect(state.busy).toBe(true);
    rulesArrived = true;
    state.firstLoad = null;
    arrive();
    await vi.waitFor(() => expect(replay).toHaveBeenCalledTimes(1));
    expect(state.busy).toBe(false);
  });

  it('notes a sent draft with its findings only while the check is on', () => {
    const warning = finding({ start: 2, end: 3 });
    const { target, state, check } = setup(() => [warning]);
    check.noteSent(target);
    expect(state.sent[0]).toMatchObject({ text: '我不能给你退款', findings: [{ ruleId: 'r', start: 2 }] });
    state.enabled = false;
    target.value = '好的';
    check.noteSent(target);
    expect(state.sent[0]).toMatchObject({ text: '好的', findings: [] });
  });
});
