import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PackRecord, SubscriptionEntry } from '../../utils/db/types';
import type { ProtocolMap, Sender } from '../../utils/protocol';
import type { LibraryData } from '../../utils/db/library';
import { formatTime, type ManagerContext } from './shared';
import { RuleOverrideList } from './RuleOverrides';
import type { SubscriptionOutcome } from '../../utils/packs/subscriptions-runner';

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
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  /** A URL the browser could not read (no CORS headers): offer to ask for access to its site. */
  const [blocked, setBlocked] = useState<string | null>(null);
  /** Why the address in the field could not be subscribed (shown by the field, which keeps it). */
  const [fieldError, setFieldError] = useState('');
  /** The address being subscribed: not shown as a card before its first fetch answered. */
  const [adding, setAdding] = useState<string | null>(null);
  const byUrl = new Map(library.packs.filter((p) => p.source === 'url' && p.url !== undefined).map((p) => [p.url as string, p]));
  const counts = new Map<string, number>();
  for (const p of library.phrases) counts.set(p.packId, (counts.get(p.packId) ?? 0) + 1);

  function describe(outcome: SubscriptionOutcome): string {
    if (outcome.status === 'error') return t('mgr.subError', { detail: outcome.message ?? '' });
    if (outcome.status === 'unchanged') return t('mgr.subUnchanged');
    const done = t('mgr.subUpdated', { added: outcome.added ?? 0, updated: outcome.updated ?? 0, removed: outcome.removed ?? 0 });
    const overrides = outcome.ruleOverrides ?? [];
    const refused = overrides.filter((o) => o.refused).length;
    if (refused > 0) return `${done} ${t('mgr.subRulesRefused', { count: refused })}`;
    return overrides.length > 0 ? `${done} ${t('mgr.subRulesReplace', { count: overrides.length })}` : done;
  }

  function onOutcome(outcome: SubscriptionOutcome): void {
    setBlocked(outcome.status === 'error' && outcome.code === 'subscribe.network' ? outcome.url : null);
  }

  async function add(target: string): Promise<void> {
    if (target === '') return;
    setBusy(target);
    setAdding(target);
    setFieldError('');
    setStatus(t('mgr.subChecking'));
    try {
      const outcome = await send('subscriptions:add', { url: target });
      onOutcome(outcome);
      if (outcome.status === 'error') {
        // Nothing was subscribed: the address stays in the field to correct, the reason beside it.
        setStatus('');
        setFieldError(t('mgrd.subNotAdded', { detail: outcome.message ?? '' }));
      } else {
        setStatus(describe(outcome));
        setUrl('');
      }
    } catch (error) {
      setStatus('');
      setFieldError(t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
      setAdding(null);
    }
  }

  async function refresh(target?: string): Promise<void> {
    setBusy(target ?? '*');
    setStatus(t('mgr.subChecking'));
    try {
      const outcomes = await send('subscriptions:refresh', target === undefined ? {} : { url: target });
      setStatus(outcomes.map(describe).join(' ') || t('mgr.subNone'));
      setBlocked(outcomes.find((o) => o.status === 'error' && o.code === 'subscribe.network')?.url ?? null);
    } catch (error) {
      setStatus(t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  }

  async function remove(target: string): Promise<void> {
    setBusy(target);
    try {
      await send('subscriptions:remove', { url: target });
      setStatus(t('mgr.subRemoved'));
    } catch (error) {
      setStatus(t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  }

  const shownSubs = subscriptions.filter((sub) => sub.url !== adding || byUrl.has(sub.url));
  return (
    <section aria-labelledby="subs-h" class="panel">
      <h2 id="subs-h">{t('mgr.subscriptions')}</h2>
      <p class="muted">{t('mgr.subHelp')}</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add(url.trim());
        }}
      >
        <label>
          {t('mgr.subUrl')}
          <input
            type="url"
            size={50}
            required
            value={url}
            placeholder="https://…/pack.json"
            onInput={(e) => {
              setUrl(e.currentTarget.value);
              setFieldError('');
            }}
            {...(fieldError ? { 'aria-invalid': true, 'aria-describedby': 'sub-url-err' } : {})}
          />
        </label>
        <button type="submit" class="primary" disabled={busy !== null}>
          {t('mgr.subscribe')}
        </button>
        <button type="button" disabled={busy !== null || subscriptions.length === 0} onClick={() => void refresh()}>
          {t('mgr.refreshAll')}
        </button>
        {fieldError && (
          <span id="sub-url-err" class="field-error row-note" role="alert">
            {fieldError}
          </span>
        )}
      </form>
      {busy !== null && <progress aria-label={t('mgr.subChecking')} />}
      <p role="status">{status}</p>
      {blocked !== null && (
        <p>
          <button
            type="button"
            onClick={() =>
              void requestAccess(blocked).then((granted) => {
                // A subscription that was never added is added now; an existing one is refreshed.
                if (!granted) return;
                if (subscriptions.some((sub) => sub.url === blocked)) void refresh(blocked);
                else void add(blocked);
              })
            }
          >
            {t('mgr.subAllow', { site: new URL(blocked).host })}
          </button>
        </p>
      )}
      {shownSubs.length === 0 ? (
        <p>{t('mgr.subNone')}</p>
      ) : (
        <ul class="cards">
          {shownSubs.map((sub) => {
            const pack: PackRecord | undefined = byUrl.get(sub.url);
            const name = pack?.name ?? sub.name ?? sub.url;
            const error = pack?.lastError ?? sub.lastError;
            return (
              <li key={sub.url} aria-label={name}>
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
                  <dd>{pack ? (counts.get(pack.id) ?? 0) : 0}</dd>
                </dl>
                <RuleOverrideList overrides={pack?.ruleOverrides ?? []} t={t} locale={locale} />
                {error && (
                  <p class="error-box">
                    {t('mgr.subLastError')}: {error}
                    {pack ? ` ${t('mgr.subKeptCopy')}` : ''}
                  </p>
                )}
                <div class="row">
                  <button type="button" disabled={busy !== null} aria-label={`${t('mgr.refresh')} ${name}`} onClick={() => void refresh(sub.url)}>
                    {t('mgr.refresh')}
                  </button>
                  {!sub.managed && (
                    <button type="button" class="danger" disabled={busy !== null} aria-label={`${t('mgr.unsubscribe')} ${name}`} onClick={() => void remove(sub.url)}>
                      {t('mgr.unsubscribe')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
