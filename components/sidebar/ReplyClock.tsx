import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { ClockView, ProtocolMap, Sender } from '../../utils/protocol';
import { formatWait, phaseOf } from '../../utils/clock/targets';
import { clockLabel } from '../../utils/clock/label';

const NO_WAIT: ClockView = { since: null, targetMs: 0 };

/**
 * The reply clock in the sidebar's header: how long the customer of this tab has waited, asked from the background
 * when the sidebar opens and again on each of its pings; one timer, only while a message waits.
 */
export function ReplyClock({ t, send, onChanged, now = () => Date.now() }: {
  t: Translate;
  send: Sender<ProtocolMap>;
  onChanged?: ((listener: () => void) => () => void) | undefined;
  now?: () => number;
}): JSX.Element | null {
  const [view, setView] = useState<ClockView>(NO_WAIT);
  const [, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () =>
      void send('clock:view', {}).then(
        (v) => live && setView(typeof v?.since === 'number' && typeof v.targetMs === 'number' ? v : NO_WAIT),
        () => undefined,
      );
    load();
    const stop = onChanged?.(load);
    return () => {
      live = false;
      stop?.();
    };
  }, [send, onChanged]);
  useEffect(() => {
    if (view.since === null) return;
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [view.since]);
  if (view.since === null) return null;
  const waited = Math.max(0, now() - view.since);
  return (
    <span class="reply-clock" role="timer" data-phase={phaseOf(waited, view.targetMs)} aria-label={clockLabel(t, waited, view.targetMs)} title={clockLabel(t, waited, view.targetMs)}>
      ⏱ {formatWait(waited)}
    </span>
  );
}
