import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getUiSettings, loadHiddenLibrary, loadVisibleLibrary } from '../utils/db/library';
import { resolveLocale, translator } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import type { PhraseRecord } from '../utils/db/types';
import { useLiveQuery } from './useLiveQuery';
import { Sidebar, SIDEBAR_LIMIT, type SidebarSearch } from './Sidebar';
import { updateInPlace, WARM_SLICE_MS, type FollowedIndex } from '../utils/db/library-index';
import { buildIndexInSlices, warmInSlices } from '../utils/search/sync';
import { ReplyClock } from './sidebar/ReplyClock';
import { TeachStep } from './sidebar/TeachStep';
import { DraftCheck } from './DraftCheck';
import { isShownNow } from '../utils/visibility';
import type { UiSettings } from '../utils/settings';
import { activeLibrary } from '../utils/validity/window';
import { localDay } from '../utils/validity/dates';
import { useLibraryDay } from './useLibraryDay';
import { useSuggestions } from './sidebar/useSuggestions';
import { useSiteHost } from './sidebar/useSiteHost';
import { libraryForSite } from '../utils/packs/variants';

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/** Resolves when nothing more urgent (input, rendering) is waiting. */
function nextBackgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return scheduler ? scheduler.postTask(() => undefined, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SidebarAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  openManager(): void;
  /** Esc / the close button: the in-page sidebar asks its content script; the browser's side panel closes itself. */
  close(): void;
  /** Opens the phrase manager's new-phrase editor with this text. */
  openNewPhrase?(text: string): void;
  copyToClipboard(text: string): Promise<void>;
  /** Subscribes to the background's "suggestions changed" ping (returns the unsubscribe). */
  onSuggestionsChanged?(listener: () => void): () => void;
  /** Subscribes to the background's "reply clock changed" ping. */
  onClockChanged?(listener: () => void): () => void;
}

/** The sidebar page: live library from IndexedDB, search index, insertion through the background. */
export function SidebarApp({ db, send, languages, openManager, openNewPhrase, close, copyToClipboard, onSuggestionsChanged, onClockChanged }: SidebarAppProps): JSX.Element {
  const settings = useLiveQuery<UiSettings>(() => getUiSettings(db), []).value;
  const stored = useLiveQuery(() => loadVisibleLibrary(db), []);
  // Only the phrases in use today: a campaign phrase outside its window is neither listed nor found.
  const day = useLibraryDay(db);
  // On this site, each phrase as its per-site variant words it (utils/packs/variants.ts).
  const host = useSiteHost(send);
  const library = {
    value: useMemo(() => (stored.value && day !== null && host !== undefined ? libraryForSite(activeLibrary(stored.value, day), host) : undefined), [stored.value, day, host]),
  };
  const [index, setIndex] = useState<SidebarSearch | null>(null);
  const locale = resolveLocale(settings?.locale ?? null, languages);
  const t = translator(locale);
  const suggested = useSuggestions(send, onSuggestionsChanged, library.value?.phrases);

  useEffect(() => {
    document.documentElement.lang = locale;
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings]);

  // The index follows the library in place for small changes (a phrase used, pinned or edited),
  // so using a phrase does not rebuild the search over the whole library. A new index is built in
  // short background tasks (the previous one answers meanwhile), so typing never waits for it.
  const followed = useRef<FollowedIndex | null>(null);
  const latestView = useRef<SidebarSearch | null>(null);
  useEffect(() => {
    if (!library.value) return;
    const phrases = library.value.phrases;
    const show = (current: FollowedIndex): void => {
      followed.current = current;
      const built = current.index;
      // A new view object each time, so the sidebar searches again and shows the new data.
      const view: SidebarSearch = { search: (query, options) => built.search(query, options) };
      latestView.current = view;
      setIndex(view);
      // Then prepare its first keystrokes' results and match data, again in short tasks.
      void warmInSlices(built, WARM_SLICE_MS, SIDEBAR_LIMIT, nextBackgroundTask, () => latestView.current === view);
    };
    const updated = updateInPlace(followed.current, phrases);
    if (updated) {
      show(updated);
      return;
    }
    let cancelled = false;
    void buildIndexInSlices<PhraseRecord>(phrases, WARM_SLICE_MS, nextBackgroundTask).then((index) => {
      if (!cancelled) show({ index, phrases });
    });
    return () => {
      cancelled = true;
    };
  }, [library.value]);

  async function onInsert(phrase: PhraseRecord, text: string, caretBack: number, values: Readonly<Record<string, string>>): Promise<string | null> {
    // Covered (also by what the page's hit test cannot see: pointer-events: none), transparent or transformed: the
    // agent did not see what they chose. Nothing is sent or copied.
    const shown = await isShownNow(document.documentElement);
    if (shown === 'unknown') return t('sidebar.visibilityUnknown');
    if (shown === 'hidden') return t('sidebar.obscured');
    const outcome = await send('phrase:insert', { phraseId: phrase.id, text, caretBack, ...(Object.keys(values).length > 0 ? { values: { ...values } } : {}) }).catch(() => null);
    if (outcome?.ok) return null;
    // Refused (not this tab's registered sidebar) or no answer: nothing is copied either.
    if (!outcome) return t('sidebar.notInserted');
    if (outcome.reason === 'no-editor') return t('sidebar.noEditor');
    // The page hides or covers the sidebar: the agent did not see what they clicked.
    if (outcome.reason === 'obscured') return t('sidebar.obscured');
    // The clipboard can refuse too (no focus, a browser policy): then the agent is told nothing was copied.
    const copied = await copyToClipboard(text).then(
      () => true,
      () => false,
    );
    return t(copied ? 'sidebar.insertFailed' : 'sidebar.insertAndCopyFailed');
  }

  return (
    <Sidebar
      t={t}
      locale={locale}
      loading={!library.value || !index}
      groups={library.value?.groups ?? []}
      packs={library.value?.packs ?? []}
      phrases={library.value?.phrases ?? []}
      fontSize={settings?.fontSize}
      loadHidden={() => loadHiddenLibrary(db).then((hidden) => libraryForSite(activeLibrary(hidden, day ?? localDay(Date.now())), host ?? null))}
      onCreatePhrase={openNewPhrase}
      index={index}
      phraseCount={library.value?.phrases.length ?? 0}
      onInsert={onInsert}
      suggested={suggested}
      recallValues={(names) => send('phrase:recall-values', { names: [...names] })}
      onClose={close}
      onManage={openManager}
      panels={
        <>
          <DraftCheck t={t} send={send} />
          <TeachStep locale={locale} send={send} />
        </>
      }
      status={<ReplyClock t={t} send={send} onChanged={onClockChanged} />}
    />
  );
}
