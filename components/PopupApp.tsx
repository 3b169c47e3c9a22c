import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getUiSettings, getUserSites, setUserSites } from '../utils/db/library';
import { resolveLocale, translator, type MessageKey } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { siteStatus, type SiteStatus } from '../utils/site-access';
import { CHROMIUM_SHORTCUTS_URL, pageHost, sidebarShortcut, type BrowserCommand } from '../utils/popup-info';
import { useLiveQuery } from './useLiveQuery';

export interface PopupAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  requestOrigin(pattern: string): Promise<boolean>;
  removeOrigin(pattern: string): Promise<boolean>;
  openManager(): void;
  /** The extension's commands as the browser has them (`browser.commands.getAll()`): the agent may have changed the shortcut. */
  commands(): Promise<readonly BrowserCommand[]>;
  /** Opens the browser's page for extension shortcuts (chrome://extensions/shortcuts); rejects when it cannot. */
  openShortcutSettings(): Promise<void>;
  close(): void;
}

/** A message with a `{keys}` slot, the keys shown as a keycap. */
function withKeys(template: string, keys: string): JSX.Element {
  const [before = '', after = ''] = template.split('{keys}');
  return (
    <>
      {before}
      <kbd>{keys}</kbd>
      {after}
    </>
  );
}

/**
 * The toolbar popup: which site this is and whether Huashu is on there, the sidebar's shortcut as the browser has it,
 * open the sidebar, enable or disable Huashu on the site, open the phrase manager.
 */
export function PopupApp(props: PopupAppProps): JSX.Element {
  const settings = useLiveQuery(() => getUiSettings(props.db), []).value;
  const sites = useLiveQuery(() => getUserSites(props.db), []).value;
  const [tab, setTab] = useState<{ id?: number; url?: string } | undefined>(undefined);
  // undefined while the browser has not answered; null when no shortcut is set.
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<MessageKey | null>(null);
  const locale = resolveLocale(settings?.locale ?? null, props.languages);
  const t = translator(locale);

  useEffect(() => {
    void props.activeTab().then(setTab);
    props.commands().then(
      (commands) => setShortcut(sidebarShortcut(commands)),
      () => setShortcut(null),
    );
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('popup.title');
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings, locale]);

  const status: SiteStatus = siteStatus(tab?.url, sites ?? []);
  const active = status.kind === 'default' || status.kind === 'enabled';
  const host = status.kind === 'unsupported' ? null : pageHost(tab?.url);

  async function enable(): Promise<void> {
    if (status.kind !== 'available' || tab?.id === undefined) return;
    // Must run inside the click: the browser shows its permission prompt for this origin only.
    const granted = await props.requestOrigin(status.pattern);
    if (!granted) return;
    await setUserSites(props.db, [...(sites ?? []), status.pattern]);
    await props.send('sites:changed', { injectTabId: tab.id });
  }

  async function disable(): Promise<void> {
    if (status.kind !== 'enabled') return;
    await setUserSites(props.db, (sites ?? []).filter((p) => p !== status.pattern));
    await props.removeOrigin(status.pattern);
    await props.send('sites:changed', {});
  }

  async function openShortcuts(): Promise<void> {
    try {
      await props.openShortcutSettings();
      props.close();
    } catch {
      setError('popup.shortcutPageFailed');
    }
  }

  async function openSidebar(): Promise<void> {
    if (tab?.id === undefined) return;
    try {
      await props.send('sidebar:toggle', { tabId: tab.id });
      props.close();
    } catch {
      setError('popup.inactiveHere');
    }
  }

  return (
    <main class="popup" style={{ padding: '12px', width: '280px', display: 'grid', gap: '8px' }}>
      {host && (
        <p style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {t('popup.site', { host })}
        </p>
      )}
      <p style={{ margin: 0 }}>
        {status.kind === 'unsupported' ? t('popup.unsupported') : active ? t('popup.activeHere') : t('popup.inactiveHere')}
      </p>
      {shortcut !== undefined && (
        <p style={{ margin: 0 }}>
          {shortcut === null ? (
            t('popup.noShortcut')
          ) : (
            withKeys(t('popup.shortcut'), shortcut)
          )}{' '}
          <button type="button" class="link" onClick={() => void openShortcuts()}>
            {shortcut === null ? t('popup.setShortcut') : t('popup.changeShortcut')}
          </button>
        </p>
      )}
      {active && (
        <button type="button" autoFocus onClick={() => void openSidebar()}>
          {t('popup.openSidebar')}
        </button>
      )}
      {status.kind === 'available' && (
        <button type="button" autoFocus onClick={() => void enable()}>
          {t('popup.enableSite')}
        </button>
      )}
      {status.kind === 'enabled' && (
        <button type="button" onClick={() => void disable()}>
          {t('popup.disableSite')}
        </button>
      )}
      <button type="button" onClick={props.openManager}>
        {t('popup.manage')}
      </button>
      {error && <p role="alert">{t(error, { url: CHROMIUM_SHORTCUTS_URL })}</p>}
    </main>
  );
}
