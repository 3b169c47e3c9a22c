import type { JSX } from 'preact';
import type { PhraseRecord } from '../../utils/db/types';
import type { CampaignTranslate } from '../../utils/locales/campaign';
import { titleOrDerived } from '../../utils/packs/title';
import { revealBidi } from '../../utils/packs/unicode';

export interface NeedsReviewProps {
  t: CampaignTranslate;
  /** Phrases whose review date has come, earliest first. */
  due: readonly PhraseRecord[];
  onOpen(p: PhraseRecord): void;
}

/** "Needs review": the policy phrases whose review date has come; each opens in the editor. Nothing when none. */
export function NeedsReview({ t, due, onOpen }: NeedsReviewProps): JSX.Element | null {
  if (due.length === 0) return null;
  return (
    <section class="needs-review" aria-labelledby="needs-review-h">
      <h3 id="needs-review-h">{t('camp.needsReview', { count: due.length })}</h3>
      <ul>
        {due.map((p) => (
          <li key={p.id}>
            <button type="button" class="link" onClick={() => onOpen(p)}>
              {revealBidi(titleOrDerived(p))}
            </button>{' '}
            <span class="muted">{`${t('camp.reviewDate')} ${p.reviewDate ?? ''}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
