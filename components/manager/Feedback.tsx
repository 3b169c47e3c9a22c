import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { UndoSnapshot } from '../../utils/db/edit-rules';

/**
 * What the last action in the phrase manager said, and where: the message is shown next to the
 * control that caused it (the group list, the group's toolbar, the bulk bar, the row, the editor),
 * not at the top of a long page. One message at a time, so it is announced once.
 */
export interface FeedbackState {
  /** Slot the message belongs to: 'groups', 'group', 'bulk', 'editor', or `row:<id>` (after that row; 'row:' before the first). */
  at: string;
  message: string;
  error?: boolean;
  undo?: UndoSnapshot;
}

export interface FeedbackProps {
  t: Translate;
  at: string;
  state: FeedbackState | null;
  onUndo(snapshot: UndoSnapshot): void;
}

export function Feedback({ t, at, state, onUndo }: FeedbackProps): JSX.Element | null {
  if (state === null || state.at !== at) return null;
  const { undo } = state;
  return (
    <p class={state.error ? 'feedback error-box' : 'feedback'} role="status">
      <span>{state.message}</span>
      {undo && (
        <button type="button" onClick={() => onUndo(undo)}>
          {t('mgr.undo')}
        </button>
      )}
    </p>
  );
}
