import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { clockText, type ClockKey } from '../../utils/locales/clock';
import type { ProtocolMap, Sender, TeachOutcome } from '../../utils/protocol';

type Phase = 'idle' | 'teaching' | 'done' | 'cancelled' | 'failed' | 'unavailable';

const MESSAGE: Record<Exclude<Phase, 'idle'>, ClockKey> = {
  teaching: 'teach.instructions',
  done: 'teach.done',
  cancelled: 'teach.cancelled',
  failed: 'teach.failed',
  unavailable: 'teach.unavailable',
};

function phaseOf(outcome: TeachOutcome): Phase {
  if (outcome.ok) return 'done';
  return outcome.reason === 'cancelled' || outcome.reason === 'unavailable' ? outcome.reason : 'failed';
}

/**
 * "教一下 / Teach": when the suggestions answer the wrong side, the agent shows the transcript reader one customer
 * message and one of their own on the page. The instructions are here, in the sidebar (the page sees none of them).
 */
export function TeachStep({ locale, send }: { locale: string; send: Sender<ProtocolMap> }): JSX.Element {
  const t = clockText(locale);
  const [phase, setPhase] = useState<Phase>('idle');
  const start = () => {
    setPhase('teaching');
    void send('teach:start', {}).then(phaseOf, () => 'unavailable' as const).then(setPhase);
  };
  return (
    <section class="teach">
      <button type="button" class="link" onClick={start} aria-pressed={phase === 'teaching'}>
        {t('teach.button')}
      </button>
      {/* Only once the agent asked: the sidebar's own status (insertions) stays the first one. */}
      {phase !== 'idle' && (
        <p role="status" class={phase === 'failed' || phase === 'unavailable' ? 'error' : undefined}>
          {t(MESSAGE[phase])}
        </p>
      )}
    </section>
  );
}
