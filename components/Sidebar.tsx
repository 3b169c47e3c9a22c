import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryData } from '../utils/db/library';
import { isImeKey } from '../utils/editors/keys';
import { PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../utils/db/types';
import type { Translate } from '../utils/i18n';
import type { SearchHit } from '../utils/search';
import type { RecalledValues } from '../utils/placeholder-memory';
import { fillPlaceholders, placeholderFields } from '../utils/placeholders';
import { browseOrder, groupSections, naturalCollator, titlesInSeveralPacks } from '../utils/sidebar/browse';
import { DEFAULT_FONT_SIZE, fontMetrics, fontVariables, type FontSize } from '../utils/sidebar/font-size';
import { PlaceholderForm } from './PlaceholderForm';
import { useRowWindow } from './useRowWindow';
import { GroupMenu } from './sidebar/GroupMenu';
import { NoResults } from './sidebar/NoResults';
import { optionId, ResultList } from './sidebar/ResultList';
import { useHiddenSearch } from './sidebar/useHiddenSearch';
import { SuggestedList, suggestedOptionId, type SuggestedPhrase } from './sidebar/SuggestedList';

export interface SidebarSearch {
  search(query: string, options: { limit: number; group?: string }): SearchHit[];
}

export interface SidebarProps {
  t: Translate;
  locale: string;
  loading: boolean;
  groups: GroupRecord[];
  /** Packs of the shown phrases (their names tell groups and titles of different packs apart). */
  packs?: PackRecord[];
  /** The shown phrases (to find titles used in several packs). */
  phrases?: PhraseRecord[];
  /** Search over the visible library; null while it is being built. */
  index: SidebarSearch | null;
  phraseCount: number;
  /** Text size (UI setting). */
  fontSize?: FontSize;
  /** `values`: what the agent gave the phrase's blanks (remembered in this chat for the next phrase that asks). */
  onInsert(phrase: PhraseRecord, text: string, caretBack: number, values: Readonly<Record<string, string>>): Promise<string | null>;
  /** The values the agent last gave these blanks in this chat (absent or failing: the form starts empty). */
  recallValues?: (names: readonly string[]) => Promise<RecalledValues>;
  onClose(): void;
  onManage(): void;
  /** Opens the phrase manager's new-phrase editor with this text (absent: not offered). */
  onCreatePhrase?: (text: string) => void;
  /** The packs the agent hid, for "search all languages" (absent: not offered). */
  loadHidden?: () => Promise<LibraryData>;
  now?: () => Date;
  /** Suggested replies for the customer's latest message, shown above the list while the search is empty. */
  suggested?: { message: string | null; items: readonly SuggestedPhrase[] };
  /** Panels below the phrase list (the "Draft check"). */
  panels?: ComponentChildren;
  /** Shown in the header beside the title (the reply clock). */
  status?: ComponentChildren;
}

/** Results listed (the index prepares this many for the first keystrokes). */
export const SIDEBAR_LIMIT = 30;
const NO_PACKS: PackRecord[] = [];
const NO_PHRASES: PhraseRecord[] = [];
const NO_SUGGESTED: readonly SuggestedPhrase[] = [];

export function Sidebar(props: SidebarProps): JSX.Element {
  const { t, index, groups, locale } = props;
  const packs = props.packs ?? NO_PACKS;
  const phrases = props.phrases ?? NO_PHRASES;
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [everywhere, setEverywhere] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const [filling, setFilling] = useState<{ phrase: PhraseRecord; names: string[]; recalled: RecalledValues } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const metrics = fontMetrics(props.fontSize ?? DEFAULT_FONT_SIZE);

  const collator = useMemo(() => naturalCollator(locale), [locale]);
  const sections = useMemo(
    () => groupSections(groups, packs, { collator, firstPackId: PERSONAL, firstPackName: t('mgr.myPhrases') }),
    [groups, packs, collator, t],
  );
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of phrases) m.set(p.group, (m.get(p.group) ?? 0) + 1);
    return m;
  }, [phrases]);
  const sharedTitles = useMemo(() => titlesInSeveralPacks(phrases), [phrases]);
  const packNames = useMemo(() => new Map<string, string>([[PERSONAL, t('mgr.myPhrases')], ...packs.map((p) => [p.id, p.name] as const)]), [packs, t]);

  // Browsing (no query): every phrase of the group (or library), pinned first, then by title in natural order.
  // Searching: the best ones.
  const browsing = query.trim() === '';
  // The sorted browse list is kept while the agent searches (sorting 10,000 titles takes ~20 ms), until the library,
  // the group or the language changes.
  const browsed = useRef<{ index: SidebarSearch; group: string | undefined; collator: Intl.Collator; hits: SearchHit<PhraseRecord>[] } | null>(null);
  const shown = useMemo(() => {
    if (!index) return [];
    if (!browsing) return index.search(query, { limit: SIDEBAR_LIMIT, ...(group === undefined ? {} : { group }) }) as SearchHit<PhraseRecord>[];
    const kept = browsed.current;
    if (kept && kept.index === index && kept.group === group && kept.collator === collator) return kept.hits;
    const all = index.search('', { limit: Math.max(SIDEBAR_LIMIT, props.phraseCount), ...(group === undefined ? {} : { group }) });
    const hits = browseOrder(all.map((h) => h.phrase as PhraseRecord), collator).map((phrase): SearchHit<PhraseRecord> => ({ phrase, score: 0, matches: [] }));
    browsed.current = { index, group, collator, hits };
    return hits;
  }, [index, query, group, browsing, props.phraseCount, collator]);

  // Nothing found: the hidden packs are looked at, and searched too when the agent asks.
  const nothing = !props.loading && !browsing && shown.length === 0;
  const hidden = useHiddenSearch(props.loadHidden, nothing || everywhere, packs.map((p) => p.id).join('\n'));
  const hits = useMemo(() => {
    if (!everywhere || !hidden || browsing) return shown;
    const more = hidden.index.search(query, { limit: SIDEBAR_LIMIT });
    return [...shown, ...more].sort((a, b) => b.score - a.score).slice(0, SIDEBAR_LIMIT);
  }, [shown, everywhere, hidden, query, browsing]);

  // ↑/↓ go through the suggested replies first (shown while the search is empty and no group is chosen: an agent
  // browsing a group wants that group's phrases), then the list.
  const suggested = browsing && group === undefined ? (props.suggested?.items ?? NO_SUGGESTED) : NO_SUGGESTED;
  const inList = Math.min(active - suggested.length, hits.length - 1);
  const current = active < suggested.length ? suggested[active] : hits[inList];
  // Only the rows in view are rendered (fixed row height), so a group of thousands scrolls and answers keys at once.
  const rowWindow = useRowWindow(listRef, hits.length, Math.max(0, inList), metrics.row);

  useEffect(() => setActive(0), [query, group, everywhere]);
  useEffect(() => {
    if (browsing) setEverywhere(false);
  }, [browsing]);
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
      const names = fields.map((f) => f.name);
      // Offering last time's values is a help, never a condition: without them the form starts empty.
      const recalled = (await props.recallValues?.(names).catch(() => undefined)) ?? { values: {}, fromPage: [] };
      setFilling({ phrase, names, recalled });
      return;
    }
    const filled = fillPlaceholders(phrase.text, values, props.now ? props.now() : new Date(), props.locale);
    const caretBack = filled.caret === null ? 0 : filled.text.length - filled.caret;
    setFilling(null);
    const error = await props.onInsert(phrase, filled.text, caretBack, values);
    setStatus(error ?? t('sidebar.inserted', { title: phrase.title }));
  }

  function onSearchKey(e: KeyboardEvent): void {
    if (isImeKey(e)) return;
    const last = Math.max(0, suggested.length + hits.length - 1);
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? metrics.row * 8) / metrics.row) - 1);
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
      if (current) void choose(current.phrase);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else props.onClose();
    }
  }

  // Stable handlers, so rows whose content did not change are not rendered again.
  const latest = useRef({ hits, choose, skip: suggested.length });
  latest.current = { hits, choose, skip: suggested.length };
  const point = useCallback((id: string) => setActive(latest.current.skip + latest.current.hits.findIndex((h) => h.phrase.id === id)), []);
  const pick = useCallback((phrase: PhraseRecord) => void latest.current.choose(phrase), []);
  const packLabel = useCallback(
    (phrase: PhraseRecord): string | undefined =>
      hidden?.packNames.get(phrase.packId) ?? (sharedTitles.has(phrase.title) ? (packNames.get(phrase.packId) ?? phrase.packId) : undefined),
    [hidden, sharedTitles, packNames],
  );
  const backToSearch = () => searchRef.current?.focus();

  const empty = !props.loading && props.phraseCount === 0;

  return (
    <aside class="sidebar" role="complementary" aria-label={t('sidebar.label')} style={fontVariables(props.fontSize ?? DEFAULT_FONT_SIZE)}>
      <header class="bar">
        <h1>{t('sidebar.label')}</h1>
        {props.status}
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
        aria-activedescendant={current ? (active < suggested.length ? suggestedOptionId(active) : optionId(inList)) : undefined}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onSearchKey}
        autoComplete="off"
        spellcheck={false}
      />
      <GroupMenu t={t} locale={locale} sections={sections} value={group} counts={counts} onChange={setGroup} onChosen={backToSearch} />
      {props.loading && <p class="note">{t('sidebar.loading')}</p>}
      {empty && <p class="note">{t('sidebar.empty')}</p>}
      {!props.loading && !empty && hits.length === 0 && (
        <NoResults
          t={t}
          query={query}
          inGroup={group !== undefined}
          hiddenPacks={hidden?.packs ?? 0}
          searchedEverywhere={everywhere}
          onSearchAllGroups={() => {
            setGroup(undefined);
            backToSearch();
          }}
          onSearchAllLanguages={() => {
            setGroup(undefined);
            setEverywhere(true);
            backToSearch();
          }}
          onCreate={props.onCreatePhrase}
        />
      )}
      {!props.loading && hits.length > 0 && (
        <p class="count" aria-live="polite">
          {browsing ? t('sidebar.count', { count: hits.length }) : t('sidebar.countBest', { count: hits.length })}
        </p>
      )}
      <SuggestedList t={t} message={props.suggested?.message ?? null} items={suggested} active={active} onPoint={setActive} onChoose={pick} />
      <ResultList t={t} listRef={listRef} hits={hits} active={inList} rowWindow={rowWindow} query={query} packLabel={packLabel} onPoint={point} onChoose={pick} />
      {filling ? (
        <PlaceholderForm
          t={t}
          title={filling.phrase.title}
          names={filling.names}
          recalled={filling.recalled}
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
            <p>{current.phrase.text}</p>
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
