import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getClockSettings } from '../utils/db/replies';
import type { MessageKey, Translate } from '../utils/i18n';
import { clockText, type ClockKey, type ClockTranslate } from '../utils/locales/clock';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { CLOCK_TARGET_MAX_S, CLOCK_TARGET_MIN_S, DEFAULT_CLOCK_SETTINGS, type ClockSettings } from '../utils/settings';
import { REPLY_TARGETS } from '../phrases/clock/targets';
import { useLiveQuery } from './useLiveQuery';
import { RemovableList } from './RemovableList';
import { siteOrigin } from './ToneOffSites';
import { ReplyTimes } from './ReplyTimes';
import { TeachReset } from './TeachReset';

/** The names a platform entry of phrases/clock/targets.ts shows (its consoles'; the fallback entry has none). */
export const PLATFORM_NAMES: Readonly<Record<string, readonly MessageKey[]>> = {
  taobao: ['site.taobao', 'site.tmall'],
  jd: ['site.jd'],
  pinduoduo: ['site.pinduoduo'],
  douyin: ['site.douyin'],
  kuaishou: ['site.kuaishou'],
  xiaohongshu: ['site.xiaohongshu'],
  whatsapp: ['site.whatsapp'],
  helpdesk: ['site.zendesk', 'site.intercom', 'site.freshdesk', 'site.gorgias'],
  default: [],
};

/** Whole seconds in the allowed range, or null. */
export function readSeconds(input: string): number | null {
  const n = Number(input.trim());
  return input.trim() !== '' && Number.isInteger(n) && n >= CLOCK_TARGET_MIN_S && n <= CLOCK_TARGET_MAX_S ? n : null;
}

/** The reply clock's settings (on/off, targets per platform and per site) and the agent's own reply times. */
export function ClockPanel({ db, send, t: ui, locale }: { db: HuashuDB; send: Sender<ProtocolMap>; t: Translate; locale: string }): JSX.Element {
  const t: ClockTranslate = clockText(locale);
  const settings = useLiveQuery(() => getClockSettings(db), []).value ?? DEFAULT_CLOCK_SETTINGS;
  const [error, setError] = useState<ClockKey | null>(null);
  const [site, setSite] = useState('');
  const [seconds, setSeconds] = useState('');
  const save = (patch: Partial<ClockSettings>) => void send('clock:set', patch).catch(() => undefined);
  const platformIds = new Set<string>(REPLY_TARGETS.map((p) => p.id));
  const sites = Object.keys(settings.targets).filter((k) => !platformIds.has(k)).sort();

  function setTarget(key: string, input: string): void {
    const n = readSeconds(input);
    if (n === null) return setError('clock.badSeconds');
    setError(null);
    save({ targets: { ...settings.targets, [key]: n } });
  }

  function addSite(e: Event): void {
    e.preventDefault();
    const origin = siteOrigin(site);
    if (origin === null) return setError('clock.badOrigin');
    if (readSeconds(seconds) === null) return setError('clock.badSeconds');
    setTarget(origin, seconds);
    setSite('');
    setSeconds('');
  }

  const withoutKey = (key: string) => Object.fromEntries(Object.entries(settings.targets).filter(([k]) => k !== key));

  return (
    <section aria-labelledby="clock-h">
      <h2 id="clock-h">{ui('clock.title')}</h2>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => save({ enabled: e.currentTarget.checked })} /> {t('clock.enabled')}
      </label>
      <table aria-label={t('clock.targets')}>
        <thead>
          <tr>
            <th scope="col">{t('clock.platform')}</th>
            <th scope="col">{t('clock.target')}</th>
          </tr>
        </thead>
        <tbody>
          {REPLY_TARGETS.map((p) => {
            const names = (PLATFORM_NAMES[p.id] ?? []).map((k) => ui(k));
            const name = names.length > 0 ? names.join(' · ') : t('clock.platform.default');
            return (
              <tr key={p.id}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="number"
                    min={CLOCK_TARGET_MIN_S}
                    max={CLOCK_TARGET_MAX_S}
                    step={1}
                    aria-label={`${name} · ${t('clock.target')}`}
                    value={settings.targets[p.id] ?? p.seconds}
                    onChange={(e) => setTarget(p.id, e.currentTarget.value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3 id="clock-sites-h">{t('clock.siteTargets')}</h3>
      {sites.length > 0 && (
        <RemovableList
          items={sites}
        label={t('clock.siteTargets')}
        empty=""
        removeText="×"
        keyOf={(s) => s}
        show={(s) => (
          <>
            <code>{s}</code> {t('clock.seconds', { n: settings.targets[s] ?? 0 })}
          </>
        )}
        removeLabel={(s) => t('clock.remove', { site: s })}
        remove={(s) => save({ targets: withoutKey(s) })}
        />
      )}
      <form class="row" onSubmit={addSite}>
        <label>
          {t('clock.siteOrigin')}{' '}
          <input type="text" inputMode="url" placeholder="https://chat.example.com" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t('clock.target')}{' '}
          <input type="number" min={CLOCK_TARGET_MIN_S} max={CLOCK_TARGET_MAX_S} step={1} value={seconds} onInput={(e) => setSeconds(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('clock.add')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {t(error, { min: CLOCK_TARGET_MIN_S, max: CLOCK_TARGET_MAX_S })}
        </p>
      )}
      <ReplyTimes db={db} t={t} />
      <TeachReset db={db} send={send} locale={locale} />
    </section>
  );
}
