import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getSiteState, getUserSites, setSiteState, setUserSites, sitesWithHiddenLauncher } from '../utils/db/library';
import type { Translate } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { DEFAULT_SITES } from '../utils/sites';
import { readFontSize } from '../utils/sidebar/font-size';
import { ToneSettingsPanel } from './ToneSettings';
import { useLiveQuery } from './useLiveQuery';
import { DEFAULT_UI_SETTINGS, SIDEBAR_PLACES, type SidebarPlace, type ThemeSetting, type UiLocale, type UiSettings } from '../utils/settings';

export interface SettingsPanelProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  t: Translate;
  locale: UiLocale;
  settings: UiSettings | undefined;
  /** The browser can show the sidebar in its own side panel (utils/side-panel.ts). */
  sidePanel: boolean;
  save(patch: Partial<UiSettings>): Promise<void>;
  removeOrigin(pattern: string): Promise<boolean>;
  notify(message: string): void;
}

/** The options page's settings tab: language, look, trigger, where the sidebar opens, sites, the tone check. */
export function SettingsPanel({ db, send, t, locale, settings, sidePanel, save, removeOrigin, notify }: SettingsPanelProps): JSX.Element {
  const sites = useLiveQuery(() => getUserSites(db), []).value ?? [];
  // The choice shows at once (the saved settings come back a moment later), so the radio never flips back.
  const [place, setPlace] = useState<SidebarPlace | null>(null);
  const shownPlace = place ?? settings?.sidebarPlace ?? DEFAULT_UI_SETTINGS.sidebarPlace;

  async function removeSite(pattern: string): Promise<void> {
    await setUserSites(db, sites.filter((p) => p !== pattern));
    await removeOrigin(pattern).catch(() => false);
    await send('sites:changed', {});
  }

  return (
      <>
      <section aria-labelledby="prefs-h" class="panel">
        <h2 id="prefs-h">{t('mgr.tab.settings')}</h2>
        <div class="row">
          <label>
            {t('options.language')}{' '}
            <select
              value={settings?.locale ?? ''}
              onChange={(e) => void save({ locale: (e.currentTarget.value || null) as UiLocale | null })}
            >
              <option value="">{t('options.followBrowser')}</option>
              {/* Each language by its own name, marked as written in that language. */}
              <option value="zh-CN" lang="zh-CN">
                简体中文
              </option>
              <option value="zh-TW" lang="zh-TW">
                繁體中文
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
          <label>
            {t('options.theme')}{' '}
            <select value={settings?.theme ?? DEFAULT_UI_SETTINGS.theme} onChange={(e) => void save({ theme: e.currentTarget.value as ThemeSetting })}>
              <option value="system">{t('options.themeSystem')}</option>
              <option value="light">{t('options.themeLight')}</option>
              <option value="dark">{t('options.themeDark')}</option>
            </select>
          </label>
          <label>
            {t('options.fontSize')}{' '}
            <select value={settings?.fontSize ?? DEFAULT_UI_SETTINGS.fontSize} onChange={(e) => void save({ fontSize: readFontSize(e.currentTarget.value) })}>
              <option value="small">{t('options.fontSmall')}</option>
              <option value="medium">{t('options.fontMedium')}</option>
              <option value="large">{t('options.fontLarge')}</option>
            </select>
          </label>
          <label>
            {t('options.trigger')}{' '}
            <input
              size={4}
              maxLength={4}
              value={settings?.trigger ?? DEFAULT_UI_SETTINGS.trigger}
              onChange={(e) => {
                const v = e.currentTarget.value.trim();
                if (v) void save({ trigger: v });
              }}
            />
          </label>
        </div>
        {sidePanel && (
          <fieldset class="row">
            <legend>{t('options.sidebarPlace')}</legend>
            {SIDEBAR_PLACES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="sidebar-place"
                  checked={shownPlace === value}
                  onChange={() => {
                    setPlace(value);
                    void save({ sidebarPlace: value });
                  }}
                />{' '}
                {t(value === 'page' ? 'options.placePage' : 'options.placeBrowser')}
              </label>
            ))}
          </fieldset>
        )}
        <HiddenLaunchers db={db} t={t} />
      </section>
      <section aria-labelledby="sites-h" class="panel">
        <h2 id="sites-h">{t('options.sites')}</h2>
        <ul>
          {DEFAULT_SITES.map((s) => (
            <li key={s.pattern}>
              <code>{s.pattern}</code> — {t(s.nameKey)}
            </li>
          ))}
          {sites.map((p) => (
            <li key={p}>
              <code>{p}</code>{' '}
              <button type="button" onClick={() => void removeSite(p)}>
                {t('options.removeSite')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <ToneSettingsPanel db={db} send={send} t={t} locale={locale} notify={notify} />
    </>
  );
}

/** The sites where the agent hid the launcher, each with a button to show it again (nothing when there are none). */
function HiddenLaunchers({ db, t }: { db: HuashuDB; t: Translate }): JSX.Element | null {
  const hiddenLaunchers = useLiveQuery(() => sitesWithHiddenLauncher(db), []).value ?? [];
  if (hiddenLaunchers.length === 0) return null;
  return (
    <div>
      <h3 id="hidden-launchers-h">{t('options.hiddenLaunchers')}</h3>
      <ul aria-labelledby="hidden-launchers-h">
        {hiddenLaunchers.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>{' '}
            <button type="button" onClick={async () => setSiteState(db, origin, { ...(await getSiteState(db, origin)), launcherHidden: false })}>
              {t('options.showLauncher')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
