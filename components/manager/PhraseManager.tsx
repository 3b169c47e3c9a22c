import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { DEFAULT_GROUP, PERSONAL, type PhraseRecord } from '../../utils/db/types';
import { isReadOnlyPack } from '../../utils/db/edit-rules';
import { createGroup } from '../../utils/db/group-writes';
import { EditorPane, type EditingPhrase } from './EditorPane';
import { useFeedback } from './Feedback';
import { GroupList } from './GroupList';
import { GroupActions, SelectionActions } from './ManagerActions';
import { NO_FILTERS, PhraseFilters, type Filters } from './PhraseFilters';
import { PhraseList } from './PhraseList';
import { draftOf, newDraft } from './draft';
import type { LibraryData } from '../../utils/db/library';
import { packLabel, type ManagerContext } from './shared';
import { useLibraryView, visiblePhrases } from './view';
import { useCampaignView } from './campaign';
import { NeedsReview } from './NeedsReview';
import { useLibraryDay } from '../useLibraryDay';
import { campaignText } from '../../utils/locales/campaign';
import { localDay } from '../../utils/validity/dates';

export interface PhraseManagerProps {
  ctx: ManagerContext;
  library: LibraryData;
  selection: ReadonlySet<string>;
  onSelection(next: Set<string>): void;
  /** Open the export panel for the current selection. */
  onExportSelection(): void;
  /** Open the new-phrase editor at once with this text (the sidebar's "create a phrase with this text"). */
  initialNewText?: string;
  /** Said above the phrase list when the page opens (a refused "create a phrase" link). */
  initialNotice?: string;
}

const ALL = '';

type Editing = EditingPhrase | null;

export function PhraseManager({ ctx, library, selection, onSelection, onExportSelection, initialNewText, initialNotice }: PhraseManagerProps): JSX.Element {
  const { t, db, locale } = ctx;
  const [group, setGroup] = useState<string>(ALL);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const { query } = filters;
  const [editing, setEditing] = useState<Editing>(() => (initialNewText === undefined ? null : { draft: newDraft(DEFAULT_GROUP, initialNewText), readOnly: false, packId: PERSONAL }));
  const feedback = useFeedback(t, db, () => (initialNotice === undefined ? null : { at: 'row:', message: initialNotice, error: true }));
  const { run, say, slot } = feedback;

  const view = useLibraryView(library);
  const today = useLibraryDay(db, ctx.now) ?? localDay(ctx.now());
  const campaign = useCampaignView(library, today);
  const { packs, groups, countByGroup, packOrder, treeByPack } = view;

  const currentGroup = group === ALL ? undefined : groups.get(group);
  const isReadOnly = (p: PhraseRecord) => isReadOnlyPack(packs.get(p.packId));

  const visible: PhraseRecord[] = useMemo(() => visiblePhrases(view, group, filters, locale), [view.followed, view.phraseById, view.packOrder, view.treeByPack, group, filters, locale]);

  function openNew(): void {
    const target = currentGroup && currentGroup.packId === PERSONAL ? currentGroup.id : DEFAULT_GROUP;
    setEditing({ draft: newDraft(target), readOnly: false, packId: PERSONAL });
  }

  function openPhrase(p: PhraseRecord): void {
    setEditing({ draft: draftOf(p), readOnly: isReadOnly(p), packId: p.packId });
  }

  const groupCount = currentGroup ? (countByGroup.get(currentGroup.id) ?? 0) : 0;
  const emptyGroup = currentGroup !== undefined && groupCount === 0 && query.trim() === '';

  return (
    <div class="manager">
      <GroupList
        t={t}
        packs={packs}
        packOrder={packOrder}
        treeByPack={treeByPack}
        countByGroup={countByGroup}
        total={library.phrases.length}
        group={group}
        onGroup={setGroup}
        onCreate={(name) => run('groups', async () => {
          setGroup((await createGroup(db, name)).id);
          say('groups', t('mgr.groupCreated', { name }));
        })}
        feedback={slot('groups')}
      />

      <section class="phrases" aria-labelledby="phrases-h">
        <h2 id="phrases-h">{currentGroup ? currentGroup.name : t('mgr.allPhrases')}</h2>
        {currentGroup && (
          <GroupActions
            ctx={ctx}
            view={view}
            feedback={feedback}
            group={currentGroup}
            count={groupCount}
            today={today}
            state={campaign.groupState(currentGroup)}
            onGone={(next) => setGroup(next ?? ALL)}
          />
        )}
        {slot('group')}

        <PhraseFilters
          t={t}
          filters={filters}
          packOptions={packOrder.map(({ id }) => ({ id, label: packLabel(t, packs, id) }))}
          onChange={setFilters}
          onNew={openNew}
        />

        <NeedsReview t={campaignText(locale)} due={campaign.due} onOpen={openPhrase} />

        {editing && (
          <EditorPane
            key={editing.draft.id ?? 'new'}
            ctx={ctx}
            today={today}
            editing={editing}
            groups={treeByPack.get(editing.packId) ?? []}
            others={library.phrases}
            run={(action) => run('editor', action)}
            onSaved={(message) => {
              setEditing(null);
              say('editor', message);
            }}
            onClose={() => setEditing(null)}
            onReopen={openPhrase}
          />
        )}
        {slot('editor')}

        {selection.size > 0 && (
          <SelectionActions ctx={ctx} view={view} feedback={feedback} selection={selection} onSelection={onSelection} onExportSelection={onExportSelection} />
        )}

        <PhraseList
          ctx={ctx}
          view={view}
          visible={visible}
          group={currentGroup}
          emptyGroup={emptyGroup}
          filters={filters}
          selection={selection}
          onSelection={onSelection}
          isReadOnly={isReadOnly}
          stateOf={campaign.stateOf}
          onOpen={openPhrase}
          onNew={openNew}
          feedback={feedback}
        />
      </section>
    </div>
  );
}
