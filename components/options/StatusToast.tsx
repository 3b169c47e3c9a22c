import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { UndoSnapshot } from '../../utils/db/edit-rules';
import type { UiLocale } from '../../utils/settings';

/**
 * The status line. `message` is text in the language it was said in; `say` says it again in another one, so a
 * message shown before the agent switches the UI language (e.g. "Saved." for that switch) follows the switch. A
 * message that cannot be said again is dropped on a switch rather than left in the old language.
 */
export interface Status {
  message: string;
  locale: UiLocale;
  say?: (t: Translate) => string;
  undo?: UndoSnapshot;
}

/** The status as said in `locale`, or null when it cannot be. */
export function statusIn(status: Status | null, locale: UiLocale, t: Translate): Pick<Status, 'message' | 'undo'> | null {
  if (status === null) return null;
  if (status.locale === locale) return status;
  return status.say ? { message: status.say(t) } : null;
}

/** One polite live region for the tabs' messages, with an undo button when the message offers one. */
export function StatusToast({ t, shown, onUndo }: { t: Translate; shown: Pick<Status, 'message' | 'undo'> | null; onUndo(snapshot: UndoSnapshot): void }): JSX.Element {
  return (
    <div class="toast" role="status" aria-live="polite">
      {shown && (
        <>
          <span>{shown.message}</span>
          {shown.undo && (
            <button type="button" onClick={() => shown.undo && onUndo(shown.undo)}>
              {t('mgr.undo')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
