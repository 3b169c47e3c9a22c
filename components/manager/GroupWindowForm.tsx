import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { CampaignTranslate } from '../../utils/locales/campaign';
import { datedFieldsProblem } from '../../utils/db/date-writes';
import type { IsoDate } from '../../utils/validity/dates';
import type { ValidityWindow } from '../../utils/validity/window';
import { DateFields } from './DateFields';

export interface GroupWindowFormProps {
  t: Translate;
  c: CampaignTranslate;
  group: GroupRecord;
  today: IsoDate;
  /** Saves the window; resolves true when done. */
  onSave(window: ValidityWindow): Promise<boolean>;
  onClose(): void;
}

/** The validity window of a whole group (and the groups inside it). */
export function GroupWindowForm({ t, c, group, today, onSave, onClose }: GroupWindowFormProps): JSX.Element {
  const [window, setWindow] = useState<ValidityWindow>(() => ({
    ...(group.validFrom ? { validFrom: group.validFrom } : {}),
    ...(group.validUntil ? { validUntil: group.validUntil } : {}),
  }));
  const [tried, setTried] = useState(false);
  return (
    <form
      class="confirm"
      aria-label={`${c('camp.window')} · ${group.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (datedFieldsProblem(window) !== null) return;
        void onSave(window).then((done) => done && onClose());
      }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <DateFields t={c} today={today} value={window} onChange={setWindow} showErrors={tried} idPrefix="group" />
      <div class="row">
        <button type="submit" class="primary">
          {t('mgr.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('mgr.cancel')}
        </button>
      </div>
    </form>
  );
}
