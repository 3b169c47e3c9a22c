import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getUiSettings, getUserSites, setUiSettings, setUserSites } from '../utils/db/library';
import { resolveLocale, translator } from '../utils/i18n';
import type { ProtocolMap, Sender, ThemeSetting, UiLocale } from '../utils/protocol';
import { DEFAULT_SITES } from '../utils/sites';
import { useLiveQuery } from './useLiveQuery';

export interface OptionsAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  removeOrigin(pattern: string): Promise<boolean>;
}

/** Settings and packs. (The full phrase manager grows here.) */
export function OptionsApp({ db, send, languages, removeOrigin }: OptionsAppProps): JSX.Element {
  const settings = useLiveQuery(() => getUiSettings(db), []).value;
  const sites = useLiveQuery(() => getUserSites(db), []).value ?? [];
  const packs =
    useLiveQuery(async () => {
      const all = await db.packs.toArray();
      return Promise.all(all.map(async (p) => ({ pack: p, count: await db.phrases.where('packId').equals(p.id).count() })));
    }, []).value ?? [];
  const locale = resolveLocale(settings?.locale ?? null, languages);
  const t = translator(locale);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings]);

  async function save(patch: Parameters<typeof setUiSettings>[1]): Promise<void> {
    await setUiSettings(db, patch);
    setStatus(t('options.saved'));
  }

  async function removeSite(pattern: string): Promise<void> {
    await setUserSites(db, sites.filter((p) => p !== pattern));
    await removeOrigin(pattern).catch(() => false);
    await send('sites:changed', {});
  }

  return (
    <main style={{ maxWidth: '860px', margin: '0 auto', padding: '16px 24px' }}>
      <h1>{t('options.title')}</h1>
      <section aria-labelledby="packs-h">
        <h2 id="packs-h">{t('options.packs')}</h2>
        <ul>
          {packs.map(({ pack, count }) => (
            <li key={pack.id}>
              <strong>{pack.name}</strong> · {t('options.phrases', { count })}{' '}
              <button type="button" onClick={() => void db.packs.update(pack.id, { hidden: !pack.hidden })}>
                {pack.hidden ? t('options.showPack') : t('options.hidePack')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="prefs-h">
        <h2 id="prefs-h">⚙</h2>
        <label>
          {t('options.language')}{' '}
          <select
            value={settings?.locale ?? ''}
            onChange={(e) => void save({ locale: ((e.currentTarget as HTMLSelectElement).value || null) as UiLocale | null })}
          >
            <option value="">{t('options.followBrowser')}</option>
            <option value="zh-CN">简体中文</option>
            <option value="zh-TW">繁體中文</option>
            <option value="en">English</option>
          </select>
        </label>{' '}
        <label>
          {t('options.theme')}{' '}
          <select
            value={settings?.theme ?? 'system'}
            onChange={(e) => void save({ theme: (e.currentTarget as HTMLSelectElement).value as ThemeSetting })}
          >
            <option value="system">{t('options.themeSystem')}</option>
            <option value="light">{t('options.themeLight')}</option>
            <option value="dark">{t('options.themeDark')}</option>
          </select>
        </label>{' '}
        <label>
          {t('options.trigger')}{' '}
          <input
            size={4}
            maxLength={4}
            value={settings?.trigger ?? '/'}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value.trim();
              if (v) void save({ trigger: v });
            }}
          />
        </label>
        <p role="status">{status}</p>
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('options.sites')}</h2>
        <ul>
          {DEFAULT_SITES.map((s) => (
            <li key={s.pattern}>
              <code>{s.pattern}</code> — {s.name}
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
    </main>
  );
}
