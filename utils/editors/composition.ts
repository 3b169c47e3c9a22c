/**
 * IME composition state, from trusted events. A page script can dispatch a synthetic
 * `compositionstart` (to switch the send check off, or to make a sidebar insertion wait forever)
 * or `compositionend` (to make the slash trigger search what it wrote). Only a trusted
 * `compositionstart` starts a composition; a `compositionend` counts only while such a composition
 * is in progress (Chromium itself reports the end of a committed composition with isTrusted
 * false, so its trust is derived from the trusted start). A composition whose end never arrives
 * (the input was removed, focus moved) expires after a while.
 */

/** How long a composition lasts without a trusted composition event before it counts as over. */
export const COMPOSITION_TIMEOUT_MS = 10_000;

export interface CompositionClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface CompositionState {
  /** Feed every composition event (start, update, end) of a watched document. */
  onEvent(event: Pick<Event, 'type' | 'isTrusted'>): void;
  /** True when `event` is the compositionend that ended a trusted composition (act on it); false for a page's own. */
  ended(event: object): boolean;
  isComposing(): boolean;
  /** Resolves when no composition is in progress (at once if none is, at the latest after the time-out). */
  whenIdle(): Promise<void>;
  dispose(): void;
}

export function createCompositionState(clock: CompositionClock, timeoutMs = COMPOSITION_TIMEOUT_MS): CompositionState {
  let composingSince: number | null = null;
  let lastSeen = 0;
  let timer = 0;
  let waiters: (() => void)[] = [];
  let lastEnd: object | null = null;

  function finish(): void {
    composingSince = null;
    clock.clearTimeout(timer);
    timer = 0;
    const done = waiters;
    waiters = [];
    // Editors finish their own composition handling in the same task; run after them.
    if (done.length > 0) clock.setTimeout(() => done.forEach((w) => w()), 0);
  }

  function arm(): void {
    clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = 0;
      if (composingSince !== null && clock.now() - lastSeen >= timeoutMs) finish();
    }, timeoutMs);
  }

  return {
    onEvent(event) {
      if (event.type === 'compositionend') {
        if (composingSince === null) return;
        lastEnd = event;
        finish();
        return;
      }
      if (!event.isTrusted) return;
      if (event.type !== 'compositionstart' && composingSince === null) return;
      lastSeen = clock.now();
      composingSince ??= lastSeen;
      arm();
    },
    ended: (event) => event === lastEnd,
    isComposing: () => composingSince !== null && clock.now() - lastSeen < timeoutMs,
    whenIdle() {
      if (composingSince === null || clock.now() - lastSeen >= timeoutMs) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    dispose() {
      clock.clearTimeout(timer);
    },
  };
}
