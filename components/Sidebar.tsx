import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GroupRecord, PhraseRecord } from '../utils/db/types';
import type { Translate } from '../utils/i18n';
import type { SearchHit } from '../utils/search';
import { fillPlaceholders, placeholderFields } from '../utils/placeholders';
import { Highlight } from './Highlight';

export interface SidebarSearch {
  search(query: string, options: { limit: number; group?: string }): SearchHit[];
}

export interface SidebarProps {
  t: Translate;
  locale: string;
  loading: boolean;
  groups: GroupRecord[];
  /** Search over the visible library; null while it is being built. */
  index: SidebarSearch | null;
  phraseCount: number;
  onInsert(phrase: PhraseRecord, text: string, caretBack: number): Promise<string | null>;
  onClose(): void;
  onManage(): void;
  now?: () => Date;
  /** Panels below the phrase list (the "Draft check"). */
  panels?: ComponentChildren;
}

const LIMIT = 30;
/** Characters of a phrase's text rendered in the list (two lines show; the preview pane has it all). */
const LIST_TEXT = 140;

export function Sidebar(props: SidebarProps): JSX.Element {
  const { t, index, groups } = props;
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const [filling, setFilling] = useState<{ phrase: PhraseRecord; values: Record<string, string> } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const hits = useMemo(() => (index ? index.search(query, { limit: LIMIT, group }) : []), [index, query, group]);
  const current = hits[Math.min(active, hits.length - 1)];

  useEffect(() => setActive(0), [query, group]);
  useEffect(() => {
    const focus = () => searchRef.current?.focus();
    focus();
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, []);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);

  async function choose(phrase: PhraseRecord, values: Record<string, string> = {}): Promise<void> {
    const fields = placeholderFields(phrase.text);
    const missing = fields.filter((f) => !(f.name in values));
    if (missing.length > 0) {
      setFilling({ phrase, values: Object.fromEntries(fields.map((f) => [f.name, ''])) });
      return;
    }
    const filled = fillPlaceholders(phrase.text, values, props.now ? props.now() : new Date(), props.locale);
    const caretBack = filled.caret === null ? 0 : filled.text.length - filled.caret;
    setFilling(null);
    const error = await props.onInsert(phrase, filled.text, caretBack);
    setStatus(error ?? t('sidebar.inserted', { title: phrase.title }));
  }

  function onSearchKey(e: KeyboardEvent): void {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) void choose(current.phrase as PhraseRecord);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else props.onClose();
    }
  }

  const optionId = (i: number) => `phrase-option-${i}`;
  const empty = !props.loading && props.phraseCount === 0;

  return (
    <aside class="sidebar" role="complementary" aria-label={t('sidebar.label')}>
      <header class="bar">
        <h1>{t('sidebar.label')}</h1>
        <button type="button" class="icon" onClick={props.onManage} title={t('sidebar.manage')} aria-label={t('sidebar.manage')}>
          ⚙
        </button>
        <button type="button" class="icon" onClick={props.onClose} title={t('sidebar.close')} aria-label={t('sidebar.close')}>
          ×
        </button>
      </header>
      <input
        ref={searchRef}
        class="search"
        type="search"
        role="searchbox"
        aria-label={t('sidebar.search')}
        placeholder={t('sidebar.searchPlaceholder')}
        aria-controls="phrase-results"
        aria-activedescendant={current ? optionId(Math.min(active, hits.length - 1)) : undefined}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onSearchKey}
        autoComplete="off"
        spellcheck={false}
      />
      <div class="groups" role="group" aria-label={t('sidebar.groups')}>
        <button type="button" aria-pressed={group === undefined} onClick={() => setGroup(undefined)}>
          {t('sidebar.allGroups')}
        </button>
        {groups.map((g) => (
          <button type="button" key={g.id} aria-pressed={group === g.id} onClick={() => setGroup(group === g.id ? undefined : g.id)}>
            {g.name}
          </button>
        ))}
      </div>
      {props.loading && <p class="note">{t('sidebar.loading')}</p>}
      {empty && <p class="note">{t('sidebar.empty')}</p>}
      {!props.loading && !empty && hits.length === 0 && <p class="note">{t('sidebar.noResults', { query })}</p>}
      <ul id="phrase-results" ref={listRef} class="results" role="listbox" aria-label={t('sidebar.results')} data-query={query}>
        {hits.map((hit, i) => {
          const phrase = hit.phrase as PhraseRecord;
          const titleRanges = hit.matches.find((m) => m.field === 'title')?.ranges;
          const textRanges = hit.matches.find((m) => m.field === 'text')?.ranges;
          return (
            <li
              key={phrase.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class="option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => void choose(phrase)}
            >
              <div class="line">
                <span class="title">
                  <Highlight text={phrase.title} ranges={titleRanges} />
                </span>
                {phrase.shortcut && <kbd class="code">{phrase.shortcut}</kbd>}
                {phrase.usageCount > 0 && <span class="uses">{t('sidebar.uses', { count: phrase.usageCount })}</span>}
              </div>
              <div class="text">
                <Highlight text={phrase.text.slice(0, LIST_TEXT)} ranges={textRanges} />
              </div>
            </li>
          );
        })}
      </ul>
      {filling ? (
        <PlaceholderForm
          t={t}
          phrase={filling.phrase}
          values={filling.values}
          onCancel={() => {
            setFilling(null);
            searchRef.current?.focus();
          }}
          onSubmit={(values) => void choose(filling.phrase, values)}
        />
      ) : (
        current && (
          <section class="preview" aria-label={t('sidebar.preview')}>
            <p>{(current.phrase as PhraseRecord).text}</p>
          </section>
        )
      )}
      {props.panels}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <footer class="hint">{t('sidebar.hint')}</footer>
    </aside>
  );
}

function PlaceholderForm(props: {
  t: Translate;
  phrase: PhraseRecord;
  values: Record<string, string>;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}): JSX.Element {
  const [values, setValues] = useState(props.values);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="fill"
      aria-label={props.t('sidebar.fill', { title: props.phrase.title })}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(values);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      {Object.keys(values).map((name, i) => (
        <label key={name}>
          <span>{name}</span>
          <input
            ref={i === 0 ? first : undefined}
            data-name={name}
            value={values[name]}
            onInput={(e) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      <button type="submit">{props.t('sidebar.insert')} ↵</button>
    </form>
  );
}
