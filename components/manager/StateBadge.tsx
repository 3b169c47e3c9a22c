import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { PhraseDayState } from './campaign';

/** "not active yet" / "expired" next to a phrase outside its validity window (nothing for an active one). */
export function StateBadge({ t, day }: { t: Translate; day: PhraseDayState }): JSX.Element | null {
  if (day.state === 'active') return null;
  const title =
    day.state === 'scheduled' ? t('camp.scheduledTitle', { date: day.window.validFrom ?? '' }) : t('camp.expiredTitle', { date: day.window.validUntil ?? '' });
  return (
    <span class={`badge state-${day.state}`} title={title}>
      {t(day.state === 'scheduled' ? 'camp.scheduled' : 'camp.expired')}
    </span>
  );
}
