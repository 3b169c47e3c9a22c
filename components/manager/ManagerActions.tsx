// The phrase manager's two action bars wired to the library: the chosen group's toolbar and the selection's bar.
import type { JSX } from 'preact';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import { isReadOnlyPack } from '../../utils/db/edit-rules';
import { deleteGroup, moveGroup, renameGroup } from '../../utils/db/group-writes';
import { addTag, copyToPersonal, deletePhrases, movePhrases, setPinned } from '../../utils/db/phrase-writes';
import { setGroupWindow } from '../../utils/db/date-writes';
import { campaignText } from '../../utils/locales/campaign';
import type { IsoDate } from '../../utils/validity/dates';
import type { WindowState } from '../../utils/validity/window';
import { BulkBar } from './BulkBar';
import type { FeedbackSlots } from './Feedback';
import { GroupToolbar } from './GroupToolbar';
import { groupLabel, packLabel, type ManagerContext } from './shared';
import type { LibraryView } from './view';

export interface GroupActionsProps {
  ctx: ManagerContext;
  view: LibraryView;
  feedback: FeedbackSlots;
  group: GroupRecord;
  count: number;
  today: IsoDate;
  state: WindowState;
  /** The group to show after this one is deleted (the one its phrases moved to, or undefined for all phrases). */
  onGone(next: string | undefined): void;
}

/** The chosen group's toolbar: rename, move, delete (its phrases deleted or moved), validity window. */
export function GroupActions({ ctx, view, feedback, group, count, today, state, onGone }: GroupActionsProps): JSX.Element {
  const { t, db, locale } = ctx;
  const { run, say } = feedback;
  return (
    <GroupToolbar
      t={t}
      group={group}
      packName={packLabel(t, view.packs, group.packId)}
      count={count}
      readOnly={isReadOnlyPack(view.packs.get(group.packId))}
      targets={view.treeByPack.get(group.packId) ?? []}
      onRename={(name) =>
        run('group', async () => {
          await renameGroup(db, group.id, name);
          say('group', t('options.saved'));
        })
      }
      onMove={(delta) => void run('group', () => moveGroup(db, group.id, delta))}
      onDelete={(moveTo) =>
        run('group', async () => {
          const snapshot = await deleteGroup(db, group.id, { now: ctx.now(), ...(moveTo ? { moveTo } : {}) });
          onGone(moveTo);
          say('group', t('mgr.groupDeleted', { name: group.name, count: snapshot.phrases.length }), snapshot);
        })
      }
      c={campaignText(locale)}
      today={today}
      state={state}
      onSetWindow={(window) =>
        run('group', async () => {
          await setGroupWindow(db, group.id, window);
          say('group', t('options.saved'));
        })
      }
    />
  );
}

export interface SelectionActionsProps {
  ctx: ManagerContext;
  view: LibraryView;
  feedback: FeedbackSlots;
  selection: ReadonlySet<string>;
  onSelection(next: Set<string>): void;
  onExportSelection(): void;
}

/** What can be done to the selected phrases: pin, copy to my phrases, move, tag, export, delete (with undo). */
export function SelectionActions({ ctx, view, feedback, selection, onSelection, onExportSelection }: SelectionActionsProps): JSX.Element {
  const { t, db } = ctx;
  const { run, say } = feedback;
  const ids = () => [...selection];
  // Phrases move only within their pack, and only all of one editable pack at once.
  const movable = ids()
    .map((id) => view.phraseById.get(id))
    .filter((p): p is PhraseRecord => p !== undefined);
  const movePack = movable[0]?.packId;
  const moveTargets =
    movePack !== undefined && movable.every((p) => p.packId === movePack) && !isReadOnlyPack(view.packs.get(movePack)) ? (view.treeByPack.get(movePack) ?? []) : [];
  return (
    <BulkBar
      t={t}
      count={selection.size}
      moveTargets={moveTargets}
      onPin={(pinned) => void run('bulk', () => setPinned(db, ids(), pinned))}
      onCopy={() =>
        void run('bulk', async () => {
          const copied = await copyToPersonal(db, ids(), { now: ctx.now(), defaultGroupName: t('mgr.myPhrases') });
          say('bulk', t('mgr.copied', { count: copied.length }));
        })
      }
      onMove={(target) =>
        void run('bulk', async () => {
          const n = await movePhrases(db, ids(), target, ctx.now());
          say('bulk', t('mgr.moved', { count: n, group: groupLabel(t, view.groups, target) }));
        })
      }
      onTag={(tag) =>
        run('bulk', async () => {
          const n = await addTag(db, ids(), tag, ctx.now());
          say('bulk', t('mgr.tagged', { count: n }));
        })
      }
      onExport={onExportSelection}
      onDelete={() =>
        void run('bulk', async () => {
          const snapshot = await deletePhrases(db, ids());
          onSelection(new Set());
          // The bar goes with the selection: the message stays above the list.
          say('editor', t('mgr.deleted', { count: snapshot.phrases.length }), snapshot);
        })
      }
      onClear={() => onSelection(new Set())}
      feedback={feedback.slot('bulk')}
    />
  );
}
