import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n';
import { RemovableList } from './RemovableList';

/** `https://chat.example.com` for what the agent typed (a URL or a bare host), or null. */
export function siteOrigin(input: string): string | null {
  const raw = input.trim();
  if (raw === '' || /\s/.test(raw)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

export interface ToneOffSitesProps {
  t: Translate;
  /** Origins where the tone check is off. */
  sites: readonly string[];
  /** Save this list instead. */
  change(sites: string[]): void;
}

/** The tone settings' sites where the check is off: the list, and a field to add a site. */
export function ToneOffSites({ t, sites, change }: ToneOffSitesProps): JSX.Element {
  const [site, setSite] = useState('');
  // A key, not text: the message follows a change of UI language.
  const [siteError, setSiteError] = useState<MessageKey | null>(null);

  function addSite(e: Event): void {
    e.preventDefault();
    const origin = siteOrigin(site);
    if (origin === null) {
      setSiteError('toneSet.badSite');
      return;
    }
    setSiteError(null);
    setSite('');
    if (!sites.includes(origin)) change([...sites, origin]);
  }

  return (
    <fieldset>
      <legend>{t('toneSet.sites')}</legend>
      <RemovableList
        items={sites}
        label={t('toneSet.sites')}
        empty={t('toneSet.noSites')}
        removeText={t('toneSet.remove')}
        keyOf={(s) => s}
        show={(s) => <code>{s}</code>}
        removeLabel={(s) => t('toneSet.removeSite', { site: s })}
        remove={(s) => change(sites.filter((x) => x !== s))}
      />
      <form class="row" onSubmit={addSite}>
        <label>
          {t('toneSet.siteOrigin')}{' '}
          <input
            type="text"
            inputMode="url"
            placeholder="https://chat.example.com"
            value={site}
            aria-invalid={siteError !== null}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t('toneSet.addSite')}</button>
      </form>
      {siteError && (
        <p class="error" role="alert">
          {t(siteError)}
        </p>
      )}
    </fieldset>
  );
}
