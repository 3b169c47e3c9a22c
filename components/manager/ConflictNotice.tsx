import type { JSX } from 'preact';
import type { PhraseRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import { revealBidi } from '../../utils/packs/unicode';
import { titleOrDerived } from '../../utils/packs/title';

export interface ConflictNoticeProps {
  t: Translate;
  /** The phrase as stored now (changed in another tab or by an import). */
  current: PhraseRecord;
  /** Reopen the form at the stored version (the agent's unsaved changes are dropped). */
  onReload(): void;
  /** Save the agent's version over it anyway. */
  onOverwrite(): void;
}

/** A save was refused because the phrase changed elsewhere: "reload / overwrite". */
export function ConflictNotice({ t, current, onReload, onOverwrite }: ConflictNoticeProps): JSX.Element {
  return (
    <div class="conflict" role="alert">
      <p>{t('mgr.conflict', { title: revealBidi(titleOrDerived(current)) })}</p>
      <button type="button" onClick={onReload}>
        {t('mgr.conflictReload')}
      </button>
      <button type="button" onClick={onOverwrite}>
        {t('mgr.conflictOverwrite')}
      </button>
    </div>
  );
}
