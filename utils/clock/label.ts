import type { Translate } from '../i18n';
import { formatWait, phaseOf } from './targets';

/** The accessible name of a wait, the same by the chat input and in the sidebar's header. */
export function clockLabel(t: Translate, waitedMs: number, targetMs: number): string {
  const phase = phaseOf(waitedMs, targetMs);
  const base = t('clock.waiting', { time: formatWait(waitedMs), target: Math.round(targetMs / 1000) });
  return phase === 'ok' ? base : `${base} · ${t(phase === 'near' ? 'clock.near' : 'clock.over')}`;
}
