import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { nextBlank } from '../utils/placeholders';
import type { RecalledValues } from '../utils/placeholder-memory';

export interface PlaceholderFormProps {
  t: Translate;
  title: string;
  /** Field names, in the order they appear in the phrase. */
  names: readonly string[];
  /** Values to start from (utils/placeholder-memory.ts): the page's (order number, buyer) or the agent's own from last
   *  time in this chat; filled in, marked with where they came from, and selected when the field is entered, so typing
   *  replaces them. */
  recalled?: RecalledValues;
  /** The phrase as it would go in with these values (live preview). */
  preview(values: Record<string, string>): string;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

/**
 * Asks for a phrase's blanks. Enter on an empty field moves to it and says so; Enter again there leaves it empty on
 * purpose. The preview shows what the customer will read.
 */
export function PlaceholderForm(props: PlaceholderFormProps): JSX.Element {
  const { t, names } = props;
  const recalled = props.recalled?.values ?? {};
  const origin = (name: string) => (props.recalled?.fromPage.includes(name) ? t('fill.fromChat') : t('fill.recalled'));
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(names.map((n) => [n, recalled[n] ?? ''])));
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [warned, setWarned] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => inputs.current.get(names[0] ?? '')?.focus(), []);

  function submit(): void {
    const blank = nextBlank(names, values, skipped);
    if (blank === null) return props.onSubmit(values);
    const focused = (document.activeElement as HTMLInputElement | null)?.dataset.name;
    if (warned === blank && focused === blank) {
      // The second Enter on the blank the form pointed at: the agent leaves it empty on purpose.
      const next = new Set(skipped).add(blank);
      setSkipped(next);
      setWarned(null);
      if (nextBlank(names, values, next) === null) return props.onSubmit(values);
      return focusBlank(nextBlank(names, values, next) as string);
    }
    focusBlank(blank);
  }

  function focusBlank(name: string): void {
    setWarned(name);
    inputs.current.get(name)?.focus();
  }

  return (
    <form
      class="fill"
      aria-label={t('sidebar.fill', { title: props.title })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      {names.map((name) => (
        <label key={name}>
          <span>{name}</span>
          <input
            ref={(el) => {
              if (el) inputs.current.set(name, el);
            }}
            data-name={name}
            value={values[name]}
            aria-invalid={warned === name}
            aria-description={values[name] !== '' && values[name] === recalled[name] ? origin(name) : undefined}
            onFocus={(e) => {
              if (values[name] !== '' && values[name] === recalled[name]) e.currentTarget.select();
            }}
            placeholder={skipped.has(name) ? t('fill.skipped') : ''}
            onInput={(e) => {
              setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value });
              if (warned === name) setWarned(null);
            }}
          />
          {values[name] !== '' && values[name] === recalled[name] && (
            <small class="fill-recalled" aria-hidden="true">
              {origin(name)}
            </small>
          )}
        </label>
      ))}
      {warned && (
        <p class="fill-note" role="alert">
          {t('fill.blank', { name: warned })}
        </p>
      )}
      <p class="fill-preview" aria-label={t('fill.preview')}>
        {props.preview(values)}
      </p>
      <button type="submit">{t('sidebar.insert')} ↵</button>
    </form>
  );
}
