/**
 * Checks and writes of the dated fields (validity windows of phrases and groups, review dates of phrases). A bad
 * date or a window that ends before it starts is refused with a DateFieldError before anything is written.
 */
import type { HuashuDB } from './database';
import { assertEditable } from './edit-rules';
import { isIsoDate } from '../validity/dates';
import { datedFields, type DatedFields } from '../validity/fields';
import { windowProblem, type ValidityWindow } from '../validity/window';

export type DateFieldProblem = 'validFrom.invalid' | 'validUntil.invalid' | 'reviewDate.invalid' | 'window.endsBeforeStart';

export class DateFieldError extends Error {
  constructor(readonly problem: DateFieldProblem) {
    super(problem === 'window.endsBeforeStart' ? 'The validity window ends before it starts.' : `Not a day written YYYY-MM-DD (${problem.split('.')[0] ?? ''}).`);
    this.name = 'DateFieldError';
  }
}

/** What is wrong with dated fields as typed ('' is none); null when nothing. */
export function datedFieldsProblem(fields: DatedFields): DateFieldProblem | null {
  const set = datedFields(fields);
  const window = windowProblem(set);
  if (window !== null) return window;
  if (set.reviewDate !== undefined && !isIsoDate(set.reviewDate)) return 'reviewDate.invalid';
  return null;
}

/** The dated fields to store, or a DateFieldError. */
export function checkedDates(fields: DatedFields): DatedFields {
  const problem = datedFieldsProblem(fields);
  if (problem !== null) throw new DateFieldError(problem);
  return datedFields(fields);
}

/** Sets (or, with empty fields, clears) a group's validity window; subscribed packs' groups are refused. */
export async function setGroupWindow(db: HuashuDB, id: string, window: ValidityWindow): Promise<void> {
  const { validFrom, validUntil } = checkedDates({ ...window });
  await db.transaction('rw', db.groups, db.packs, async () => {
    const group = await db.groups.get(id);
    if (!group) throw new Error('That group no longer exists.');
    await assertEditable(db, group.packId);
    const next = { ...group };
    delete next.validFrom;
    delete next.validUntil;
    await db.groups.put({ ...next, ...(validFrom ? { validFrom } : {}), ...(validUntil ? { validUntil } : {}) });
  });
}
