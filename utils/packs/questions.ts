/**
 * A phrase's example customer questions (`questions` in pack format v1, docs/pack-format.md): what customers write
 * that this phrase answers. Suggested replies (utils/suggest/) match the customer's message against them.
 */
import * as v from 'valibot';
import { hasLoneSurrogate } from './unicode';

export const QUESTION_LIMITS = Object.freeze({ maxQuestions: 50, maxQuestionLength: 200 });

/** One question: non-blank, valid Unicode, up to 200 characters (kept as written, trimmed). */
const QuestionSchema = v.pipe(
  v.string('type.string'),
  v.check((s) => !hasLoneSurrogate(s), 'text.loneSurrogate'),
  v.transform((s) => s.trim()),
  v.check((s) => s !== '', 'empty'),
  v.maxLength(QUESTION_LIMITS.maxQuestionLength, 'tooLong'),
);

export const QuestionsSchema = v.pipe(
  v.array(QuestionSchema, 'type.array'),
  v.maxLength(QUESTION_LIMITS.maxQuestions, 'tooMany'),
  v.transform((list) => [...new Set(list)]),
);

/** Questions written in one text cell (the CSV column, the manager's box): one per line, or separated by `|`. */
export function splitQuestions(cell: string): string[] {
  return [...new Set(cell.split(/\r\n|\r|\n|[|｜]/).map((q) => q.trim()).filter((q) => q !== ''))];
}

/** The cell a phrase's questions are written to (CSV, the manager's box): one per line. */
export function joinQuestions(questions: readonly string[] | undefined): string {
  return (questions ?? []).join('\n');
}

/** Whether two question lists are the same (a missing list is an empty one). */
export function sameQuestions(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((q, i) => q === y[i]);
}
