import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { HuashuDB } from '../../utils/db/database';
import { restoreSnapshot, type UndoSnapshot } from '../../utils/db/edit-rules';
import type { Translate } from '../../utils/i18n';

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

/** The phrase manager's messages: what each part of it gets to say where its actions were. */
export interface FeedbackSlots {
  /** Says `message` next to the control that caused it. */
  say(at: string, message: string, undo?: UndoSnapshot): void;
  /** Runs an action; a failure is said where the action was. Resolves whether it succeeded. */
  run(at: string, action: () => Promise<unknown>): Promise<boolean>;
  /** The message for this place (with its Undo button), if the last one was said here; null otherwise. */
  slot(at: string): JSX.Element | null;
}

export function useFeedback(t: Translate, db: HuashuDB, initial: () => FeedbackState | null): FeedbackSlots {
  const [feedback, setFeedback] = useState<FeedbackState | null>(initial);
  const say = (at: string, message: string, undo?: UndoSnapshot) => setFeedback(undo ? { at, message, undo } : { at, message });
  const run = async (at: string, action: () => Promise<unknown>) => {
    try {
      await action();
      return true;
    } catch (error) {
      setFeedback({ at, message: t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) }), error: true });
      return false;
    }
  };
  const slot = (at: string) =>
    feedback?.at !== at ? null : (
    <Feedback
      t={t}
      at={at}
      state={feedback}
      onUndo={(snapshot) =>
        void run(at, async () => {
          await restoreSnapshot(db, snapshot);
          say(at, t('mgr.undone', { count: snapshot.phrases.length }));
        })
      }
    />
  );
  return { say, run, slot };
}
