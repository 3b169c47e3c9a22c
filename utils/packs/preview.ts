/**
 * What the import preview lists for each incoming phrase: where it goes, what the tone check says
 * about it, and whether the library already holds the same text elsewhere. Pure: the tone check is
 * passed in (the manager passes the template check the pack lint uses).
 */
import type { PhraseRecord } from '../db/types';
import { PACK_LIMITS } from './limits';
import type { ImportPlan, PlannedPhrase } from './merge';
import { titleOrDerived } from './title';
import { cleanLabel } from './unicode';

export interface PreviewRow {
  phrase: PlannedPhrase;
  /** Name of the group the phrase goes into ('' when the pack names none). */
  groupName: string;
  /** Title of a phrase of another pack (or the lead's own) with the same text, if any. */
  duplicateOf?: string;
  /** Title of a phrase of another pack (or the lead's own) with the same shortcut code (any case), if any. */
  shortcutTakenBy?: string;
  /** The library's text of this phrase, when the import changes it (the preview shows the changed words). */
  textBefore?: string;
}

export interface PreviewGroup {
  name: string;
  count: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  groups: PreviewGroup[];
  /** Incoming phrases whose text the library already holds outside this pack. */
  duplicates: number;
  /** Incoming phrases whose shortcut code a phrase outside this pack already has. */
  shortcutClashes: number;
}

/** Texts compared as an agent reads them: outer spaces and runs of white space do not count. */
export function sameTextKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

type Existing = Pick<PhraseRecord, 'packId' | 'text' | 'title'> & Partial<Pick<PhraseRecord, 'shortcut'>>;

/** Shortcut codes compared as the manager compares them: as saved, in any case. */
const codeKey = (code: string) => cleanLabel(code).trim().toLowerCase();

export function buildImportPreview(
  plan: Pick<ImportPlan, 'packId' | 'phrases' | 'groups'> & Partial<Pick<ImportPlan, 'updated'>>,
  library: readonly Existing[],
): ImportPreview {
  // Phrases of the pack being imported are what the import updates, not duplicates.
  const elsewhere = new Map<string, string>();
  const codesElsewhere = new Map<string, string>();
  for (const p of library) {
    if (p.packId === plan.packId) continue;
    const key = sameTextKey(p.text);
    if (!elsewhere.has(key)) elsewhere.set(key, titleOrDerived(p));
    const code = p.shortcut === undefined ? '' : codeKey(p.shortcut);
    if (code !== '' && !codesElsewhere.has(code)) codesElsewhere.set(code, titleOrDerived(p));
  }
  const names = new Map(plan.groups.map((g) => [g.id, g.name]));
  const textsBefore = new Map((plan.updated ?? []).filter((u) => u.before.text !== u.after.text).map((u) => [u.after.id, u.before.text]));
  const counts = new Map<string, number>();
  let duplicates = 0;
  let shortcutClashes = 0;
  const rows = plan.phrases.map((phrase): PreviewRow => {
    const row: PreviewRow = { phrase, groupName: names.get(phrase.group) ?? '' };
    counts.set(phrase.group, (counts.get(phrase.group) ?? 0) + 1);
    const duplicateOf = elsewhere.get(sameTextKey(phrase.text));
    if (duplicateOf !== undefined) {
      duplicates++;
      row.duplicateOf = duplicateOf;
    }
    const shortcutTakenBy = phrase.shortcut === undefined ? undefined : codesElsewhere.get(codeKey(phrase.shortcut));
    if (shortcutTakenBy !== undefined) {
      shortcutClashes++;
      row.shortcutTakenBy = shortcutTakenBy;
    }
    const textBefore = textsBefore.get(phrase.id);
    if (textBefore !== undefined) row.textBefore = textBefore;
    return row;
  });
  const groups = plan.groups.filter((g) => counts.has(g.id)).map((g) => ({ name: g.name, count: counts.get(g.id) ?? 0 }));
  return { rows, groups, duplicates, shortcutClashes };
}

export type PackNameProblem = 'empty' | 'tooLong';

/** The name the lead gives the pack before importing it, or the problem with it. */
export function checkPackName(name: string): { ok: true; name: string } | { ok: false; problem: PackNameProblem } {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > PACK_LIMITS.maxNameLength) return { ok: false, problem: 'tooLong' };
  return { ok: true, name: trimmed };
}
