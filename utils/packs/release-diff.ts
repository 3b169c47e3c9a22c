// What one release of a pack changes against another: phrases added, removed and changed (matched by their id, which a
// pack keeps across releases), with the changed words of each changed field. Pure; the manager, the import preview and
// the subscription notice show it.
import type { PackGroup, PackPhrase } from './schema-items';
import { wordDiff, type WordPart } from './word-diff';

/** The fields of a phrase a lead or an agent reads; a change in any of them makes the phrase "changed". */
export const DIFF_FIELDS = ['title', 'text', 'shortcut', 'group', 'questions', 'validFrom', 'validUntil'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  /** Word by word for title, text and questions (one question per line); whole values for the others. */
  parts: WordPart[];
}

export interface ChangedPhrase {
  before: PackPhrase;
  after: PackPhrase;
  changes: FieldChange[];
}

export interface ReleaseDiff {
  added: PackPhrase[];
  removed: PackPhrase[];
  changed: ChangedPhrase[];
}

interface Release {
  groups?: readonly PackGroup[];
  phrases: readonly PackPhrase[];
}

/** A field as the reader sees it: the group by its name (ids mean nothing to them), questions one per line. */
function shown(phrase: PackPhrase, field: DiffField, groupNames: ReadonlyMap<string, string>): string {
  switch (field) {
    case 'group':
      return groupNames.get(phrase.group) ?? phrase.group;
    case 'questions':
      return (phrase.questions ?? []).join('\n');
    default:
      return phrase[field] ?? '';
  }
}

const WORDWISE: ReadonlySet<DiffField> = new Set(['title', 'text', 'questions']);

function fieldChange(field: DiffField, before: string, after: string): FieldChange {
  if (WORDWISE.has(field)) return { field, parts: wordDiff(before, after) };
  const parts: WordPart[] = [];
  if (before !== '') parts.push({ change: 'removed', text: before });
  if (after !== '') parts.push({ change: 'added', text: after });
  return { field, parts };
}

function namesOf(release: Release): Map<string, string> {
  return new Map((release.groups ?? []).map((g) => [g.id, g.name]));
}

/**
 * `next` against `previous`: in `next`'s order for added and changed phrases, `previous`'s for removed ones. A group
 * renamed between the releases counts as a change of its phrases' group only when the name they show differs.
 */
export function diffReleases(previous: Release, next: Release): ReleaseDiff {
  const oldNames = namesOf(previous);
  const newNames = namesOf(next);
  const before = new Map(previous.phrases.map((p) => [p.id, p]));
  const nextIds = new Set(next.phrases.map((p) => p.id));
  const added: PackPhrase[] = [];
  const changed: ChangedPhrase[] = [];
  for (const phrase of next.phrases) {
    const old = before.get(phrase.id);
    if (!old) {
      added.push(phrase);
      continue;
    }
    const changes = DIFF_FIELDS.flatMap((field) => {
      const was = shown(old, field, oldNames);
      const now = shown(phrase, field, newNames);
      return was === now ? [] : [fieldChange(field, was, now)];
    });
    if (changes.length > 0) changed.push({ before: old, after: phrase, changes });
  }
  const removed = previous.phrases.filter((p) => !nextIds.has(p.id));
  return { added, removed, changed };
}

/** Nothing to tell: the two releases read the same. */
export function isEmptyDiff(diff: ReleaseDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
