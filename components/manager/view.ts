import { useMemo } from 'preact/hooks';
import { PERSONAL, type GroupRecord, type PackRecord } from '../../utils/db/types';
import { createPhraseIndex } from '../../utils/search';
import type { LibraryData } from '../../utils/db/library';
import { groupTree } from './shared';

/** Lookups the phrase manager derives from the library, recomputed only when their part changes. */
export function useLibraryView(library: LibraryData) {
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
  return { packs, groups, index, countByGroup, packOrder, treeByPack };
}
