import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getSubscriptions, getUiSettings, setUiSettings } from '../utils/db/library';
import { defaultNameIn, resolveLocale, translator, type MessageKey, type Translate } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { useLiveQuery } from './useLiveQuery';
import { ImportPanel } from './manager/ImportPanel';
import { ExportPanel, type ExportScope } from './manager/ExportPanel';
import { restoreSnapshot, type UndoSnapshot } from '../utils/db/edit-rules';
import { ensurePersonalGroup } from '../utils/db/group-writes';
import { PacksPanel } from './manager/PacksPanel';
import { PhraseManager } from './manager/PhraseManager';
import { loadLibrary } from '../utils/db/library';
import type { DownloadContent, ManagerContext } from './manager/shared';
import { SubscriptionsPanel } from './manager/Subscriptions';
import { UsagePanel } from './manager/UsagePanel';
import { SettingsPanel } from './SettingsPanel';
import { ClockPanel } from './ClockPanel';
import { NEW_PHRASE_MAX, readNewPhraseHash } from '../utils/new-phrase-link';
import type { UiLocale } from '../utils/settings';

export interface OptionsAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  removeOrigin(pattern: string): Promise<boolean>;
  /** Ask the agent for access to a subscription's site. */
  requestOrigin(pattern: string): Promise<boolean>;
  download(name: string, content: DownloadContent, type: string): void;
  now?: () => number;
  /** Tab to open first (from the page's #hash). */
  initialTab?: string;
  /** The browser can show the sidebar in its own side panel (utils/side-panel.ts). */
  sidePanel?: boolean;
  /** The page's #hash when it asks for a new phrase (`#new=…`, see utils/new-phrase-link.ts). */
  newPhraseHash?: string;
}

const TABS = ['phrases', 'transfer', 'subscriptions', 'packs', 'usage', 'clock', 'settings'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, MessageKey> = {
  phrases: 'mgr.tab.phrases',
  transfer: 'mgr.tab.transfer',
  subscriptions: 'mgr.tab.subscriptions',
  packs: 'mgr.tab.packs',
  usage: 'mgr.tab.usage',
  clock: 'clock.title',
  settings: 'mgr.tab.settings',
};

/** `https://packs.example.com/*` for a subscription URL, or null. */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * The status line. `message` is text in the language it was said in; `say` says it again in another one, so a
 * message shown before the agent switches the UI language (e.g. "Saved." for that switch) follows the switch. A
 * message that cannot be said again is dropped on a switch rather than left in the old language.
 */
interface Status {
  message: string;
  locale: UiLocale;
  say?: (t: Translate) => string;
  undo?: UndoSnapshot;
}

/** The options page: the phrase manager, import/export, subscriptions, packs, usage and settings. */
export function OptionsApp({ db, send, languages, removeOrigin, requestOrigin, download, now = Date.now, initialTab, sidePanel = false, newPhraseHash }: OptionsAppProps): JSX.Element {
  const settings = useLiveQuery(() => getUiSettings(db), []).value;
  const library = useLiveQuery(() => loadLibrary(db), []).value;
  const subscriptions = useLiveQuery(() => getSubscriptions(db), []).value ?? [];
  const locale = resolveLocale(settings?.locale ?? null, languages);
  const t = translator(locale);
  const [tab, setTabState] = useState<Tab>(newPhraseHash !== undefined ? 'phrases' : (TABS.find((x) => x === initialTab) ?? 'phrases'));
  const newText = newPhraseHash === undefined ? null : readNewPhraseHash(newPhraseHash);
  const [status, setStatus] = useState<Status | null>(null);
  /** A "create a phrase with this text" link from the sidebar that cannot be used: said in the phrase list. */
  const linkRefused = newPhraseHash !== undefined && newText === null;
  /** A message belongs to the tab it was said on. */
  const setTab = (next: Tab) => {
    if (next !== tab) setStatus(null);
    setTabState(next);
  };
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [exportScope, setExportScope] = useState<ExportScope | undefined>(undefined);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings]);

  // The agent's own group is named in the UI language, and renamed with it unless the agent renamed it.
  useEffect(() => {
    if (!settings) return;
    void ensurePersonalGroup(db, t('mgr.myPhrases')).then(async (group) => {
      const name = defaultNameIn(group.name, 'mgr.myPhrases', locale);
      if (name !== null) await db.groups.update(group.id, { name });
    });
  }, [db, settings !== undefined, locale]);

  // Selected phrases that were deleted elsewhere drop out of the selection.
  useEffect(() => {
    if (!library || selection.size === 0) return;
    const ids = new Set(library.phrases.map((p) => p.id));
    const kept = [...selection].filter((id) => ids.has(id));
    if (kept.length !== selection.size) setSelection(new Set(kept));
  }, [library]);

  const ctx: ManagerContext = useMemo(
    () => ({
      db,
      t,
      locale,
      now,
      notify: (message, undo) => setStatus(undo ? { message, locale, undo } : { message, locale }),
      download,
    }),
    [db, locale, now, download],
  );

  async function save(patch: Parameters<typeof setUiSettings>[1]): Promise<void> {
    await setUiSettings(db, patch);
    setStatus({ message: t('options.saved'), locale, say: (next) => next('options.saved') });
  }

  async function undo(snapshot: UndoSnapshot): Promise<void> {
    await restoreSnapshot(db, snapshot);
    const count = snapshot.phrases.length;
    setStatus({ message: t('mgr.undone', { count }), locale, say: (next) => next('mgr.undone', { count }) });
  }

  const shown: Pick<Status, 'message' | 'undo'> | null =
    status === null ? null : status.locale === locale ? status : status.say ? { message: status.say(t) } : null;

  function onTabKey(e: KeyboardEvent, current: Tab): void {
    const i = TABS.indexOf(current);
    let next: Tab | undefined;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (e.key === 'ArrowLeft') next = TABS[(i - 1 + TABS.length) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <div role="tablist" aria-label={t('options.title')} class="tabs">
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => onTabKey(e, id)}
          >
            {t(TAB_LABELS[id])}
          </button>
        ))}
      </div>
      {/* The phrase manager says what its actions did next to them (one message, announced once). */}
      {tab !== 'phrases' && (
      <div class="toast" role="status" aria-live="polite">
        {shown && (
          <>
            <span>{shown.message}</span>
            {shown.undo && (
              <button type="button" onClick={() => shown.undo && void undo(shown.undo)}>
                {t('mgr.undo')}
              </button>
            )}
          </>
        )}
      </div>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {!library ? (
          <p>{t('sidebar.loading')}</p>
        ) : tab === 'phrases' ? (
          <PhraseManager
            ctx={ctx}
            library={library}
            selection={selection}
            onSelection={setSelection}
            onExportSelection={() => {
              setExportScope('selection');
              setTab('transfer');
            }}
            {...(newText === null ? {} : { initialNewText: newText })}
            {...(linkRefused ? { initialNotice: t('options.newPhraseLinkInvalid', { max: NEW_PHRASE_MAX }) } : {})}
          />
        ) : tab === 'transfer' ? (
          <>
            <ImportPanel ctx={ctx} readPolicy={() => send('policy:get', {})} phrases={library.phrases} />
            <ExportPanel key={exportScope ?? 'library'} ctx={ctx} library={library} selection={selection} {...(exportScope ? { initialScope: exportScope } : {})} />
          </>
        ) : tab === 'subscriptions' ? (
          <SubscriptionsPanel
            ctx={ctx}
            library={library}
            subscriptions={subscriptions}
            send={send}
            requestAccess={async (url) => {
              const pattern = originOf(url);
              return pattern === null ? false : requestOrigin(pattern);
            }}
          />
        ) : tab === 'packs' ? (
          <PacksPanel ctx={ctx} library={library} />
        ) : tab === 'usage' ? (
          <UsagePanel ctx={ctx} library={library} />
        ) : tab === 'clock' ? (
          <ClockPanel db={db} send={send} t={t} locale={locale} />
        ) : (
          <SettingsPanel
            db={db}
            send={send}
            t={t}
            locale={locale}
            settings={settings}
            sidePanel={sidePanel}
            save={save}
            removeOrigin={removeOrigin}
            notify={(message) => setStatus({ message, locale })}
          />
        )}
      </div>
    </main>
  );
}
