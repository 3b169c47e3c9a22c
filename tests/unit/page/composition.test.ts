import { describe, expect, it } from 'vitest';
import { COMPOSITION_TIMEOUT_MS, createCompositionState, type CompositionClock } from '../../../utils/editors/composition';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: CompositionClock = {
    now: () => now,
    setTimeout(fn, ms) {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        timers.delete(id);
        t.fn();
      }
    },
  };
}

const trusted = (type: string) => ({ type, isTrusted: true });
const synthetic = (type: string) => ({ type, isTrusted: false });

describe('composition state', () => {
  it('a synthetic compositionstart does not start a composition; insertions do not wait for it', async () => {
    const { clock } = manualClock();
    const state = createCompositionState(clock);
    state.onEvent(synthetic('compositionstart'));
    expect(state.isComposing()).toBe(false);
    await expect(state.whenIdle()).resolves.toBeUndefined();
  });

  it('a compositionend counts only while a trusted composition is in progress (Chromium sends the end untrusted)', () => {
    const { clock } = manualClock();
    const state = createCompositionState(clock);
    const pageEnd = synthetic('compositionend');
    state.onEvent(synthetic('compositionstart'));
    state.onEvent(pageEnd);
    expect(state.ended(pageEnd)).toBe(false);
    state.onEvent(trusted('compositionstart'));
    expect(state.isComposing()).toBe(true);
    const browserEnd = synthetic('compositionend');
    state.onEvent(browserEnd);
    expect(state.isComposing()).toBe(false);
    expect(state.ended(browserEnd)).toBe(true);
  });

  it('waiters resolve after the trusted compositionend, in a later task', () => {
    const { clock, advance } = manualClock();
    const state = createCompositionState(clock);
    state.onEvent(trusted('compositionstart'));
    let idle = false;
    void state.whenIdle().then(() => (idle = true));
    state.onEvent(trusted('compositionend'));
    return Promise.resolve()
      .then(() => expect(idle).toBe(false))
      .then(() => advance(0))
      .then(() => Promise.resolve())
      .then(() => expect(idle).toBe(true));
  });

  it('a composition whose end never comes expires; trusted updates keep it alive', async () => {
    const { clock, advance } = manualClock();
    const state = createCompositionState(clock);
    state.onEvent(trusted('compositionstart'));
    let idle = false;
    const waiting = state.whenIdle().then(() => (idle = true));
    advance(COMPOSITION_TIMEOUT_MS - 1);
    state.onEvent(trusted('compositionupdate'));
    advance(COMPOSITION_TIMEOUT_MS - 1);
    expect(state.isComposing()).toBe(true);
    // A synthetic update does not extend it.
    state.onEvent(synthetic('compositionupdate'));
    advance(1);
    expect(state.isComposing()).toBe(false);
    advance(0);
    await waiting;
    expect(idle).toBe(true);
  });
});
