import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PhraseDraft } from '../../utils/db/phrase-writes';
import type { PhraseRecord } from '../../utils/db/types';
import { datedFieldsProblem } from '../../utils/db/date-writes';
import { insertPlaceholder, type PlaceholderChoice } from '../../utils/placeholder-menu';
import { joinQuestions, splitQuestions } from '../../utils/packs/questions';
import { checkTemplate } from '../../utils/tone-builtin';
import { datedFields, type DatedFields } from '../../utils/validity/fields';
import { parseTags, validateDraft, type DraftError } from './draft';
import { rowsOf, variantsOf, type VariantRow } from './variant-draft';

export interface PhraseDraftOptions {
  initial: PhraseDraft;
  readOnly: boolean;
  locale: string;
  others: readonly Pick<PhraseRecord, 'id' | 'shortcut' | 'title'>[];
  onSave(draft: PhraseDraft): Promise<void>;
}

/** The phrase editor's fields, their errors and tone findings, the placeholder menu's insertion and saving (with
 *  the confirmation asked while the tone check finds errors). */
export function usePhraseDraft({ initial, readOnly, locale, others, onSave }: PhraseDraftOptions) {
  const [title, setTitle] = useState(initial.title);
  const [text, setTextState] = useState(initial.text);
  const [shortcut, setShortcut] = useState(initial.shortcut);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [questions, setQuestions] = useState(joinQuestions(initial.questions));
  const [group, setGroup] = useState(initial.group);
  const [variantRows, setVariants] = useState<VariantRow[]>(() => rowsOf(initial.variants));
  const [dates, setDates] = useState<DatedFields>(() => datedFields(initial));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  /** Saving was asked for while the tone check finds errors: the lead confirms or goes back. */
  const [confirming, setConfirming] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  /** Selection to put in the text field once an inserted placeholder is rendered. */
  const [pendingSelection, setPendingSelection] = useState<[number, number] | null>(null);
  useEffect(() => {
    if (pendingSelection === null || !textArea.current) return;
    textArea.current.focus();
    textArea.current.setSelectionRange(pendingSelection[0], pendingSelection[1]);
    setPendingSelection(null);
  }, [pendingSelection]);

  const variants = variantsOf(variantRows);
  const draft: PhraseDraft = {
    ...(variants ? { variants } : {}),
    title,
    text,
    shortcut,
    tags: parseTags(tags),
    questions: splitQuestions(questions),
    group,
    ...datedFields(dates),
    ...(initial.id ? { id: initial.id } : {}),
    ...(initial.rev === undefined ? {} : { rev: initial.rev }),
  };
  const errors = readOnly ? [] : validateDraft(draft, others);
  const findings = useMemo(() => checkTemplate(text, { locale }), [text, locale]);
  const toneErrors = findings.filter((f) => f.severity === 'error').length;
  // A clashing code is said at once, while typing, with the code and the phrase that has it.
  const clash = errors.some((e) => e.problem === 'shortcutTaken');
  /** The error shown for a field: after a first try to save, or at once for a clashing shortcut. */
  const shownError = (field: DraftError['field']): DraftError | undefined =>
    tried || (field === 'shortcut' && clash) ? errors.find((e) => e.field === field) : undefined;

  /** Typing in the text (or inserting a placeholder) ends a pending confirmation; a rewrite chosen does not. */
  function setText(next: string): void {
    setTextState(next);
    setConfirming(false);
  }

  function choosePlaceholder(choice: PlaceholderChoice): void {
    const el = textArea.current;
    const next = insertPlaceholder(text, el?.selectionStart ?? text.length, el?.selectionEnd ?? text.length, choice);
    setText(next.text);
    setPendingSelection([next.selectionStart, next.selectionEnd]);
  }

  async function submit(e?: Event, confirmed = false): Promise<void> {
    e?.preventDefault();
    if (readOnly) return;
    setTried(true);
    if (errors.length > 0 || datedFieldsProblem(dates) !== null || variants === null) return;
    if (toneErrors > 0 && !confirmed) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  }

  return {
    fields: { title, text, shortcut, tags, questions, group, dates, variants: variantRows },
    set: { setTitle, setText, rewriteText: setTextState, setShortcut, setTags, setQuestions, setGroup, setDates, setVariants },
    textArea,
    tried,
    saving,
    confirming,
    setConfirming,
    findings,
    toneErrors,
    shownError,
    choosePlaceholder,
    submit,
  };
}
