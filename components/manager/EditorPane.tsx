import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import { StaleWriteError } from '../../utils/db/revision';
import { copyToPersonal, savePhrase, type PhraseDraft } from '../../utils/db/phrase-writes';
import { ConflictNotice } from './ConflictNotice';
import { PhraseEditor } from './PhraseEditor';
import type { ManagerContext } from './shared';
import { titleOrDerived } from '../../utils/packs/title';
import type { IsoDate } from '../../utils/validity/dates';

export interface EditingPhrase {
  draft: PhraseDraft;
  readOnly: boolean;
  packId: string;
}

export interface EditorPaneProps {
  ctx: ManagerContext;
  /** The library's today (see PhraseEditor). */
  today: IsoDate;
  editing: EditingPhrase;
  groups: { group: GroupRecord; depth: number }[];
  others: readonly PhraseRecord[];
  /** Runs an action; failures are said where the editor is. */
  run(action: () => Promise<unknown>): Promise<boolean>;
  /** The phrase was saved or copied: close the editor and say so. */
  onSaved(message: string): void;
  onClose(): void;
  /** Open the stored version of a phrase (after a conflicting edit elsewhere). */
  onReopen(phrase: PhraseRecord): void;
}

/** The phrase editor with its save, copy and conflict handling. */
export function EditorPane({ ctx, today, editing, groups, others, run, onSaved, onClose, onReopen }: EditorPaneProps): JSX.Element {
  const { t, db, locale } = ctx;
  /** A save refused because the phrase changed elsewhere: the agent's draft and the stored phrase. */
  const [conflict, setConflict] = useState<{ draft: PhraseDraft; current: PhraseRecord } | null>(null);
  const savedTitle = (draft: PhraseDraft) => titleOrDerived(draft);
  const copyId = editing.readOnly ? editing.draft.id : undefined;

  return (
    <>
      {conflict && (
        <ConflictNotice
          t={t}
          current={conflict.current}
          onReload={() => {
            setConflict(null);
            onReopen(conflict.current);
          }}
          onOverwrite={() =>
            void run(async () => {
              await savePhrase(db, conflict.draft, ctx.now(), { overwrite: true });
              setConflict(null);
              onSaved(t('mgr.phraseSaved', { title: savedTitle(conflict.draft) }));
            })
          }
        />
      )}
      <PhraseEditor
        key={`${editing.draft.id ?? 'new'}@${editing.draft.rev ?? 0}`}
        t={t}
        locale={locale}
        initial={editing.draft}
        readOnly={editing.readOnly}
        today={today}
        groups={groups}
        others={others}
        onCancel={() => {
          setConflict(null);
          onClose();
        }}
        onSave={async (draft) => {
          await run(async () => {
            try {
              await savePhrase(db, draft, ctx.now());
            } catch (error) {
              if (!(error instanceof StaleWriteError)) throw error;
              setConflict({ draft, current: error.current });
              return;
            }
            setConflict(null);
            onSaved(t('mgr.phraseSaved', { title: savedTitle(draft) }));
          });
        }}
        {...(copyId !== undefined
          ? {
              onCopy: () =>
                void run(async () => {
                  await copyToPersonal(db, [copyId], { now: ctx.now(), defaultGroupName: t('mgr.myPhrases') });
                  onSaved(t('mgr.copied', { count: 1 }));
                }),
            }
          : {})}
      />
    </>
  );
}
