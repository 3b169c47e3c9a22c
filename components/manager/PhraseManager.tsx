import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { DEFAULT_GROUP, PERSONAL, type PhraseRecord } from '../../utils/db/types';
import { revOf } from '../../utils/db/revision';
import { isReadOnlyPack } from '../../utils/db/edit-rules';
import { createGroup, deleteGroup, moveGroup, renameGroup } from '../../utils/db/group-writes';
import { addTag, copyToPersonal, deletePhrases, movePhrases, setPinned } from '../../utils/db/phrase-writes';
import { EditorPane, type EditingPhrase } from './EditorPane';
import { BulkBar } from './BulkBar';
import { useFeedback } from './Feedback';
import { GroupList } from './GroupList';
import { GroupToolbar } from './GroupToolbar';
import { NO_FILTERS, PhraseFilters, type Filters } from './PhraseFilters';
import { PhraseList } from './PhraseList';
import type { LibraryData } from '../../utils/db/library';
import { groupLabel, packLabel, type ManagerContext } from './shared';
import { useLibraryView, visiblePhrases } from './view';
import { useCampaignView } from './campaign';
import { NeedsReview } from './NeedsReview';
import { useLibraryDay } from '../useLibraryDay';
import { campaignText } from '../../utils/locales/campaign';
import { setGroupWindow } from '../../utils/db/date-writes';
import { datedFields } from '../../utils/validity/fields';
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
  const [editing, setEditing] = useState<Editing>(() =>
    initialNewText === undefined
      ? null
      : { draft: { group: DEFAULT_GROUP, title: '', text: initialNewText, shortcut: '', tags: [] }, readOnly: false, packId: PERSONAL },
  );
  const feedback = useFeedback(t, db, () => (initialNotice === undefined ? null : { at: 'row:', message: initialNotice, error: true }));
  const { run, say, slot } = feedback;

  const view = useLibraryView(library);
  const today = useLibraryDay(db, ctx.now) ?? localDay(ctx.now());
  const campaign = useCampaignView(library, today);
  const { packs, groups, countByGroup, packOrder, treeByPack } = view;

  const currentGroup = group === ALL ? undefined : groups.get(group);
  const currentGroupReadOnly = currentGroup !== undefined && isReadOnlyPack(packs.get(currentGroup.packId));
  const isReadOnly = (p: PhraseRecord) => isReadOnlyPack(packs.get(p.packId));

  const visible: PhraseRecord[] = useMemo(() => visiblePhrases(view, group, filters, locale), [view.followed, view.phraseById, view.packOrder, view.treeByPack, group, filters, locale]);

  function openNew(): void {
    const target = currentGroup && currentGroup.packId === PERSONAL ? currentGroup.id : DEFAULT_GROUP;
    setEditing({ draft: { group: target, title: '', text: '', shortcut: '', tags: [] }, readOnly: false, packId: PERSONAL });
  }

  function openPhrase(p: PhraseRecord): void {
    setEditing({
      draft: { id: p.id, group: p.group, title: p.title, text: p.text, shortcut: p.shortcut ?? '', tags: [...p.tags], questions: [...(p.questions ?? [])], rev: revOf(p), ...datedFields(p) },
      readOnly: isReadOnly(p),
      packId: p.packId,
    });
  }

  const personalTree = treeByPack.get(PERSONAL) ?? [];
  const editorGroups = editing ? (treeByPack.get(editing.packId) ?? []) : [];
  const movable = [...selection].map((id) => view.phraseById.get(id)).filter((p): p is PhraseRecord => p !== undefined);
  const movePack = movable[0]?.packId;
  const moveTargets =
    movePack !== undefined && movable.every((p) => p.packId === movePack) && !isReadOnlyPack(packs.get(movePack)) ? (treeByPack.get(movePack) ?? []) : [];

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
        onCreate={(name) =>
          run('groups', async () => {
            const g = await createGroup(db, name);
            setGroup(g.id);
            say('groups', t('mgr.groupCreated', { name }));
          })
        }
        feedback={slot('groups')}
      />

      <section class="phrases" aria-labelledby="phrases-h">
        <h2 id="phrases-h">{currentGroup ? currentGroup.name : t('mgr.allPhrases')}</h2>
        {currentGroup && (
          <GroupToolbar
            t={t}
            group={currentGroup}
            packName={packLabel(t, packs, currentGroup.packId)}
            count={groupCount}
            readOnly={currentGroupReadOnly}
            targets={treeByPack.get(currentGroup.packId) ?? []}
            onRename={(name) => run('group', async () => {
              await renameGroup(db, currentGroup.id, name);
              say('group', t('options.saved'));
            })}
            onMove={(delta) => void run('group', () => moveGroup(db, currentGroup.id, delta))}
            onDelete={(moveTo) =>
              run('group', async () => {
                const snapshot = await deleteGroup(db, currentGroup.id, { now: ctx.now(), ...(moveTo ? { moveTo } : {}) });
                setGroup(moveTo ?? ALL);
                say('group', t('mgr.groupDeleted', { name: currentGroup.name, count: snapshot.phrases.length }), snapshot);
              })
            }
            c={campaignText(locale)}
            today={today}
            state={campaign.groupState(currentGroup)}
            onSetWindow={(window) => run('group', async () => {
              await setGroupWindow(db, currentGroup.id, window);
              say('group', t('options.saved'));
            })}
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
            groups={editing.packId === PERSONAL && editorGroups.length === 0 ? personalTree : editorGroups}
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
          <BulkBar
            t={t}
            count={selection.size}
            moveTargets={moveTargets}
            onPin={(pinned) => void run('bulk', () => setPinned(db, [...selection], pinned))}
            onCopy={() =>
              void run('bulk', async () => {
                const ids = await copyToPersonal(db, [...selection], { now: ctx.now(), defaultGroupName: t('mgr.myPhrases') });
                say('bulk', t('mgr.copied', { count: ids.length }));
              })
            }
            onMove={(target) =>
              void run('bulk', async () => {
                const n = await movePhrases(db, [...selection], target, ctx.now());
                say('bulk', t('mgr.moved', { count: n, group: groupLabel(t, groups, target) }));
              })
            }
            onTag={(tag) =>
              run('bulk', async () => {
                const n = await addTag(db, [...selection], tag, ctx.now());
                say('bulk', t('mgr.tagged', { count: n }));
              })
            }
            onExport={onExportSelection}
            onDelete={() =>
              void run('bulk', async () => {
                const snapshot = await deletePhrases(db, [...selection]);
                onSelection(new Set());
                // The bar goes with the selection: the message stays above the list.
                say('editor', t('mgr.deleted', { count: snapshot.phrases.length }), snapshot);
              })
            }
            onClear={() => onSelection(new Set())}
            feedback={slot('bulk')}
          />
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
