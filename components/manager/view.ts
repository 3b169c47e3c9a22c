import { useMemo, useRef } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import { followLibrary, type FollowedIndex } from '../../utils/db/library-index';
import { PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../../utils/db/types';
import { syncIndexById } from '../../utils/search/sync';
import { hasToneError } from './lint';
import type { Filters } from './PhraseFilters';
import { groupTree } from './shared';

/** Most hits a query lists in the manager. */
const MAX_HITS = 2000;

/** Lookups the phrase manager derives from the library, recomputed only when their part changes. */
export function useLibraryView(library: LibraryData) {
  const packs = useMemo(() => new Map(library.packs.map((p) => [p.id, p])), [library.packs]);
  const groups = useMemo(() => new Map(library.groups.map((g) => [g.id, g])), [library.groups]);
  const phraseById = useMemo(() => new Map(library.phrases.map((p) => [p.id, p])), [library.phrases]);
  // The search index follows the library in place, as the sidebar's does: a phrase saved, copied, moved or
  // deleted is updated in the index the manager already has; a new one is built only when much changed (an import).
  const current = useRef<FollowedIndex | null>(null);
  const followed = useMemo(() => (current.current = followLibrary(current.current, library.phrases, undefined, syncIndexById)), [library.phrases]);
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
  return { packs, groups, phraseById, followed, countByGroup, packOrder, treeByPack };
}

export type LibraryView = ReturnType<typeof useLibraryView>;

/**
 * The phrases the list shows for a group ('' for all) and the filters: for a query its hits, best first (equal
 * scores in id order, as an index built afresh from the library ranks them, however the index was kept up to
 * date); otherwise in the group list's order (packs as listed, groups as a tree, phrases by their place).
 */
export function visiblePhrases(view: Pick<LibraryView, 'followed' | 'phraseById' | 'packOrder' | 'treeByPack'>, group: string, filters: Filters, locale: string): PhraseRecord[] {
  const { query, pack, pinnedOnly, toneOnly, unusedOnly } = filters;
  let list: PhraseRecord[];
  if (query.trim() !== '') {
    const hits = view.followed.index.search(query, { limit: MAX_HITS, ...(group === '' ? {} : { group }) });
    hits.sort((a, b) => b.score - a.score || (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0));
    // The library's own record (the index may hold an equal older read of it).
    list = hits.map((h) => view.phraseById.get(h.phrase.id)).filter((p): p is PhraseRecord => p !== undefined);
  } else {
    const groupPos = new Map(view.packOrder.flatMap(({ id }) => view.treeByPack.get(id) ?? []).map((e, i) => [e.group.id, i]));
    list = view.followed.phrases
      .filter((p) => group === '' || p.group === group)
      .sort((a, b) => (groupPos.get(a.group) ?? -1) - (groupPos.get(b.group) ?? -1) || a.order - b.order || (a.id < b.id ? -1 : 1));
  }
  return list.filter(
    (p) =>
      (pack === '' || p.packId === pack) &&
      (!pinnedOnly || p.pinned) &&
      (!unusedOnly || p.usageCount === 0) &&
      (!toneOnly || hasToneError(p.text, locale)),
  );
}
