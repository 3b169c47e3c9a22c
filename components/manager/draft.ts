/**
 * The phrase form's draft and its checks (pure): what the manager shows next to each field before
 * anything is saved. Titles and shortcuts are compared as they will be saved (see utils/packs/unicode.ts).
 */
import type { PhraseDraft } from '../../utils/db/phrase-writes';
import type { PhraseRecord } from '../../utils/db/types';
import { PACK_LIMITS } from '../../utils/packs/limits';
import { QUESTION_LIMITS } from '../../utils/packs/questions';
import { copyVariants } from '../../utils/packs/variants';
import { cleanLabel, hasLoneSurrogate } from '../../utils/packs/unicode';
import { revOf } from '../../utils/db/revision';
import { datedFields } from '../../utils/validity/fields';

export type DraftField = 'title' | 'text' | 'shortcut' | 'tags' | 'questions' | 'group';
export type DraftProblem = 'empty' | 'tooLong' | 'spaces' | 'tooMany' | 'shortcutTaken' | 'brokenChar';
export interface DraftError {
  field: DraftField;
  problem: DraftProblem;
  /** For 'shortcutTaken': the title of the phrase that has the code already. */
  other?: string;
}

/** Splits the tag field ("物流, 售后，催单") into tags: commas of both widths, trimmed, no repeats. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、;；]/).map((t) => t.trim()).filter((t) => t !== ''))];
}

/** Problems with a phrase draft; `others` are the library's phrases (to find clashing shortcut codes). */
export function validateDraft(draft: PhraseDraft, others: readonly Pick<PhraseRecord, 'id' | 'shortcut' | 'title'>[]): DraftError[] {
  const errors: DraftError[] = [];
  for (const field of ['title', 'text', 'shortcut'] as const) {
    if (hasLoneSurrogate(draft[field])) errors.push({ field, problem: 'brokenChar' });
  }
  if (draft.text.trim() === '') errors.push({ field: 'text', problem: 'empty' });
  else if (draft.text.length > PACK_LIMITS.maxTextLength) errors.push({ field: 'text', problem: 'tooLong' });
  if (cleanLabel(draft.title).length > PACK_LIMITS.maxTitleLength) errors.push({ field: 'title', problem: 'tooLong' });
  if (draft.group === '') errors.push({ field: 'group', problem: 'empty' });
  // Compared as saved: `tk` and `tk` + U+200B are the same code.
  const shortcut = cleanLabel(draft.shortcut).trim();
  if (/\s/.test(shortcut)) errors.push({ field: 'shortcut', problem: 'spaces' });
  else if (shortcut.length > PACK_LIMITS.maxShortcutLength) errors.push({ field: 'shortcut', problem: 'tooLong' });
  else if (shortcut !== '') {
    const folded = shortcut.toLowerCase();
    const clash = others.find((p) => p.id !== draft.id && p.shortcut !== undefined && cleanLabel(p.shortcut).toLowerCase() === folded);
    if (clash) errors.push({ field: 'shortcut', problem: 'shortcutTaken', other: clash.title });
  }
  if (draft.tags.length > PACK_LIMITS.maxTags) errors.push({ field: 'tags', problem: 'tooMany' });
  else if (draft.tags.some((t) => t.length > PACK_LIMITS.maxTagLength)) errors.push({ field: 'tags', problem: 'tooLong' });
  const questions = draft.questions ?? [];
  if (questions.length > QUESTION_LIMITS.maxQuestions) errors.push({ field: 'questions', problem: 'tooMany' });
  else if (questions.some((q) => q.length > QUESTION_LIMITS.maxQuestionLength)) errors.push({ field: 'questions', problem: 'tooLong' });
  else if (questions.some(hasLoneSurrogate)) errors.push({ field: 'questions', problem: 'brokenChar' });
  return errors;
}

/** The editor's draft of a stored phrase (all its editable fields, and the revision it was read at). */
export function draftOf(p: PhraseRecord): PhraseDraft {
  return { id: p.id, group: p.group, title: p.title, text: p.text, shortcut: p.shortcut ?? '', tags: [...p.tags], questions: [...(p.questions ?? [])], ...(p.variants ? { variants: copyVariants(p.variants) } : {}), rev: revOf(p), ...datedFields(p) };
}

/** A new phrase's draft, in `group`, starting with `text`. */
export function newDraft(group: string, text = ''): PhraseDraft {
  return { group, title: '', text, shortcut: '', tags: [] };
}
