import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import { qianniuLength } from '../../utils/packs/qianniu';
import { checkTemplate } from '../../utils/tone-builtin';
import { applyFinding } from './lint';
import type { Translate } from '../../utils/i18n';
import type { PhraseDraft } from '../../utils/db/phrase-writes';
import { parseTags, validateDraft, type DraftError } from './draft';
import { insertPlaceholder, type PlaceholderChoice } from '../../utils/placeholder-menu';
import { PlaceholderMenu } from './PlaceholderMenu';
import { DateFields } from './DateFields';
import { campaignText } from '../../utils/locales/campaign';
import { datedFieldsProblem } from '../../utils/db/date-writes';
import { datedFields, type DatedFields } from '../../utils/validity/fields';
import type { IsoDate } from '../../utils/validity/dates';
import { joinQuestions, splitQuestions } from '../../utils/packs/questions';

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

export function PhraseEditor(props: PhraseEditorProps): JSX.Element {
  const { t, readOnly } = props;
  const [title, setTitle] = useState(props.initial.title);
  const [text, setText] = useState(props.initial.text);
  const [shortcut, setShortcut] = useState(props.initial.shortcut);
  const [tags, setTags] = useState(props.initial.tags.join(', '));
  const [questions, setQuestions] = useState(joinQuestions(props.initial.questions));
  const [group, setGroup] = useState(props.initial.group);
  const [dates, setDates] = useState<DatedFields>(() => datedFields(props.initial));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  /** Saving was asked for while the tone check finds errors: the lead confirms or goes back. */
  const [confirming, setConfirming] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  /** Selection to put in the text field once an inserted placeholder is rendered. */
  const [pendingSelection, setPendingSelection] = useState<[number, number] | null>(null);

  useEffect(() => first.current?.focus(), [props.initial.id]);
  useEffect(() => {
    if (pendingSelection === null || !textArea.current) return;
    textArea.current.focus();
    textArea.current.setSelectionRange(pendingSelection[0], pendingSelection[1]);
    setPendingSelection(null);
  }, [pendingSelection]);
  useEffect(() => {
    if (confirming) back.current?.focus();
  }, [confirming]);

  const draft: PhraseDraft = {
    title,
    text,
    shortcut,
    tags: parseTags(tags),
    questions: splitQuestions(questions),
    group,
    ...datedFields(dates),
    ...(props.initial.id ? { id: props.initial.id } : {}),
    ...(props.initial.rev === undefined ? {} : { rev: props.initial.rev }),
  };
  const errors = readOnly ? [] : validateDraft(draft, props.others);
  const findings = useMemo(() => checkTemplate(text, { locale: props.locale }), [text, props.locale]);
  const qn = qianniuLength(text);
  const headingId = 'editor-h';
  const fieldError = (field: DraftError['field']) => errors.find((e) => e.field === field);
  const toneErrors = findings.filter((f) => f.severity === 'error').length;
  // A clashing code is said at once, while typing, with the code and the phrase that has it.
  const clash = errors.find((e) => e.problem === 'shortcutTaken');

  function choosePlaceholder(choice: PlaceholderChoice): void {
    const el = textArea.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = insertPlaceholder(text, start, end, choice);
    setText(next.text);
    setConfirming(false);
    setPendingSelection([next.selectionStart, next.selectionEnd]);
  }

  async function submit(e?: Event, confirmed = false): Promise<void> {
    e?.preventDefault();
    if (readOnly) return;
    setTried(true);
    if (errors.length > 0 || datedFieldsProblem(dates) !== null) return;
    if (toneErrors > 0 && !confirmed) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setSaving(true);
    try {
      await props.onSave(draft);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      void submit(e);
    }
  }

  const describedError = (field: DraftError['field']) => {
    const err = tried || (field === 'shortcut' && clash) ? fieldError(field) : undefined;
    if (err?.problem === 'shortcutTaken') {
      return (
        <span id={`err-${field}`} class="field-error" role="alert">
          {t('mgrd.shortcutUsed', { code: shortcut.trim(), title: err.other ?? '' })}
        </span>
      );
    }
    return err ? (
      <span id={`err-${field}`} class="field-error">
        {errorText(t, err)}
      </span>
    ) : null;
  };
  const invalid = (field: DraftError['field']) =>
    (tried || (field === 'shortcut' && clash)) && fieldError(field) ? { 'aria-invalid': true, 'aria-describedby': `err-${field}` } : {};

  return (
    <form class="editor" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <h3 id={headingId}>{readOnly ? t('mgr.viewPhrase') : props.initial.id ? t('mgr.editPhrase') : t('mgr.newPhrase')}</h3>
      {readOnly && <p class="note">{t('mgr.readOnlyNote')}</p>}
      <label>
        {t('mgr.field.title')}
        <input ref={first} value={title} readOnly={readOnly} onInput={(e) => setTitle(e.currentTarget.value)} {...invalid('title')} />
      </label>
      {describedError('title')}
      <label>
        {t('mgr.field.text')}
        <textarea
          ref={textArea}
          rows={5}
          value={text}
          readOnly={readOnly}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setConfirming(false);
          }}
          {...invalid('text')}
        />
      </label>
      {!readOnly && <PlaceholderMenu t={t} locale={props.locale} onChoose={choosePlaceholder} />}
      {describedError('text')}
      <p class={qn > QIANNIU_LIMITS.maxLength ? 'warn' : 'muted'}>
        {t('mgr.qianniuLength', { length: qn, max: QIANNIU_LIMITS.maxLength })}
        {qn > QIANNIU_LIMITS.maxLength ? ` — ${t('mgr.qianniuTooLong')}` : ''}
      </p>
      <section aria-label={t('mgr.toneCheck')} class="tone-list">
        {findings.length === 0 ? (
          <p class="muted">{t('mgr.toneClear')}</p>
        ) : (
          <ul>
            {findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`} class={`finding ${f.severity}`}>
                <strong>{t(f.severity === 'error' ? 'tone.error' : f.severity === 'warning' ? 'tone.warning' : 'tone.hint')}</strong>{' '}
                {f.text !== '' ? <q>{f.text}</q> : t('tone.wholeMessage')} — {f.message}{' '}
                {!readOnly &&
                  f.suggestions.slice(0, 3).map((s) => (
                    <button key={s} type="button" onClick={() => setText(applyFinding(text, f, s))}>
                      {f.text === '' ? t('tone.prepend', { text: s }) : s === '' ? t('tone.remove', { text: f.text }) : t('tone.replace', { text: s })}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="row">
        <label>
          {t('mgr.field.shortcut')}
          <input size={10} value={shortcut} readOnly={readOnly} onInput={(e) => setShortcut(e.currentTarget.value)} {...invalid('shortcut')} />
        </label>
        <label>
          {t('mgr.field.group')}
          <select value={group} disabled={readOnly} onChange={(e) => setGroup(e.currentTarget.value)}>
            {props.groups.map(({ group: g, depth }) => (
              <option key={g.id} value={g.id}>
                {`${'  '.repeat(depth)}${g.name}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {describedError('shortcut')}
      <label>
        {t('mgr.field.tags')}
        <input value={tags} readOnly={readOnly} placeholder={t('mgr.tagsPlaceholder')} onInput={(e) => setTags(e.currentTarget.value)} {...invalid('tags')} />
      </label>
      {describedError('tags')}
      <DateFields t={campaignText(props.locale)} today={props.today} value={dates} onChange={setDates} readOnly={readOnly} review showErrors={tried} idPrefix="phrase" />
      <label>
        {t('mgr.field.questions')}
        <textarea
          rows={3}
          value={questions}
          readOnly={readOnly}
          placeholder={t('mgr.questionsPlaceholder')}
          onInput={(e) => setQuestions(e.currentTarget.value)}
          {...invalid('questions')}
        />
      </label>
      {describedError('questions')}
      {confirming && (
        <div class="confirm" role="alert">
          <p>{t('mgrd.toneConfirm', { count: toneErrors })}</p>
          <div class="row">
            <button ref={back} type="button" 
              onClick={() => {
                setConfirming(false);
                textArea.current?.focus();
              }}
            >
              {t('mgrd.backToEdit')}
            </button>
            <button type="button" class="danger" disabled={saving} onClick={() => void submit(undefined, true)}>
              {t('mgrd.saveAnyway')}
            </button>
          </div>
        </div>
      )}
      <div class="row">
        {!readOnly && (
          <button type="submit" class="primary" disabled={saving}>
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
