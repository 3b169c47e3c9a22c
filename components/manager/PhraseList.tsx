import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { copyToPersonal, deletePhrases, movePhrase, movePhraseOnto, setPinned } from '../../utils/db/phrase-writes';
import { PERSONAL, type GroupRecord, type PhraseRecord } from '../../utils/db/types';
import type { FeedbackSlots } from './Feedback';
import type { Filters } from './PhraseFilters';
import { PhraseTable } from './PhraseTable';
import type { ManagerContext } from './shared';
import type { LibraryView } from './view';
import type { PhraseDayState } from './campaign';

/** Rows shown at first, and added by "show more". */
const PAGE = 200;

export interface PhraseListProps {
  ctx: ManagerContext;
  view: Pick<LibraryView, 'packs' | 'groups'>;
  /** Every phrase the group and filters let through, in order. */
  visible: readonly PhraseRecord[];
  /** The group shown (undefined: all phrases). */
  group: GroupRecord | undefined;
  /** The group holds no phrase (and no query is typed): a "new phrase here" button stands instead of the table. */
  emptyGroup: boolean;
  filters: Filters;
  selection: ReadonlySet<string>;
  onSelection(next: Set<string>): void;
  isReadOnly(p: PhraseRecord): boolean;
  /** Whether a phrase is in its validity window today. */
  stateOf(p: PhraseRecord): PhraseDayState;
  onOpen(p: PhraseRecord): void;
  onNew(): void;
  feedback: FeedbackSlots;
}

/** The phrase list under the filters: how many are shown, the table a page at a time and its row actions. */
export function PhraseList({ ctx, view, visible, group, emptyGroup, filters, selection, onSelection, isReadOnly, stateOf, onOpen, onNew, feedback }: PhraseListProps): JSX.Element {
  const { t, db, locale } = ctx;
  const { run, say, slot } = feedback;
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [group?.id, filters]);
  const page = visible.slice(0, shown);
  const { query } = filters;

  function toggle(id: string, on: boolean): void {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    onSelection(next);
  }

  return (
    <>
      <p class="muted" aria-live="polite">
        {t('mgr.showing', { shown: page.length, total: visible.length })}
      </p>
      {emptyGroup && group ? (
        <div class="empty-group">
          {slot('row:')}
          <p>{t('mgrd.emptyGroup')}</p>
          {group.packId === PERSONAL && (
            <button type="button" class="primary" onClick={onNew}>
              {t('mgrd.newPhraseHere', { name: group.name })}
            </button>
          )}
        </div>
      ) : (
        <PhraseTable
          t={t}
          locale={locale}
          page={page}
          selection={selection}
          packs={view.packs}
          groups={view.groups}
          isReadOnly={isReadOnly}
          stateOf={stateOf}
          onToggle={toggle}
          onToggleAll={(on) => {
            const next = new Set(selection);
            for (const p of page) {
              if (on) next.add(p.id);
              else next.delete(p.id);
            }
            onSelection(next);
          }}
          onOpen={onOpen}
          onPin={(p) => void run(`row:${p.id}`, () => setPinned(db, [p.id], !p.pinned))}
          onMove={(p, delta) => void run(`row:${p.id}`, () => movePhrase(db, p.id, delta))}
          onMoveOnto={(p, target) => void run(`row:${p.id}`, () => movePhraseOnto(db, p.id, target.id))}
          onCopy={(p) =>
            void run(`row:${p.id}`, async () => {
              const opts = { now: ctx.now(), defaultGroupName: t('mgr.myPhrases'), ...(p.packId === PERSONAL ? { suffix: t('mgr.copySuffix') } : {}) };
              await copyToPersonal(db, [p.id], opts);
              say(`row:${p.id}`, t('mgr.copied', { count: 1 }));
            })
          }
          onDelete={(p, before) =>
            void run(`row:${p.id}`, async () => {
              const snapshot = await deletePhrases(db, [p.id]);
              toggle(p.id, false);
              say(`row:${before}`, t('mgr.deleted', { count: snapshot.phrases.length }), snapshot);
            })
          }
          feedbackAfter={(id) => slot(`row:${id}`)}
        />
      )}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('mgr.showMore')}
        </button>
      )}
      {visible.length === 0 && !emptyGroup && <p>{query ? t('sidebar.noResults', { query }) : t('mgr.noPhrases')}</p>}
    </>
  );
}
