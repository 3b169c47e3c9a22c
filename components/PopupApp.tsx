import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getUiSettings, getUserSites, setUserSites } from '../utils/db/library';
import { resolveLocale, translator } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { siteStatus, type SiteStatus } from '../utils/site-access';
import { useLiveQuery } from './useLiveQuery';

export interface PopupAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  requestOrigin(pattern: string): Promise<boolean>;
  removeOrigin(pattern: string): Promise<boolean>;
  openManager(): void;
  close(): void;
}

/** The toolbar popup: open the sidebar, enable or disable Huashu on the current site. */
export function PopupApp(props: PopupAppProps): JSX.Element {
  const settings = useLiveQuery(() => getUiSettings(props.db), []).value;
  const sites = useLiveQuery(() => getUserSites(props.db), []).value;
  const [tab, setTab] = useState<{ id?: number; url?: string } | undefined>(undefined);
  const [error, setError] = useState('');
  const t = translator(resolveLocale(settings?.locale ?? null, props.languages));

  useEffect(() => {
    void props.activeTab().then(setTab);
  }, []);
  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings]);

  const status: SiteStatus = siteStatus(tab?.url, sites ?? []);
  const active = status.kind === 'default' || status.kind === 'enabled';

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

  async function openSidebar(): Promise<void> {
    if (tab?.id === undefined) return;
    try {
      await props.send('sidebar:toggle', { tabId: tab.id });
      props.close();
    } catch {
      setError(t('popup.inactiveHere'));
    }
  }

  return (
    <main class="popup" style={{ padding: '12px', width: '260px', display: 'grid', gap: '8px' }}>
      <p style={{ margin: 0 }}>
        {status.kind === 'unsupported' ? t('popup.unsupported') : active ? t('popup.activeHere') : t('popup.inactiveHere')}
      </p>
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
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
