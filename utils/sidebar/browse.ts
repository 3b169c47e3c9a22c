/**
 * Browsing the library in the sidebar: the group menu (pack > group, as a tree), natural order (2 before 10), and
 * which names need their pack's name beside them to be told apart.
 */
import type { GroupRecord } from '../db/types';

/** Natural order for titles and names in `locale`: numbers by value, case and width ignored. */
export function naturalCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
}

export interface BrowsePhrase {
  id: string;
  title: string;
  pinned: boolean;
}

/** A browse list (no query): pinned phrases first, then by title in natural order. */
export function browseOrder<P extends BrowsePhrase>(phrases: readonly P[], collator: Intl.Collator): P[] {
  return [...phrases].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface PackName {
  id: string;
  name: string;
}

export interface GroupEntry {
  id: string;
  name: string;
  packId: string;
  packName: string;
  /** Names of the groups above it (nested groups), outermost first. */
  parents: string[];
  depth: number;
}

export interface PackSection {
  packId: string;
  name: string;
  groups: GroupEntry[];
}

/**
 * The group menu: one section per pack (`firstPackId` first, then by name), its groups as a tree (children under their
 * parent, siblings by their place). A group whose parent is missing is shown at the top level; sections without groups
 * are left out.
 */
export function groupSections(
  groups: readonly GroupRecord[],
  packs: readonly PackName[],
  options: { collator: Intl.Collator; firstPackId: string; firstPackName: string },
): PackSection[] {
  const { collator } = options;
  const names = new Map(packs.map((p) => [p.id, p.name]));
  names.set(options.firstPackId, options.firstPackName);
  const byPack = new Map<string, GroupRecord[]>();
  for (const g of groups) byPack.set(g.packId, [...(byPack.get(g.packId) ?? []), g]);
  const packIds = [...byPack.keys()].sort((a, b) =>
    a === options.firstPackId ? -1 : b === options.firstPackId ? 1 : collator.compare(names.get(a) ?? a, names.get(b) ?? b),
  );
  return packIds.map((packId) => {
    const packName = names.get(packId) ?? packId;
    const own = byPack.get(packId) ?? [];
    const ids = new Set(own.map((g) => g.id));
    const children = new Map<string | undefined, GroupRecord[]>();
    for (const g of own) {
      const parent = g.parentId !== undefined && ids.has(g.parentId) && g.parentId !== g.id ? g.parentId : undefined;
      children.set(parent, [...(children.get(parent) ?? []), g]);
    }
    const entries: GroupEntry[] = [];
    const seen = new Set<string>();
    const visit = (parent: string | undefined, parents: string[]): void => {
      const list = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || collator.compare(a.name, b.name));
      for (const g of list) {
        if (seen.has(g.id)) continue;
        seen.add(g.id);
        entries.push({ id: g.id, name: g.name, packId, packName, parents, depth: parents.length });
        visit(g.id, [...parents, g.name]);
      }
    };
    visit(undefined, []);
    // Groups only reachable through a cycle of parents: still listed, at the top level.
    for (const g of own) if (!seen.has(g.id)) entries.push({ id: g.id, name: g.name, packId, packName, parents: [], depth: 0 });
    return { packId, name: packName, groups: entries };
  });
}

/** The group as the menu button names it: with its pack (and parents) when the library has several packs. */
export function groupPath(entry: GroupEntry, severalPacks: boolean): string {
  return [...(severalPacks ? [entry.packName] : []), ...entry.parents, entry.name].join(' › ');
}

/** Titles used by phrases of more than one pack: their rows name the pack, so the agent can tell them apart. */
export function titlesInSeveralPacks(phrases: readonly { title: string; packId: string }[]): Set<string> {
  const packOf = new Map<string, string>();
  const shared = new Set<string>();
  for (const p of phrases) {
    const first = packOf.get(p.title);
    if (first === undefined) packOf.set(p.title, p.packId);
    else if (first !== p.packId) shared.add(p.title);
  }
  return shared;
}
