import { useState } from 'preact/hooks';
import type { SubscriptionEntry } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { ProtocolMap, Sender } from '../../utils/protocol';
import type { SubscriptionOutcome } from '../../utils/packs/subscriptions-runner';

/** What one subscription's fetch did, in the agent's words. */
export function describeOutcome(t: Translate, outcome: SubscriptionOutcome): string {
  if (outcome.status === 'error') return t('mgr.subError', { detail: outcome.message ?? '' });
  if (outcome.status === 'unchanged') return t('mgr.subUnchanged');
  const done = t('mgr.subUpdated', { added: outcome.added ?? 0, updated: outcome.updated ?? 0, removed: outcome.removed ?? 0 });
  const overrides = outcome.ruleOverrides ?? [];
  const refused = overrides.filter((o) => o.refused).length;
  if (refused > 0) return `${done} ${t('mgr.subRulesRefused', { count: refused })}`;
  return overrides.length > 0 ? `${done} ${t('mgr.subRulesReplace', { count: overrides.length })}` : done;
}

const failed = (t: Translate, error: unknown) => t('mgr.failed', { detail: error instanceof Error ? error.message : String(error) });

/** The subscriptions panel's state and actions: subscribe, refresh one or all, unsubscribe, ask for a site's access. */
export function useSubscriptions(t: Translate, send: Sender<ProtocolMap>, subscriptions: readonly SubscriptionEntry[], requestAccess: (url: string) => Promise<boolean>) {
  const [url, setUrlState] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  /** A URL the browser could not read (no CORS headers): offer to ask for access to its site. */
  const [blocked, setBlocked] = useState<string | null>(null);
  /** Why the address in the field could not be subscribed (shown by the field, which keeps it). */
  const [fieldError, setFieldError] = useState('');
  /** The address being subscribed: not shown as a card before its first fetch answered. */
  const [adding, setAdding] = useState<string | null>(null);

  function setUrl(next: string): void {
    setUrlState(next);
    setFieldError('');
  }

  async function add(target: string): Promise<void> {
    if (target === '') return;
    setBusy(target);
    setAdding(target);
    setFieldError('');
    setStatus(t('mgr.subChecking'));
    try {
      const outcome = await send('subscriptions:add', { url: target });
      setBlocked(outcome.status === 'error' && outcome.code === 'subscribe.network' ? outcome.url : null);
      if (outcome.status === 'error') {
        // Nothing was subscribed: the address stays in the field to correct, the reason beside it.
        setStatus('');
        setFieldError(t('mgrd.subNotAdded', { detail: outcome.message ?? '' }));
      } else {
        setStatus(describeOutcome(t, outcome));
        setUrlState('');
      }
    } catch (error) {
      setStatus('');
      setFieldError(failed(t, error));
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
      setStatus(outcomes.map((o) => describeOutcome(t, o)).join(' ') || t('mgr.subNone'));
      setBlocked(outcomes.find((o) => o.status === 'error' && o.code === 'subscribe.network')?.url ?? null);
    } catch (error) {
      setStatus(failed(t, error));
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
      setStatus(failed(t, error));
    } finally {
      setBusy(null);
    }
  }

  /** Access to the blocked site asked for: a subscription that was never added is added now, an existing one refreshed. */
  async function allowBlocked(target: string): Promise<void> {
    if (!(await requestAccess(target))) return;
    if (subscriptions.some((sub) => sub.url === target)) void refresh(target);
    else void add(target);
  }

  return { url, setUrl, busy, status, blocked, fieldError, adding, add, refresh, remove, allowBlocked };
}
