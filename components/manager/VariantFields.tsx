import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { VARIANT_LIMITS } from '../../utils/packs/variants';
import type { VariantTranslate } from '../../utils/locales/variants';
import { rowProblem, type VariantProblem, type VariantRow } from './variant-draft';

export interface VariantFieldsProps {
  t: VariantTranslate;
  rows: readonly VariantRow[];
  onChange(rows: VariantRow[]): void;
  readOnly: boolean;
  /** Show each row's problem (after a save was tried). */
  showErrors: boolean;
}

const PROBLEM_KEY: Readonly<Record<VariantProblem, 'var.err.sites' | 'var.err.text' | 'var.err.tooLong'>> = {
  sites: 'var.err.sites',
  text: 'var.err.text',
  tooLong: 'var.err.tooLong',
};

/** The phrase's per-site versions, side by side: each a card with its sites, an optional title and its text. */
export function VariantFields({ t, rows, onChange, readOnly, showErrors }: VariantFieldsProps): JSX.Element | null {
  const list = useRef<HTMLDivElement>(null);
  if (readOnly && rows.length === 0) return null;
  const update = (i: number, patch: Partial<VariantRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  function add(): void {
    onChange([...rows, { sites: '', title: '', text: '' }]);
    // The new card's first field takes focus once it is rendered.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('.variant:last-child input')?.focus());
  }
  return (
    <fieldset class="variants">
      <legend>{t('var.legend')}</legend>
      <p class="muted">{t('var.note')}</p>
      <div class="variant-grid" ref={list}>
        {rows.map((row, i) => {
          const problem = showErrors ? rowProblem(row) : null;
          const errorId = `variant-${i}-error`;
          const invalid = (field: VariantProblem) => (problem === field || (field === 'text' && problem === 'tooLong') ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
          return (
            <div class="variant" role="group" aria-label={t('var.heading', { n: i + 1 })} key={i}>
              <label>
                {t('var.sites')}
                <input value={row.sites} readOnly={readOnly} onInput={(e) => update(i, { sites: e.currentTarget.value })} {...invalid('sites')} />
              </label>
              <label>
                {t('var.title')}
                <input value={row.title} readOnly={readOnly} onInput={(e) => update(i, { title: e.currentTarget.value })} />
              </label>
              <label>
                {t('var.text')}
                <textarea rows={4} value={row.text} readOnly={readOnly} onInput={(e) => update(i, { text: e.currentTarget.value })} {...invalid('text')} />
              </label>
              {problem && (
                <span id={errorId} class="field-error" role="alert">
                  {t(PROBLEM_KEY[problem])}
                </span>
              )}
              {!readOnly && (
                <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t('var.removeNamed', { sites: row.sites || t('var.heading', { n: i + 1 }) })}>
                  {t('var.remove')}
                </button>
              )}
            </div>
          );
        })}
      </div>
      {!readOnly && rows.length < VARIANT_LIMITS.maxVariants && (
        <button type="button" onClick={add}>
          {t('var.add')}
        </button>
      )}
      {!readOnly && rows.length >= VARIANT_LIMITS.maxVariants && <p class="muted">{t('var.err.tooMany', { max: VARIANT_LIMITS.maxVariants })}</p>}
    </fieldset>
  );
}
