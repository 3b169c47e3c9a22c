import type { JSX } from 'preact';
import type { PackRecord, SubscriptionEntry } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { ProtocolMap, Sender } from '../../utils/protocol';
import type { LibraryData } from '../../utils/db/library';
import type { UiLocale } from '../../utils/settings';
import { formatTime, type ManagerContext } from './shared';
import { RuleOverrideList } from './RuleOverrides';
import { useSubscriptions } from './useSubscriptions';

export interface SubscriptionsPanelProps {
  ctx: ManagerContext;
  library: LibraryData;
  subscriptions: readonly SubscriptionEntry[];
  send: Sender<ProtocolMap>;
  /** Ask for access to the pack's site (extension pages may then read it without CORS headers). */
  requestAccess(url: string): Promise<boolean>;
}

export function SubscriptionsPanel({ ctx, library, subscriptions, send, requestAccess }: SubscriptionsPanelProps): JSX.Element {
  const { t, locale } = ctx;
  const subs = useSubscriptions(t, send, subscriptions, requestAccess);
  const { busy, blocked, fieldError } = subs;
  const byUrl = new Map(library.packs.filter((p) => p.source === 'url' && p.url !== undefined).map((p) => [p.url as string, p]));
  const counts = new Map<string, number>();
  for (const p of library.phrases) counts.set(p.packId, (counts.get(p.packId) ?? 0) + 1);
  const shownSubs = subscriptions.filter((sub) => sub.url !== subs.adding || byUrl.has(sub.url));
  return (
    <section aria-labelledby="subs-h" class="panel">
      <h2 id="subs-h">{t('mgr.subscriptions')}</h2>
      <p class="muted">{t('mgr.subHelp')}</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void subs.add(subs.url.trim());
        }}
      >
        <label>
          {t('mgr.subUrl')}
          <input
            type="url"
            size={50}
            required
            value={subs.url}
            placeholder="https://…/pack.json"
            onInput={(e) => subs.setUrl(e.currentTarget.value)}
            {...(fieldError ? { 'aria-invalid': true, 'aria-describedby': 'sub-url-err' } : {})}
          />
        </label>
        <button type="submit" class="primary" disabled={busy !== null}>
          {t('mgr.subscribe')}
        </button>
        <button type="button" disabled={busy !== null || subscriptions.length === 0} onClick={() => void subs.refresh()}>
          {t('mgr.refreshAll')}
        </button>
        {fieldError && (
          <span id="sub-url-err" class="field-error row-note" role="alert">
            {fieldError}
          </span>
        )}
      </form>
      {busy !== null && <progress aria-label={t('mgr.subChecking')} />}
      <p role="status">{subs.status}</p>
      {blocked !== null && (
        <p>
          <button type="button" onClick={() => void subs.allowBlocked(blocked)}>
            {t('mgr.subAllow', { site: new URL(blocked).host })}
          </button>
        </p>
      )}
      {shownSubs.length === 0 ? (
        <p>{t('mgr.subNone')}</p>
      ) : (
        <ul class="cards">
          {shownSubs.map((sub) => {
            const pack = byUrl.get(sub.url);
            return (
              <SubscriptionCard
                key={sub.url}
                t={t}
                locale={locale}
                sub={sub}
                pack={pack}
                phrases={pack ? (counts.get(pack.id) ?? 0) : 0}
                busy={busy !== null}
                onRefresh={() => void subs.refresh(sub.url)}
                onRemove={() => void subs.remove(sub.url)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  t: Translate;
  locale: UiLocale;
  sub: SubscriptionEntry;
  pack: PackRecord | undefined;
  phrases: number;
  busy: boolean;
  onRefresh(): void;
  onRemove(): void;
}

/** One subscription: its pack's name, address, version, last update and check, phrases, rules and last error. */
function SubscriptionCard({ t, locale, sub, pack, phrases, busy, onRefresh, onRemove }: CardProps): JSX.Element {
  const name = pack?.name ?? sub.name ?? sub.url;
  const error = pack?.lastError ?? sub.lastError;
  return (
    <li aria-label={name}>
      <h3>
        {name} {sub.managed && <span class="badge">{t('mgr.managed')}</span>}
      </h3>
      <p>
        <code>{sub.url}</code>
      </p>
      <dl class="meta">
        <dt>{t('mgr.subVersion')}</dt>
        <dd>{pack?.updatedAt ?? '—'}</dd>
        <dt>{t('mgr.subLastUpdate')}</dt>
        <dd>{formatTime(pack?.importedAt, locale)}</dd>
        <dt>{t('mgr.subLastCheck')}</dt>
        <dd>{formatTime(pack?.lastCheckedAt ?? sub.lastCheckedAt, locale)}</dd>
        <dt>{t('mgr.pack.phrases')}</dt>
        <dd>{phrases}</dd>
      </dl>
      <RuleOverrideList overrides={pack?.ruleOverrides ?? []} t={t} locale={locale} />
      {error && (
        <p class="error-box">
          {t('mgr.subLastError')}: {error}
          {pack ? ` ${t('mgr.subKeptCopy')}` : ''}
        </p>
      )}
      <div class="row">
        <button type="button" disabled={busy} aria-label={`${t('mgr.refresh')} ${name}`} onClick={onRefresh}>
          {t('mgr.refresh')}
        </button>
        {!sub.managed && (
          <button type="button" class="danger" disabled={busy} aria-label={`${t('mgr.unsubscribe')} ${name}`} onClick={onRemove}>
            {t('mgr.unsubscribe')}
          </button>
        )}
      </div>
    </li>
  );
}
