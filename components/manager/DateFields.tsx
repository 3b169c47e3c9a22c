import type { JSX } from 'preact';
import type { CampaignTranslate } from '../../utils/locales/campaign';
import { datedFieldsProblem, type DateFieldProblem } from '../../utils/db/date-writes';
import type { IsoDate } from '../../utils/validity/dates';
import type { DatedFields } from '../../utils/validity/fields';
import { salePresets } from '../../utils/validity/presets';

export interface DateFieldsProps {
  t: CampaignTranslate;
  /** The library's today (presets start from the next sale that has not ended). */
  today: IsoDate;
  value: DatedFields;
  onChange(next: DatedFields): void;
  readOnly?: boolean;
  /** Offer the review date (phrases; groups have only a window). */
  review?: boolean;
  /** Show the problem with the fields (after a save was tried). */
  showErrors?: boolean;
  /** Prefix of the ids of the fields (unique on the page). */
  idPrefix: string;
}

export function dateProblemText(t: CampaignTranslate, problem: DateFieldProblem): string {
  return problem === 'window.endsBeforeStart' ? t('camp.err.endsBeforeStart') : t('camp.err.invalid');
}

/** A validity window (first and last day, or one of the big sales) and, for phrases, a review date. */
export function DateFields({ t, today, value, onChange, readOnly = false, review = false, showErrors = true, idPrefix }: DateFieldsProps): JSX.Element {
  const problem = datedFieldsProblem(value);
  const errorId = `${idPrefix}-date-error`;
  const windowError = problem !== null && problem !== 'reviewDate.invalid' && showErrors;
  const presets = salePresets(today);
  const set = (key: keyof DatedFields, day: string) => {
    const next = { ...value };
    if (day === '') delete next[key];
    else next[key] = day;
    onChange(next);
  };
  const day = (key: keyof DatedFields, label: string, invalid: boolean) => (
    <label>
      {label}
      <input
        type="date"
        value={value[key] ?? ''}
        readOnly={readOnly}
        onInput={(e) => set(key, e.currentTarget.value)}
        {...(invalid ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      />
    </label>
  );
  return (
    <fieldset class="dates">
      <legend>{t('camp.window')}</legend>
      <div class="row">
        {day('validFrom', t('camp.validFrom'), windowError && problem === 'validFrom.invalid')}
        {day('validUntil', t('camp.validUntil'), windowError && problem !== 'validFrom.invalid')}
        {!readOnly && presets.length > 0 && (
          <label>
            {t('camp.preset')}
            <select
              value=""
              onChange={(e) => {
                const chosen = presets.find((p) => p.id === e.currentTarget.value);
                if (chosen) onChange({ ...value, validFrom: chosen.validFrom, validUntil: chosen.validUntil });
              }}
            >
              <option value="">—</option>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${t(`camp.preset.${p.id}`)} · ${p.validFrom} – ${p.validUntil}`}
                </option>
              ))}
            </select>
          </label>
        )}
        {review && day('reviewDate', t('camp.reviewDate'), showErrors && problem === 'reviewDate.invalid')}
      </div>
      {problem !== null && showErrors && (
        <span id={errorId} class="field-error" role="alert">
          {dateProblemText(t, problem)}
        </span>
      )}
    </fieldset>
  );
}
