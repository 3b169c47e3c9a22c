import type { JSX } from 'preact';
import type { CampaignTranslate } from '../../utils/locales/campaign';
import type { PhraseDayState } from './campaign';

/** "not active yet" / "expired" next to a phrase outside its validity window (nothing for an active one). */
export function StateBadge({ t, day }: { t: CampaignTranslate; day: PhraseDayState }): JSX.Element | null {
  if (day.state === 'active') return null;
  const title = `${day.window.validFrom ?? ''} – ${day.window.validUntil ?? ''}`;
  return (
    <span class={`badge state-${day.state}`} title={title}>
      {t(day.state === 'scheduled' ? 'camp.scheduled' : 'camp.expired')}
    </span>
  );
}
