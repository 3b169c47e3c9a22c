import type { ComponentChildren, JSX } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GroupRecord, PhraseRecord } from '../utils/db/types';
import type { Translate } from '../utils/i18n';
import type { FieldMatch, SearchHit } from '../utils/search';
import { fillPlaceholders, placeholderFields } from '../utils/placeholders';
import { Highlight } from './Highlight';
import { PlaceholderForm } from './PlaceholderForm';
import { ROW_PX, useRowWindow } from './useRowWindow';

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

/** Results listed (the index prepares this many for the first keystrokes). */
export const SIDEBAR_LIMIT = 30;
/** Result rows rendered with a keystroke's results (more than the list shows at once). */
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

  // Browsing (no query): every phrase of the group (or library), as Qianniu's list shows them. Searching: the best ones.
  const browsing = query.trim() === '';
  const hits = useMemo(
    () => (index ? index.search(query, { limit: browsing ? Math.max(SIDEBAR_LIMIT, props.phraseCount) : SIDEBAR_LIMIT, group }) : []),
    [index, query, group, browsing, props.phraseCount],
  );
  const current = hits[Math.min(active, hits.length - 1)];
  // Only the rows in view are rendered (fixed row height), so a group of thousands scrolls and answers keys at once.
  const rowWindow = useRowWindow(listRef, hits.length, active);

  useEffect(() => setActive(0), [query, group]);
  useEffect(() => {
    // Coming back to the sidebar (the hotkey, a click into it) is coming back to search: the last query is selected,
    // so typing replaces it.
    const focus = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    // Only when the agent brought the sidebar up (its frame has the focus): one that comes back by itself on page load
    // leaves the keyboard where it is.
    if (document.hasFocus()) focus();
    window.addEventListener('focus', focus);
    // The hotkey pressed while the agent is in the sidebar closes it (the chat page sees no key while focus is here).
    const hotkey = (e: KeyboardEvent) => {
      if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyH') return;
      e.preventDefault();
      props.onClose();
    };
    window.addEventListener('keydown', hotkey, true);
    return () => {
      window.removeEventListener('focus', focus);
      window.removeEventListener('keydown', hotkey, true);
    };
  }, []);

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
    const last = Math.max(0, hits.length - 1);
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? ROW_PX * 8) / ROW_PX) - 1);
    const moves: Record<string, (a: number) => number> = {
      ArrowDown: (a) => Math.min(a + 1, last),
      ArrowUp: (a) => Math.max(a - 1, 0),
      PageDown: (a) => Math.min(a + page, last),
      PageUp: (a) => Math.max(a - page, 0),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setActive(move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) void choose(current.phrase as PhraseRecord);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else props.onClose();
    }
  }

  // Stable handlers, so rows whose content did not change are not rendered again.
  const latest = useRef({ hits, choose });
  latest.current = { hits, choose };
  const point = useCallback((id: string) => setActive(latest.current.hits.findIndex((h) => h.phrase.id === id)), []);
  const pick = useCallback((phrase: PhraseRecord) => void latest.current.choose(phrase), []);

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
      {!props.loading && hits.length > 0 && (
        <p class="count" aria-live="polite">
          {browsing ? t('sidebar.count', { count: hits.length }) : t('sidebar.countBest', { count: hits.length })}
        </p>
      )}
      <ul
        id="phrase-results"
        ref={listRef}
        class="results"
        role="listbox"
        aria-label={t('sidebar.results')}
        data-query={query}
      >
        {/* Space for the rows above and below the ones in view (padding on the scroller would stop it shrinking). */}
        {rowWindow.padTop > 0 && <li class="spacer" role="presentation" aria-hidden="true" style={{ height: `${rowWindow.padTop}px` }} />}
        {hits.slice(rowWindow.start, rowWindow.end).map((hit, k) => {
          const i = rowWindow.start + k;
          return (
            <ResultOption
              key={hit.phrase.id}
              t={t}
              hit={hit as SearchHit<PhraseRecord>}
              id={optionId(i)}
              position={i + 1}
              total={hits.length}
              selected={i === active}
              onPoint={point}
              onChoose={pick}
            />
          );
        })}
        {rowWindow.padBottom > 0 && <li class="spacer" role="presentation" aria-hidden="true" style={{ height: `${rowWindow.padBottom}px` }} />}
      </ul>
      {filling ? (
        <PlaceholderForm
          t={t}
          title={filling.phrase.title}
          names={Object.keys(filling.values)}
          preview={(values) => fillPlaceholders(filling.phrase.text, values, props.now ? props.now() : new Date(), props.locale).text}
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

const optionId = (i: number): string => `phrase-option-${i}`;

interface ResultOptionProps {
  t: Translate;
  hit: SearchHit<PhraseRecord>;
  id: string;
  /** 1-based place in the whole list, and its length (only the rows in view exist in the page). */
  position: number;
  total: number;
  selected: boolean;
  onPoint(id: string): void;
  onChoose(phrase: PhraseRecord): void;
}

const sameRanges = (a: FieldMatch[], b: FieldMatch[]): boolean =>
  a.length === b.length &&
  a.every((m, i) => {
    const n = b[i] as FieldMatch;
    return m.field === n.field && m.index === n.index && m.ranges.length === n.ranges.length && m.ranges.every((r, k) => r[0] === n.ranges[k]?.[0] && r[1] === n.ranges[k]?.[1]);
  });

/** One result row; rendered again only when its phrase, highlight, position or selection changes. */
const ResultOption = memo(
  function ResultOption({ t, hit, id, position, total, selected, onPoint, onChoose }: ResultOptionProps): JSX.Element {
    const phrase = hit.phrase;
    const titleRanges = hit.matches.find((m) => m.field === 'title')?.ranges;
    const textRanges = hit.matches.find((m) => m.field === 'text')?.ranges;
    return (
      <li
        id={id}
        role="option"
        aria-selected={selected}
        aria-posinset={position}
        aria-setsize={total}
        class="option"
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={() => onPoint(phrase.id)}
        onClick={() => onChoose(phrase)}
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
  },
  (a, b) => a.hit.phrase === b.hit.phrase && a.id === b.id && a.total === b.total && a.selected === b.selected && a.t === b.t && sameRanges(a.hit.matches, b.hit.matches),
);
