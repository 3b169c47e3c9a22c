import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_GROUP, PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../../utils/db/types';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import { revealBidi } from '../../utils/packs/unicode';
import { revOf, StaleWriteError } from '../../utils/db/revision';
import { createPhraseIndex } from '../../utils/search';
import { checkTemplate } from '../../utils/tone';
import {
  addTag,
  copyToPersonal,
  createGroup,
  deleteGroup,
  deletePhrases,
  isReadOnlyPack,
  moveGroup,
  movePhrase,
  movePhrases,
  renameGroup,
  savePhrase,
  setPinned,
  type PhraseDraft,
} from './ops';
import { PhraseEditor } from './PhraseEditor';
import { ConflictNotice } from './ConflictNotice';
import { groupLabel, groupTree, packLabel, type LibraryData, type ManagerContext } from './shared';

export interface PhraseManagerProps {
  ctx: ManagerContext;
  library: LibraryData;
  selection: ReadonlySet<string>;
  onSelection(next: Set<string>): void;
  /** Open the export panel for the current selection. */
  onExportSelection(): void;
  /** Open the new-phrase editor at once with this text (the sidebar's "create a phrase with this text"). */
  initialNewText?: string;
}

const PAGE = 200;
const ALL = '';

/** Tone errors per text, cached across renders (texts rarely change). */
const toneCache = new Map<string, boolean>();
function hasToneError(text: string, locale: string): boolean {
  const key = `${locale}\u0000${text}`;
  let v = toneCache.get(key);
  if (v === undefined) {
    v = checkTemplate(text, { locale }).some((f) => f.severity === 'error');
    if (toneCache.size > 20_000) toneCache.clear();
    toneCache.set(key, v);
  }
  return v;
}

type Editing = { draft: PhraseDraft; readOnly: boolean; packId: string } | null;

export function PhraseManager({ ctx, library, selection, onSelection, onExportSelection, initialNewText }: PhraseManagerProps): JSX.Element {
  const { t, db, locale } = ctx;
  const [group, setGroup] = useState<string>(ALL);
  const [query, setQuery] = useState('');
  const [packFilter, setPackFilter] = useState<string>(ALL);
  const [pinnedOnly, setPinnedOnly] = useState(false);
  const [toneOnly, setToneOnly] = useState(false);
  const [unusedOnly, setUnusedOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<Editing>(() =>
    initialNewText === undefined
      ? null
      : { draft: { group: DEFAULT_GROUP, title: '', text: initialNewText, shortcut: '', tags: [] }, readOnly: false, packId: PERSONAL },
  );
  /** A save refused because the phrase changed elsewhere: the agent's draft and the stored phrase. */
  const [conflict, setConflict] = useState<{ draft: PhraseDraft; current: PhraseRecord } | null>(null);
  const [newGroup, setNewGroup] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ mode: 'delete' | 'move'; target: string } | null>(null);
  const [moveTarget, setMoveTarget] = useState('');
  const [tagInput, setTagInput] = useState('');

  const packs = useMemo(() => new Map(library.packs.map((p) => [p.id, p])), [library.packs]);
  const groups = useMemo(() => new Map(library.groups.map((g) => [g.id, g])), [library.groups]);
  const index = useMemo(() => createPhraseIndex(library.phrases), [library.phrases]);
  const countByGroup = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of library.phrases) m.set(p.group, (m.get(p.group) ?? 0) + 1);
    return m;
  }, [library.phrases]);

  // Packs in display order: the agent's own first, then the rest by name.
  const packOrder: { id: string; record: PackRecord | undefined }[] = useMemo(() => {
    const rest = [...library.packs].sort((a, b) => a.name.localeCompare(b.name)).map((p) => ({ id: p.id, record: p }));
    return [{ id: PERSONAL, record: undefined }, ...rest];
  }, [library.packs]);
  const treeByPack = useMemo(() => {
    const m = new Map<string, { group: GroupRecord; depth: number }[]>();
    for (const { id } of packOrder) m.set(id, groupTree(library.groups.filter((g) => g.packId === id)));
    return m;
  }, [library.groups, packOrder]);

  useEffect(() => setShown(PAGE), [group, query, packFilter, pinnedOnly, toneOnly, unusedOnly]);
  useEffect(() => {
    setRenaming(null);
    setDeleting(null);
  }, [group]);

  const currentGroup = group === ALL ? undefined : groups.get(group);
  const currentGroupReadOnly = currentGroup !== undefined && isReadOnlyPack(packs.get(currentGroup.packId));
  const isReadOnly = (p: PhraseRecord) => isReadOnlyPack(packs.get(p.packId));

  const visible: PhraseRecord[] = useMemo(() => {
    let list: PhraseRecord[];
    if (query.trim() !== '') {
      list = index.search(query, { limit: 2000, ...(group === ALL ? {} : { group }) }).map((h) => h.phrase as PhraseRecord);
    } else {
      // Same order as the group list: packs as listed, groups as a tree, phrases by their place.
      const groupPos = new Map(packOrder.flatMap(({ id }) => treeByPack.get(id) ?? []).map((e, i) => [e.group.id, i]));
      list = library.phrases
        .filter((p) => group === ALL || p.group === group)
        .sort((a, b) => (groupPos.get(a.group) ?? -1) - (groupPos.get(b.group) ?? -1) || a.order - b.order || (a.id < b.id ? -1 : 1));
    }
    return list.filter(
      (p) =>
        (packFilter === ALL || p.packId === packFilter) &&
        (!pinnedOnly || p.pinned) &&
        (!unusedOnly || p.usageCount === 0) &&
        (!toneOnly || hasToneError(p.text, locale)),
    );
  }, [index, query, group, library, packOrder, treeByPack, packFilter, pinnedOnly, toneOnly, unusedOnly, locale]);

  const page = visible.slice(0, shown);
  const allShownSelected = page.length > 0 && page.every((p) => selection.has(p.id));

  function toggle(id: string, on: boolean): void {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    onSelection(next);
  }

  async function run(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      ctx.notify(t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }

  function openNew(): void {
    const target = currentGroup && currentGroup.packId === PERSONAL ? currentGroup.id : DEFAULT_GROUP;
    setEditing({ draft: { group: target, title: '', text: '', shortcut: '', tags: [] }, readOnly: false, packId: PERSONAL });
  }

  function openPhrase(p: PhraseRecord): void {
    setEditing({
      draft: { id: p.id, group: p.group, title: p.title, text: p.text, shortcut: p.shortcut ?? '', tags: [...p.tags], rev: revOf(p) },
      readOnly: isReadOnly(p),
      packId: p.packId,
    });
  }

  const personalTree = treeByPack.get(PERSONAL) ?? [];
  const editorGroups = editing ? (treeByPack.get(editing.packId) ?? []) : [];
  const movable = [...selection].map((id) => library.phrases.find((p) => p.id === id)).filter((p): p is PhraseRecord => p !== undefined);
  const movePack = movable[0]?.packId;
  const moveTargets = movePack !== undefined && movable.every((p) => p.packId === movePack) && !isReadOnlyPack(packs.get(movePack))
    ? (treeByPack.get(movePack) ?? [])
    : [];

  const groupCount = currentGroup ? (countByGroup.get(currentGroup.id) ?? 0) : 0;

  return (
    <div class="manager">
      <nav class="groups" aria-label={t('mgr.groups')}>
        <h2>{t('mgr.groups')}</h2>
        <ul>
          <li>
            <button type="button" aria-current={group === ALL ? 'true' : undefined} onClick={() => setGroup(ALL)}>
              {t('mgr.allPhrases')} <span class="count">{library.phrases.length}</span>
            </button>
          </li>
        </ul>
        {packOrder.map(({ id, record }) => {
          const tree = treeByPack.get(id) ?? [];
          if (tree.length === 0) return null;
          return (
            <section key={id} aria-label={packLabel(t, packs, id)}>
              <h3>
                {packLabel(t, packs, id)}
                {record?.source === 'url' ? <span class="badge">{t('mgr.subscribed')}</span> : null}
                {record?.hidden ? <span class="badge">{t('mgr.hidden')}</span> : null}
              </h3>
              <ul>
                {tree.map(({ group: g, depth }) => {
                  const n = countByGroup.get(g.id) ?? 0;
                  return (
                    <li key={g.id} style={{ paddingInlineStart: `${depth}em` }}>
                      <button type="button" aria-current={group === g.id ? 'true' : undefined} onClick={() => setGroup(g.id)}>
                        {g.name} <span class="count">{n}</span>
                        {n > QIANNIU_LIMITS.maxPhrases ? (
                          <span class="warn" title={t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}>
                            {' '}⚠<span class="sr-only">{t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}</span>
                          </span>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const name = newGroup.trim();
            if (name === '') return;
            void run(async () => {
              const g = await createGroup(db, name);
              setNewGroup('');
              setGroup(g.id);
              ctx.notify(t('mgr.groupCreated', { name }));
            });
          }}
        >
          <label>
            {t('mgr.newGroupName')}
            <input value={newGroup} onInput={(e) => setNewGroup(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('mgr.createGroup')}</button>
        </form>
      </nav>

      <section class="phrases" aria-labelledby="phrases-h">
        <h2 id="phrases-h">{currentGroup ? currentGroup.name : t('mgr.allPhrases')}</h2>
        {currentGroup && (
          <div class="toolbar" role="group" aria-label={t('mgr.groupActions')}>
            <span class="muted">
              {packLabel(t, packs, currentGroup.packId)} · {t('options.phrases', { count: groupCount })}
            </span>
            {groupCount > QIANNIU_LIMITS.maxPhrases && (
              <span class="warn">{t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}</span>
            )}
            {!currentGroupReadOnly && (
              <>
                <button type="button" onClick={() => setRenaming(currentGroup.name)}>
                  {t('mgr.renameGroup')}
                </button>
                <button type="button" onClick={() => void run(() => moveGroup(db, currentGroup.id, -1))}>
                  {t('mgr.groupUp')}
                </button>
                <button type="button" onClick={() => void run(() => moveGroup(db, currentGroup.id, 1))}>
                  {t('mgr.groupDown')}
                </button>
                <button type="button" onClick={() => setDeleting({ mode: 'delete', target: '' })}>
                  {t('mgr.deleteGroup')}
                </button>
              </>
            )}
          </div>
        )}
        {currentGroup && renaming !== null && (
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await renameGroup(db, currentGroup.id, renaming);
                setRenaming(null);
                ctx.notify(t('options.saved'));
              });
            }}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
          >
            <label>
              {t('mgr.groupName')}
              <input value={renaming} ref={(el) => el?.focus()} onInput={(e) => setRenaming(e.currentTarget.value)} />
            </label>
            <button type="submit">{t('mgr.save')}</button>
            <button type="button" onClick={() => setRenaming(null)}>
              {t('mgr.cancel')}
            </button>
          </form>
        )}
        {currentGroup && deleting !== null && (
          <form
            class="confirm"
            aria-label={t('mgr.deleteGroup')}
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                const moveTo = deleting.mode === 'move' ? deleting.target : undefined;
                if (deleting.mode === 'move' && !moveTo) return;
                const snapshot = await deleteGroup(db, currentGroup.id, { now: ctx.now(), ...(moveTo ? { moveTo } : {}) });
                setDeleting(null);
                setGroup(moveTo ?? ALL);
                ctx.notify(t('mgr.groupDeleted', { name: currentGroup.name, count: snapshot.phrases.length }), snapshot);
              });
            }}
          >
            <p>{t('mgr.deleteGroupAsk', { name: currentGroup.name, count: groupCount })}</p>
            <label>
              <input type="radio" name="del" checked={deleting.mode === 'delete'} onChange={() => setDeleting({ ...deleting, mode: 'delete' })} />
              {t('mgr.deleteWithPhrases')}
            </label>
            <label>
              <input type="radio" name="del" checked={deleting.mode === 'move'} onChange={() => setDeleting({ ...deleting, mode: 'move' })} />
              {t('mgr.movePhrasesTo')}
            </label>
            <select
              aria-label={t('mgr.targetGroup')}
              value={deleting.target}
              disabled={deleting.mode !== 'move'}
              onChange={(e) => setDeleting({ ...deleting, target: e.currentTarget.value })}
            >
              <option value="">—</option>
              {(treeByPack.get(currentGroup.packId) ?? [])
                .filter(({ group: g }) => g.id !== currentGroup.id && g.parentId !== currentGroup.id)
                .map(({ group: g, depth }) => (
                  <option key={g.id} value={g.id}>{`${'  '.repeat(depth)}${g.name}`}</option>
                ))}
            </select>
            <button type="submit" class="danger" disabled={deleting.mode === 'move' && deleting.target === ''}>
              {t('mgr.deleteGroup')}
            </button>
            <button type="button" onClick={() => setDeleting(null)}>
              {t('mgr.cancel')}
            </button>
          </form>
        )}

        <div class="filters" role="search">
          <label>
            {t('mgr.search')}
            <input type="search" value={query} placeholder={t('sidebar.searchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <label>
            {t('mgr.filterPack')}
            <select value={packFilter} onChange={(e) => setPackFilter(e.currentTarget.value)}>
              <option value={ALL}>{t('mgr.allPacks')}</option>
              {packOrder.map(({ id }) => (
                <option key={id} value={id}>
                  {packLabel(t, packs, id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={pinnedOnly} onChange={(e) => setPinnedOnly(e.currentTarget.checked)} />
            {t('mgr.filterPinned')}
          </label>
          <label>
            <input type="checkbox" checked={toneOnly} onChange={(e) => setToneOnly(e.currentTarget.checked)} />
            {t('mgr.filterTone')}
          </label>
          <label>
            <input type="checkbox" checked={unusedOnly} onChange={(e) => setUnusedOnly(e.currentTarget.checked)} />
            {t('mgr.filterUnused')}
          </label>
          <button type="button" class="primary" onClick={openNew}>
            {t('mgr.newPhrase')}
          </button>
        </div>

        {editing && conflict && (
          <ConflictNotice
            t={t}
            current={conflict.current}
            onReload={() => {
              setConflict(null);
              openPhrase(conflict.current);
            }}
            onOverwrite={() =>
              run(async () => {
                await savePhrase(db, conflict.draft, ctx.now(), { overwrite: true });
                setConflict(null);
                setEditing(null);
                ctx.notify(t('mgr.phraseSaved', { title: conflict.draft.title || conflict.draft.text.slice(0, 20) }));
              })
            }
          />
        )}
        {editing && (
          <PhraseEditor
            key={`${editing.draft.id ?? 'new'}@${editing.draft.rev ?? 0}`}
            t={t}
            locale={locale}
            initial={editing.draft}
            readOnly={editing.readOnly}
            groups={editing.packId === PERSONAL && editorGroups.length === 0 ? personalTree : editorGroups}
            others={library.phrases}
            onCancel={() => {
              setConflict(null);
              setEditing(null);
            }}
            onSave={(draft) =>
              run(async () => {
                try {
                  await savePhrase(db, draft, ctx.now());
                } catch (error) {
                  if (!(error instanceof StaleWriteError)) throw error;
                  setConflict({ draft, current: error.current });
                  return;
                }
                setConflict(null);
                setEditing(null);
                ctx.notify(t('mgr.phraseSaved', { title: draft.title || draft.text.slice(0, 20) }));
              })
            }
            {...(editing.readOnly && editing.draft.id
              ? {
                  onCopy: () => {
                    const id = editing.draft.id;
                    if (id === undefined) return;
                    void run(async () => {
                      await copyToPersonal(db, [id], { now: ctx.now(), defaultGroupName: t('mgr.myPhrases') });
                      setEditing(null);
                      ctx.notify(t('mgr.copied', { count: 1 }));
                    });
                  },
                }
              : {})}
          />
        )}

        {selection.size > 0 && (
          <div class="toolbar bulk" role="group" aria-label={t('mgr.bulkActions')}>
            <strong>{t('mgr.selected', { count: selection.size })}</strong>
            <button type="button" onClick={() => void run(() => setPinned(db, [...selection], true))}>
              {t('mgr.pin')}
            </button>
            <button type="button" onClick={() => void run(() => setPinned(db, [...selection], false))}>
              {t('mgr.unpin')}
            </button>
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  const ids = await copyToPersonal(db, [...selection], { now: ctx.now(), defaultGroupName: t('mgr.myPhrases') });
                  ctx.notify(t('mgr.copied', { count: ids.length }));
                })
              }
            >
              {t('mgr.copyToMine')}
            </button>
            <label>
              {t('mgr.moveTo')}
              <select value={moveTarget} disabled={moveTargets.length === 0} onChange={(e) => setMoveTarget(e.currentTarget.value)}>
                <option value="">—</option>
                {moveTargets.map(({ group: g, depth }) => (
                  <option key={g.id} value={g.id}>{`${'  '.repeat(depth)}${g.name}`}</option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={moveTarget === '' || moveTargets.length === 0}
              onClick={() =>
                void run(async () => {
                  const n = await movePhrases(db, [...selection], moveTarget, ctx.now());
                  ctx.notify(t('mgr.moved', { count: n, group: groupLabel(t, groups, moveTarget) }));
                })
              }
            >
              {t('mgr.move')}
            </button>
            <label>
              {t('mgr.addTag')}
              <input size={8} value={tagInput} onInput={(e) => setTagInput(e.currentTarget.value)} />
            </label>
            <button
              type="button"
              disabled={tagInput.trim() === ''}
              onClick={() =>
                void run(async () => {
                  const n = await addTag(db, [...selection], tagInput, ctx.now());
                  setTagInput('');
                  ctx.notify(t('mgr.tagged', { count: n }));
                })
              }
            >
              {t('mgr.add')}
            </button>
            <button type="button" onClick={onExportSelection}>
              {t('mgr.exportSelection')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void run(async () => {
                  const snapshot = await deletePhrases(db, [...selection]);
                  onSelection(new Set());
                  ctx.notify(t('mgr.deleted', { count: snapshot.phrases.length }), snapshot);
                })
              }
            >
              {t('mgr.delete')}
            </button>
            <button type="button" onClick={() => onSelection(new Set())}>
              {t('mgr.clearSelection')}
            </button>
          </div>
        )}

        <p class="muted" aria-live="polite">
          {t('mgr.showing', { shown: page.length, total: visible.length })}
        </p>
        <table class="phrase-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('mgr.selectAllShown')}
                  checked={allShownSelected}
                  onChange={(e) => {
                    const next = new Set(selection);
                    for (const p of page) {
                      if (e.currentTarget.checked) next.add(p.id);
                      else next.delete(p.id);
                    }
                    onSelection(next);
                  }}
                />
              </th>
              <th scope="col">{t('mgr.field.title')}</th>
              <th scope="col">{t('mgr.field.shortcut')}</th>
              <th scope="col">{t('mgr.field.group')}</th>
              <th scope="col">{t('mgr.uses')}</th>
              <th scope="col">{t('mgr.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {page.map((p) => {
              const readOnly = isReadOnly(p);
              // Bidi controls are shown (⟨U+202E⟩), so a title cannot read differently from what it holds.
              const name = revealBidi(p.title || p.text.slice(0, 24));
              const toneError = hasToneError(p.text, locale);
              return (
                <tr key={p.id} data-phrase-id={p.id} class={toneError ? 'has-error' : undefined}>
                  <td>
                    <input type="checkbox" aria-label={t('mgr.select', { title: name })} checked={selection.has(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
                  </td>
                  <td>
                    <div class="title">
                      {p.pinned && <span aria-label={t('mgr.pinned')}>📌 </span>}
                      <strong>{name}</strong>
                      {toneError && (
                        <span class="badge error" role="img" aria-label={t('mgr.toneErrorMark')} title={t('mgr.toneErrorMark')}>
                          ⚠
                        </span>
                      )}
                      {readOnly && <span class="badge">{t('mgr.readOnly')}</span>}
                    </div>
                    <div class="preview">{p.text.length > 120 ? `${p.text.slice(0, 120)}…` : p.text}</div>
                    {p.tags.length > 0 && <div class="tags">{p.tags.map((tag) => <span key={tag} class="tag">{tag}</span>)}</div>}
                  </td>
                  <td>{p.shortcut ? <code>{revealBidi(p.shortcut)}</code> : null}</td>
                  <td>
                    {groupLabel(t, groups, p.group)}
                    <div class="muted">{packLabel(t, packs, p.packId)}</div>
                  </td>
                  <td>{p.usageCount}</td>
                  <td class="actions">
                    <button type="button" aria-label={`${readOnly ? t('mgr.view') : t('mgr.edit')} ${name}`} onClick={() => openPhrase(p)}>
                      {readOnly ? t('mgr.view') : t('mgr.edit')}
                    </button>
                    <button type="button" aria-pressed={p.pinned} aria-label={`${t('mgr.pin')} ${name}`} onClick={() => void run(() => setPinned(db, [p.id], !p.pinned))}>
                      {t('mgr.pin')}
                    </button>
                    {!readOnly && (
                      <>
                        <button type="button" aria-label={`${t('mgr.up')} ${name}`} onClick={() => void run(() => movePhrase(db, p.id, -1))}>
                          ↑
                        </button>
                        <button type="button" aria-label={`${t('mgr.down')} ${name}`} onClick={() => void run(() => movePhrase(db, p.id, 1))}>
                          ↓
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      aria-label={`${p.packId === PERSONAL ? t('mgr.duplicate') : t('mgr.copyToMine')} ${name}`}
                      onClick={() =>
                        void run(async () => {
                          const opts = { now: ctx.now(), defaultGroupName: t('mgr.myPhrases'), ...(p.packId === PERSONAL ? { suffix: t('mgr.copySuffix') } : {}) };
                          await copyToPersonal(db, [p.id], opts);
                          ctx.notify(t('mgr.copied', { count: 1 }));
                        })
                      }
                    >
                      {p.packId === PERSONAL ? t('mgr.duplicate') : t('mgr.copyToMine')}
                    </button>
                    {!readOnly && (
                      <button
                        type="button"
                        class="danger"
                        aria-label={`${t('mgr.delete')} ${name}`}
                        onClick={() =>
                          void run(async () => {
                            const snapshot = await deletePhrases(db, [p.id]);
                            toggle(p.id, false);
                            ctx.notify(t('mgr.deleted', { count: snapshot.phrases.length }), snapshot);
                          })
                        }
                      >
                        {t('mgr.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {visible.length > shown && (
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t('mgr.showMore')}
          </button>
        )}
        {visible.length === 0 && <p>{query ? t('sidebar.noResults', { query }) : t('mgr.noPhrases')}</p>}
      </section>
    </div>
  );
}
