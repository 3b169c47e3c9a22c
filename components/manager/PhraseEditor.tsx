import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import { qianniuLength } from '../../utils/packs/qianniu';
import type { Translate } from '../../utils/i18n';
import type { PhraseDraft } from '../../utils/db/phrase-writes';
import type { DraftError } from './draft';
import { PlaceholderMenu } from './PlaceholderMenu';
import { DateFields } from './DateFields';
import { campaignText } from '../../utils/locales/campaign';
import { variantText } from '../../utils/locales/variants';
import { VariantFields } from './VariantFields';
import type { IsoDate } from '../../utils/validity/dates';
import { ToneFindingList } from './ToneFindingList';
import { usePhraseDraft } from './usePhraseDraft';

export interface PhraseEditorProps {
  t: Translate;
  locale: string;
  /** The phrase being edited, or a new draft (no id). */
  initial: PhraseDraft;
  readOnly: boolean;
  /** Groups the phrase may be in (same pack). */
  groups: { group: GroupRecord; depth: number }[];
  others: readonly Pick<PhraseRecord, 'id' | 'shortcut' | 'title'>[];
  onSave(draft: PhraseDraft): Promise<void>;
  onCancel(): void;
  onCopy?(): void;
  /** The library's today (the sale presets of the validity window start from it). */
  today: IsoDate;
}

function errorText(t: Translate, e: DraftError): string {
  switch (e.problem) {
    case 'empty':
      return t('mgr.err.empty');
    case 'tooLong':
      return t('mgr.err.tooLong');
    case 'spaces':
      return t('mgr.err.spaces');
    case 'tooMany':
      return t('mgr.err.tooMany');
    case 'shortcutTaken':
      return t('mgr.err.shortcutTaken', { title: e.other ?? '' });
    case 'brokenChar':
      return t('mgr.err.brokenChar');
  }
}

type Field = DraftError['field'];

/** A field's error, under it (a clashing shortcut is announced as it is typed). */
function FieldError({ t, field, error, shortcut }: { t: Translate; field: Field; error: DraftError | undefined; shortcut: string }): JSX.Element | null {
  if (!error) return null;
  if (error.problem === 'shortcutTaken') {
    return (
      <span id={`err-${field}`} class="field-error" role="alert">
        {t('mgrd.shortcutUsed', { code: shortcut.trim(), title: error.other ?? '' })}
      </span>
    );
  }
  return (
    <span id={`err-${field}`} class="field-error">
      {errorText(t, error)}
    </span>
  );
}

/** Asked before saving a phrase the tone check finds errors in: back to edit (first focus) or save anyway. */
function ConfirmSave({ t, count, saving, onBack, onSave }: { t: Translate; count: number; saving: boolean; onBack(): void; onSave(): void }): JSX.Element {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div class="confirm" role="alert">
      <p>{t('mgrd.toneConfirm', { count })}</p>
      <div class="row">
        <button ref={back} type="button" onClick={onBack}>
          {t('mgrd.backToEdit')}
        </button>
        <button type="button" class="danger" disabled={saving} onClick={onSave}>
          {t('mgrd.saveAnyway')}
        </button>
      </div>
    </div>
  );
}

function QianniuLength({ t, text }: { t: Translate; text: string }): JSX.Element {
  const qn = qianniuLength(text);
  return (
    <p class={qn > QIANNIU_LIMITS.maxLength ? 'warn' : 'muted'}>
      {t('mgr.qianniuLength', { length: qn, max: QIANNIU_LIMITS.maxLength })}
      {qn > QIANNIU_LIMITS.maxLength ? ` — ${t('mgr.qianniuTooLong')}` : ''}
    </p>
  );
}

export function PhraseEditor(props: PhraseEditorProps): JSX.Element {
  const { t, readOnly } = props;
  const editor = usePhraseDraft(props);
  const { fields, set, textArea } = editor;
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), [props.initial.id]);
  const headingId = 'editor-h';

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      void editor.submit(e);
    }
  }
  const error = (field: Field) => <FieldError t={t} field={field} error={editor.shownError(field)} shortcut={fields.shortcut} />;
  const invalid = (field: Field) => (editor.shownError(field) ? { 'aria-invalid': true, 'aria-describedby': `err-${field}` } : {});

  return (
    <form class="editor" aria-labelledby={headingId} onSubmit={(e) => void editor.submit(e)} onKeyDown={onKeyDown}>
      <h3 id={headingId}>{readOnly ? t('mgr.viewPhrase') : props.initial.id ? t('mgr.editPhrase') : t('mgr.newPhrase')}</h3>
      {readOnly && <p class="note">{t('mgr.readOnlyNote')}</p>}
      <label>
        {t('mgr.field.title')}
        <input ref={first} value={fields.title} readOnly={readOnly} onInput={(e) => set.setTitle(e.currentTarget.value)} {...invalid('title')} />
      </label>
      {error('title')}
      <label>
        {t('mgr.field.text')}
        <textarea ref={textArea} rows={5} value={fields.text} readOnly={readOnly} onInput={(e) => set.setText(e.currentTarget.value)} {...invalid('text')} />
      </label>
      {!readOnly && <PlaceholderMenu t={t} locale={props.locale} onChoose={editor.choosePlaceholder} />}
      {error('text')}
      <QianniuLength t={t} text={fields.text} />
      <ToneFindingList t={t} text={fields.text} findings={editor.findings} readOnly={readOnly} onRewrite={set.rewriteText} />
      <div class="row">
        <label>
          {t('mgr.field.shortcut')}
          <input size={10} value={fields.shortcut} readOnly={readOnly} onInput={(e) => set.setShortcut(e.currentTarget.value)} {...invalid('shortcut')} />
        </label>
        <label>
          {t('mgr.field.group')}
          <select value={fields.group} disabled={readOnly} onChange={(e) => set.setGroup(e.currentTarget.value)}>
            {props.groups.map(({ group: g, depth }) => (
              <option key={g.id} value={g.id}>
                {`${'  '.repeat(depth)}${g.name}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error('shortcut')}
      <label>
        {t('mgr.field.tags')}
        <input value={fields.tags} readOnly={readOnly} placeholder={t('mgr.tagsPlaceholder')} onInput={(e) => set.setTags(e.currentTarget.value)} {...invalid('tags')} />
      </label>
      {error('tags')}
      <DateFields t={campaignText(props.locale)} today={props.today} value={fields.dates} onChange={set.setDates} readOnly={readOnly} review showErrors={editor.tried} idPrefix="phrase" />
      <label>
        {t('mgr.field.questions')}
        <textarea
          rows={3}
          value={fields.questions}
          readOnly={readOnly}
          placeholder={t('mgr.questionsPlaceholder')}
          onInput={(e) => set.setQuestions(e.currentTarget.value)}
          {...invalid('questions')}
        />
      </label>
      {error('questions')}
      <VariantFields t={variantText(props.locale)} rows={fields.variants} onChange={set.setVariants} readOnly={readOnly} showErrors={editor.tried} />
      {editor.confirming && (
        <ConfirmSave
          t={t}
          count={editor.toneErrors}
          saving={editor.saving}
          onBack={() => {
            editor.setConfirming(false);
            textArea.current?.focus();
          }}
          onSave={() => void editor.submit(undefined, true)}
        />
      )}
      <div class="row">
        {!readOnly && (
          <button type="submit" class="primary" disabled={editor.saving}>
            {t('mgr.save')}
          </button>
        )}
        {props.onCopy && (
          <button type="button" onClick={props.onCopy}>
            {t('mgr.copyToMine')}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {readOnly ? t('mgr.close') : t('mgr.cancel')}
        </button>
        {!readOnly && <span class="muted">{t('mgr.saveHint')}</span>}
      </div>
    </form>
  );
}
