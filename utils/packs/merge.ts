import type { GroupRecord, PackRecord, PhraseRecord } from '../db/types';
import { PERSONAL } from '../db/types';
import type { PackIssue } from './messages';
import { screenPackRules, type RuleOverride } from './overrides';
import type { PackMeta, PackV1 } from './schema';
import { changedDates, datedFields, type DatedFields } from '../validity/fields';
import { sameQuestions } from './questions';
import { copyVariants, sameVariants, type PhraseVariant } from './variants';

/**
 * Import planning: what a pack would change in the library, before anything is written.
 * `merge` (default): phrases are matched by id; the pack's new phrases are added, changed ones
 *   updated, phrases the pack no longer has removed. Pins, usage counts, last use and creation
 *   time of kept phrases stay as they are.
 * `replace` ("clear current list"): all of this pack's phrases are removed first, then the pack's
 *   phrases are added as new (their usage history starts again).
 * Personal phrases (packId 'personal') and other packs' phrases are never part of a plan.
 */
export type ImportMode = 'merge' | 'replace';

/** Library records of the pack being imported (other records passed in are ignored). */
export interface LibrarySnapshot {
  pack?: PackRecord | undefined;
  phrases: readonly PhraseRecord[];
  groups: readonly GroupRecord[];
}

/** A phrase as the pack defines it, in library terms (with its validity window and review date, when set). */
export interface PlannedPhrase extends DatedFields {
  id: string;
  packPhraseId: string;
  group: string;
  title: string;
  text: string;
  shortcut?: string;
  tags: string[];
  questions?: string[];
  variants?: PhraseVariant[];
  order: number;
}

/** Fields compared to decide whether a kept phrase is "updated" (order alone is not an update). */
export const CONTENT_FIELDS = ['group', 'title', 'text', 'shortcut', 'tags', 'questions', 'variants', 'validFrom', 'validUntil', 'reviewDate'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface PhraseUpdate {
  before: PhraseRecord;
  after: PlannedPhrase;
  fields: ContentField[];
}

export interface ImportPlan {
  packId: string;
  mode: ImportMode;
  meta: PackMeta;
  /** The pack's tone rules that the import stores (without refused ones, see ruleOverrides). */
  rules?: unknown[];
  /** The pack's rules that take a built-in rule's id, and whether the managed policy refused them. */
  ruleOverrides: RuleOverride[];
  /** Everything the library will hold for this pack after the import. */
  phrases: PlannedPhrase[];
  groups: GroupRecord[];
  counts: { new: number; updated: number; unchanged: number; removed: number; invalid: number };
  new: PlannedPhrase[];
  updated: PhraseUpdate[];
  unchanged: PlannedPhrase[];
  removed: PhraseRecord[];
  /** Items of the input that were left out, with the reason (from the parser). */
  invalid: PackIssue[];
  groupCounts: { new: number; updated: number; removed: number };
  /** The pack record as it was when the plan was made (undefined for a first import). */
  existingPack?: PackRecord;
  /**
   * Phrases of this pack edited in the library since its last import that the import would
   * overwrite or remove (the file's version differs, or it has none): the agent's work, which the
   * manager offers to keep as personal copies.
   */
  localEdits: PhraseRecord[];
}

export interface PlanOptions {
  mode?: ImportMode;
  /** Problems the parser found in items it left out (`rejected` of parsePack / CSV / text import). */
  invalid?: readonly PackIssue[];
  /** The managed policy `allowBuiltInRuleOverrides` (default true): false leaves out rules that take a built-in id. */
  allowBuiltInOverrides?: boolean;
}

export const libraryId = (packId: string, idInPack: string): string => `${packId}/${idInPack}`;

/** Library phrases and groups for a parsed pack, in pack order. */
export function plannedFromPack(incoming: PackV1): { phrases: PlannedPhrase[]; groups: GroupRecord[] } {
  const packId = incoming.pack.id;
  const groups: GroupRecord[] = incoming.groups.map((group, order) => {
    const record: GroupRecord = { id: libraryId(packId, group.id), name: group.name, order, packId, ...datedFields(group) };
    if (group.parent !== undefined) record.parentId = libraryId(packId, group.parent);
    return record;
  });
  const orderInGroup = new Map<string, number>();
  const phrases = incoming.phrases.map((phrase) => {
    const order = orderInGroup.get(phrase.group) ?? 0;
    orderInGroup.set(phrase.group, order + 1);
    const planned: PlannedPhrase = {
      id: libraryId(packId, phrase.id),
      packPhraseId: phrase.id,
      group: libraryId(packId, phrase.group),
      title: phrase.title,
      text: phrase.text,
      tags: [...phrase.tags],
      order,
      ...datedFields(phrase),
    };
    if (phrase.shortcut !== undefined) planned.shortcut = phrase.shortcut;
    if (phrase.questions !== undefined && phrase.questions.length > 0) planned.questions = [...phrase.questions];
    if (phrase.variants !== undefined && phrase.variants.length > 0) planned.variants = copyVariants(phrase.variants);
    return planned;
  });
  return { phrases, groups };
}

export function changedFields(before: PhraseRecord, after: PlannedPhrase): ContentField[] {
  const fields: ContentField[] = [];
  if (before.group !== after.group) fields.push('group');
  if (before.title !== after.title) fields.push('title');
  if (before.text !== after.text) fields.push('text');
  if ((before.shortcut ?? '') !== (after.shortcut ?? '')) fields.push('shortcut');
  if (before.tags.length !== after.tags.length || before.tags.some((tag, i) => tag !== after.tags[i])) fields.push('tags');
  if (!sameQuestions(before.questions, after.questions)) fields.push('questions');
  if (!sameVariants(before.variants, after.variants)) fields.push('variants');
  fields.push(...changedDates(before, after));
  return fields;
}

/**
 * Phrases of a pack edited in the library since its last import (`pack.importedAt`) that importing
 * `planned` would overwrite or remove. Used for the preview and again inside the import's
 * transaction, where it decides what is kept.
 */
export function findLocalEdits(current: readonly PhraseRecord[], pack: Pick<PackRecord, 'importedAt'> | undefined, planned: readonly PlannedPhrase[]): PhraseRecord[] {
  const importedAt = pack?.importedAt;
  if (importedAt === undefined) return [];
  const plannedById = new Map(planned.map((p) => [p.id, p]));
  return current.filter((p) => {
    if (p.updatedAt <= importedAt) return false;
    const next = plannedById.get(p.id);
    return next === undefined || changedFields(p, next).length > 0;
  });
}

/** Preview of importing `incoming` over the library's current copy of that pack. */
export function planImport(existing: LibrarySnapshot, incoming: PackV1, options: PlanOptions = {}): ImportPlan {
  const mode = options.mode ?? 'merge';
  const packId = incoming.pack.id;
  if (packId === PERSONAL) throw new Error('The personal pack id cannot be imported over.');
  const { phrases, groups } = plannedFromPack(incoming);
  const current = existing.phrases.filter((p) => p.packId === packId);
  const currentById = new Map(current.map((p) => [p.id, p]));

  const added: PlannedPhrase[] = [];
  const updated: PhraseUpdate[] = [];
  const unchanged: PlannedPhrase[] = [];
  const plannedIds = new Set<string>();
  for (const phrase of phrases) {
    plannedIds.add(phrase.id);
    const before = mode === 'merge' ? currentById.get(phrase.id) : undefined;
    if (before === undefined) {
      added.push(phrase);
      continue;
    }
    const fields = changedFields(before, phrase);
    if (fields.length > 0) updated.push({ before, after: phrase, fields });
    else unchanged.push(phrase);
  }
  const removed = mode === 'replace' ? [...current] : current.filter((p) => !plannedIds.has(p.id));

  const currentGroups = new Map(existing.groups.filter((g) => g.packId === packId).map((g) => [g.id, g]));
  const plannedGroupIds = new Set(groups.map((g) => g.id));
  let groupsNew = 0;
  let groupsUpdated = 0;
  for (const group of groups) {
    const before = currentGroups.get(group.id);
    if (before === undefined) groupsNew++;
    else if (before.name !== group.name || before.parentId !== group.parentId || before.order !== group.order || changedDates(before, group).length > 0) groupsUpdated++;
  }
  const groupsRemoved = [...currentGroups.keys()].filter((id) => !plannedGroupIds.has(id)).length;

  const localEdits = findLocalEdits(current, existing.pack, phrases);

  const invalid = [...(options.invalid ?? [])];
  const screened = screenPackRules(incoming.rules ?? [], { allow: options.allowBuiltInOverrides ?? true });
  const plan: ImportPlan = {
    packId,
    mode,
    meta: incoming.pack,
    phrases,
    groups,
    counts: { new: added.length, updated: updated.length, unchanged: unchanged.length, removed: removed.length, invalid: invalid.length },
    new: added,
    updated,
    unchanged,
    removed,
    invalid,
    groupCounts: { new: groupsNew, updated: groupsUpdated, removed: groupsRemoved },
    localEdits,
    ruleOverrides: screened.overrides,
  };
  if (incoming.rules !== undefined) plan.rules = screened.kept;
  if (existing.pack !== undefined) plan.existingPack = existing.pack;
  return plan;
}
