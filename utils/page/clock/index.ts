/**
 * The reply clock on the chat page: from the moment the transcript reader sees a customer message the agent has not
 * answered, a badge beside the chat input counts the wait (mm:ss), amber from 70% of the site's target, red past it;
 * it stops when the agent's own message appears in the transcript or a send gesture empties the chat input
 * (utils/page/send-watch.ts). One timer, running only while a message waits, updates it once a second. The background
 * keeps the wait for the sidebar's header and records the answer's duration (never text). Time comes from `now`.
 */
import type { ProtocolMap, Sender } from '../../protocol';
import type { EditorTracker } from '../../editors/tracker';
import type { Translate } from '../../i18n';
import type { Side } from '../transcript/tokens';
import { boxInTop } from '../tone/geometry';
import { findSendButtons } from '../tone/send-guard';
import { watchSends } from '../send-watch';
import { createClockBadge, type ClockBadge } from './badge';
import { placeClock } from './place';

export interface ClockTimers {
  setInterval(run: () => void, ms: number): number;
  clearInterval(id: number): void;
  /** Runs once the page has handled the event being dispatched now. */
  later(run: () => void): void;
}

export interface ReplyClockDeps {
  /** The top window (the badge is drawn there). */
  win: Window;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  t: Translate;
  origin: string;
  now?: () => number;
  timers?: ClockTimers;
  /** The badge (the closed shadow root's by default; unit tests watch a fake). */
  badge?: ClockBadge;
}

interface ClockState {
  enabled: boolean;
  targetMs: number;
  /** When the oldest unanswered customer message was seen, or null. */
  since: number | null;
  timer: number | null;
}

const TICK_MS = 1000;

function windowTimers(win: Window): ClockTimers {
  return {
    setInterval: (run, ms) => win.setInterval(run, ms),
    clearInterval: (id) => win.clearInterval(id),
    later: (run) => void win.setTimeout(run, 0),
  };
}

export function startReplyClock(deps: ReplyClockDeps) {
  const { win, tracker, send, origin, now = () => Date.now(), timers = windowTimers(win) } = deps;
  const state: ClockState = { enabled: false, targetMs: 0, since: null, timer: null };
  const badge = deps.badge ?? createClockBadge(win.document, deps.t);

  function draw(): void {
    const el = tracker.current()?.el;
    if (state.since === null || !el?.isConnected) return badge.hide();
    const input = boxInTop(el, win);
    const spot = placeClock(input, findSendButtons(el).map((b) => boxInTop(b, win)), { width: win.innerWidth, height: win.innerHeight });
    if (spot) badge.show(now() - state.since, state.targetMs, spot);
    else badge.hide();
  }

  function stop(report: 'answered' | 'idle'): void {
    if (state.timer !== null) timers.clearInterval(state.timer);
    state.timer = null;
    const was = state.since;
    state.since = null;
    badge.hide();
    if (was !== null) void send('clock:state', { state: report, waitedMs: Math.max(0, now() - was) }).catch(() => undefined);
  }

  function start(): void {
    if (!state.enabled || state.since !== null) return;
    state.since = now();
    void send('clock:state', { state: 'waiting', waitedMs: 0 }).catch(() => undefined);
    state.timer = timers.setInterval(draw, TICK_MS);
    draw();
  }

  // A send gesture that took the draft answers the customer.
  const stopWatching = watchSends(tracker, timers.later, (el) => {
    if (state.since !== null && tracker.current()?.el === el) stop('answered');
  });

  return {
    /** Messages the transcript reader saw arrive, oldest first. */
    onMessages(sides: readonly Side[]): void {
      for (const side of sides) {
        if (side === 'customer') start();
        else if (side === 'agent') stop('answered');
      }
    },
    /** Another conversation is shown: nothing waits that the clock saw arrive. */
    onConversationChanged(): void {
      stop('idle');
    },
    /** Asks the background whether the clock is on here and the site's target. */
    async reload(): Promise<void> {
      const got = await send('clock:get', { origin }).catch(() => ({ enabled: false, targetMs: 0 }));
      state.enabled = got.enabled;
      state.targetMs = got.targetMs;
      if (!state.enabled) stop('idle');
      else draw();
    },
    dispose(): void {
      if (state.timer !== null) timers.clearInterval(state.timer);
      stopWatching();
      badge.dispose();
    },
  };
}

export type ReplyClock = ReturnType<typeof startReplyClock>;
