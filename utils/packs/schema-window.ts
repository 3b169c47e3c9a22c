import * as v from 'valibot';
import { isIsoDate } from '../validity/dates';
import { windowProblem, type ValidityWindow } from '../validity/window';

/** A calendar day as the pack format writes it: `YYYY-MM-DD`, a day that exists (2026-02-30 does not). */
export const DaySchema = v.pipe(v.string('type.string'), v.check(isIsoDate, 'day.invalid'));

/** False for a window that ends before it starts (the item is refused with `window.endsBeforeStart` at `validUntil`). */
export const windowInOrder = (w: ValidityWindow): boolean => windowProblem(w) !== 'window.endsBeforeStart';
