import type { HuashuDB } from '../db/database';
import { copyVariants } from './variants';
import { PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../db/types';
import { groupSubtree } from '../db/group-writes';
import { packToCsv, type CsvExportOptions } from './csv';
import { PACK_FORMAT, versionFor, type PackGroup, type PackMeta, type PackPhrase, type PackV1 } from './schema';
import { datedFields } from '../validity/fields';

/**
 * Export of library records as a pack (JSON, version 1, or 2 when a validity window or review date is set) or Qianniu-style CSV.
 * A single pack exports with its own ids (`wl-01`), so exporting and re-importing it gives the
 * same library records. A mix (the whole library, a selection across packs) keeps library ids
 * (`acme/wl-01`, `personal/x1`) as pack ids, which are unique by construction.
 * Pins, usage counts and last use are the agent's own and are not exported.
 */

export interface ExportInput {
  phrases: readonly PhraseRecord[];
  /** Groups to include (groups the phrases use are added when missing; ancestors too). */
  groups: readonly GroupRecord[];
  /** All groups of the library, to resolve names and parents of the groups phrases use. */
  allGroups?: readonly GroupRecord[];
}

export function buildPack(input: ExportInput, meta: PackMeta, rules?: readonly unknown[]): PackV1 {
  const lookup = new Map<string, GroupRecord>();
  for (const group of input.allGroups ?? []) lookup.set(group.id, group);
  for (const group of input.groups) lookup.set(group.id, group);

  // Included groups: the given ones, the ones phrases use, and their ancestors.
  const included = new Map<string, GroupRecord>();
  const include = (id: string) => {
    let current: string | undefined = id;
    while (current !== undefined && !included.has(current)) {
      const group: GroupRecord = lookup.get(current) ?? { id: current, name: current, order: Number.MAX_SAFE_INTEGER, packId: '' };
      included.set(current, group);
      current = group.parentId;
    }
  };
  for (const group of input.groups) include(group.id);
  for (const phrase of input.phrases) include(phrase.group);

  const groups = sortGroups([...included.values()]);
  const position = new Map(groups.map((g, i) => [g.id, i]));
  const phrases = [...input.phrases].sort(
    (a, b) => (position.get(a.group) ?? 0) - (position.get(b.group) ?? 0) || a.order - b.order || compare(a.id, b.id),
  );

  const prefix = commonPackPrefix(groups.map((g) => g.id), phrases.map((p) => p.id));
  const local = (id: string) => (prefix !== null && id.startsWith(prefix) ? id.slice(prefix.length) : id);

  const packGroups = groups.map((group) => {
    const out: PackGroup = { id: local(group.id), name: group.name };
    if (group.parentId !== undefined && included.has(group.parentId)) out.parent = local(group.parentId);
    return { ...out, ...datedFields(group) };
  });
  const pack: PackV1 = {
    format: PACK_FORMAT,
    version: 1,
    pack: { ...meta },
    groups: packGroups,
    phrases: phrases.map((phrase) => {
      const out: PackPhrase = {
        id: local(phrase.id),
        group: local(phrase.group),
        title: phrase.title,
        text: phrase.text,
        tags: [...phrase.tags],
      };
      if (phrase.shortcut !== undefined && phrase.shortcut !== '') out.shortcut = phrase.shortcut;
      if (phrase.questions !== undefined && phrase.questions.length > 0) out.questions = [...phrase.questions];
      if (phrase.variants !== undefined && phrase.variants.length > 0) out.variants = copyVariants(phrase.variants);
      return { ...out, ...datedFields(phrase) };
    }),
  };
  // Version 2 or 3 only when a window, review date or per-site variant needs it, so other packs stay readable by older
  // copies of Huashu.
  pack.version = versionFor(pack);
  if (rules !== undefined && rules.length > 0) pack.rules = [...rules];
  return pack;
}

/** Parents before children, siblings by their order. */
function sortGroups(groups: GroupRecord[]): GroupRecord[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string, GroupRecord[]>();
  const roots: GroupRecord[] = [];
  for (const group of groups) {
    if (group.parentId !== undefined && ids.has(group.parentId) && group.parentId !== group.id) {
      const list = children.get(group.parentId) ?? [];
      list.push(group);
      children.set(group.parentId, list);
    } else roots.push(group);
  }
  const byOrder = (a: GroupRecord, b: GroupRecord) => a.order - b.order || compare(a.id, b.id);
  const out: GroupRecord[] = [];
  const seen = new Set<string>();
  const visit = (list: GroupRecord[]) => {
    for (const group of [...list].sort(byOrder)) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      out.push(group);
      visit(children.get(group.id) ?? []);
    }
  };
  visit(roots);
  // Groups in a parent cycle (never produced by the importer) still get exported.
  for (const group of groups) if (!seen.has(group.id)) out.push(group);
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `acme/` when every id belongs to pack acme, else null. */
function commonPackPrefix(groupIds: readonly string[], phraseIds: readonly string[]): string | null {
  const all = [...groupIds, ...phraseIds];
  const first = all[0];
  if (first === undefined) return null;
  const slash = first.indexOf('/');
  if (slash <= 0) return null;
  const prefix = first.slice(0, slash + 1);
  return all.every((id) => id.startsWith(prefix) && id.length > prefix.length) ? prefix : null;
}

/** Pack JSON as written to a file: two-space indented, empty optional lists left out. */
export function serializePack(pack: PackV1): string {
  const out = {
    format: pack.format,
    version: pack.version,
    pack: pack.pack,
    groups: pack.groups,
    phrases: pack.phrases.map((phrase) => {
      const { tags, questions, variants, ...rest } = phrase;
      return {
        ...rest,
        ...(questions !== undefined && questions.length > 0 ? { questions } : {}),
        ...(variants !== undefined && variants.length > 0 ? { variants } : {}),
        ...(tags.length > 0 ? { tags } : {}),
      };
    }),
    ...(pack.rules !== undefined && pack.rules.length > 0 ? { rules: pack.rules } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function metaOf(record: PackRecord): PackMeta {
  const meta: PackMeta = { id: record.id, name: record.name };
  if (record.description !== undefined) meta.description = record.description;
  if (record.author !== undefined) meta.author = record.author;
  if (record.updatedAt !== undefined) meta.updatedAt = record.updatedAt;
  if (record.locale !== undefined) meta.locale = record.locale;
  return meta;
}

/** One installed pack, as it is in the library. */
export async function exportPackFromDb(db: HuashuDB, packId: string): Promise<PackV1 | null> {
  return db.transaction('r', db.phrases, db.groups, db.packs, async () => {
    const record = await db.packs.get(packId);
    const phrases = await db.phrases.where('packId').equals(packId).toArray();
    const groups = await db.groups.where('packId').equals(packId).toArray();
    if (record === undefined && phrases.length === 0) return null;
    const meta = record === undefined ? { id: packId, name: packId } : metaOf(record);
    return buildPack({ phrases, groups }, meta, record?.rules);
  });
}

/** A group with its subgroups and their phrases. */
export async function exportGroupFromDb(db: HuashuDB, groupId: string, meta: PackMeta): Promise<PackV1> {
  return db.transaction('r', db.phrases, db.groups, async () => {
    const allGroups = await db.groups.toArray();
    const ids = groupSubtree(allGroups, groupId);
    const phrases = await db.phrases.where('group').anyOf([...ids]).toArray();
    const groups = allGroups.filter((g) => ids.has(g.id));
    return buildPack({ phrases, groups, allGroups }, meta);
  });
}

/** The selected phrases (with the groups they are in). */
export async function exportSelectionFromDb(db: HuashuDB, phraseIds: readonly string[], meta: PackMeta): Promise<PackV1> {
  return db.transaction('r', db.phrases, db.groups, async () => {
    const phrases = (await db.phrases.bulkGet([...phraseIds])).filter((p): p is PhraseRecord => p !== undefined);
    const allGroups = await db.groups.toArray();
    return buildPack({ phrases, groups: [], allGroups }, meta);
  });
}

/** Every phrase in the library (personal and packs), optionally without hidden packs or without the built-in packs. */
export async function exportLibraryFromDb(
  db: HuashuDB,
  meta: PackMeta,
  options: { includeHidden?: boolean; includeBuiltin?: boolean } = {},
): Promise<PackV1> {
  return db.transaction('r', db.phrases, db.groups, db.packs, async () => {
    const left = (p: PackRecord) => (options.includeHidden === false && p.hidden) || (options.includeBuiltin === false && p.source === 'builtin');
    const leftOut = new Set((await db.packs.toArray()).filter(left).map((p) => p.id));
    const phrases = (await db.phrases.toArray()).filter((p) => !leftOut.has(p.packId));
    const groups = (await db.groups.toArray()).filter((g) => !leftOut.has(g.packId));
    return buildPack({ phrases, groups }, meta);
  });
}

/** Qianniu-style CSV of a pack (UTF-8 with BOM by default). */
export function exportCsv(pack: PackV1, options: CsvExportOptions = {}): string {
  return packToCsv(pack, options);
}

/** What the manager's export form names: a pack (the agent's own phrases or a pack of the library), a group, the
 *  phrases the lead selected, or the whole library. */
export interface ExportChoice {
  scope: 'library' | 'group' | 'selection' | 'pack';
  packId: string;
  groupId: string;
  selection: ReadonlySet<string>;
  includeBuiltin: boolean;
  /** The library's phrases (for the agent's own pack). */
  library: readonly PhraseRecord[];
}

/** The pack the form describes (null when it names nothing: no pack or group chosen). */
export async function exportChoiceFromDb(db: HuashuDB, choice: ExportChoice, meta: PackMeta): Promise<PackV1 | null> {
  const { scope, packId, groupId } = choice;
  if (scope === 'pack') {
    if (packId === '') return null;
    if (packId === PERSONAL) return exportSelectionFromDb(db, choice.library.filter((p) => p.packId === PERSONAL).map((p) => p.id), meta);
    return exportPackFromDb(db, packId);
  }
  if (scope === 'group') return groupId === '' ? null : exportGroupFromDb(db, groupId, meta);
  if (scope === 'selection') return exportSelectionFromDb(db, [...choice.selection], meta);
  return exportLibraryFromDb(db, meta, { includeBuiltin: choice.includeBuiltin });
}
