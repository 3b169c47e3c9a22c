/**
 * The background's pack subscriptions: add, refresh (one at a time per URL), remove, and the
 * administrator's managed subscriptions. Fetching and applying a pack lives in ./subscribe.ts.
 */
import type { HuashuDB } from '../db/database';
import { getSubscriptions, getUiSettings, updateSubscriptions } from '../db/library';
import { PERSONAL, type SubscriptionEntry } from '../db/types';
import { resolveLocale } from '../i18n';
import { removePack } from './apply';
import { checkSubscriptionUrl, normaliseSubscriptionUrl, readManagedSubscriptions, refreshSubscription, type FetchLike, type RefreshResult, type Subscription } from './subscribe';
import { makeIssue } from './messages';
import { readOverridePolicy, type RuleOverride } from './overrides';
import { computeSearchKeys } from '../search';

/** What one subscription refresh did, for the options page. */
export interface SubscriptionOutcome {
  url: string;
  status: 'updated' | 'unchanged' | 'error';
  packId?: string;
  /** The error in the UI language (status 'error'). */
  message?: string;
  /** The error's code (see utils/packs/messages.ts), e.g. 'subscribe.network'. */
  code?: string;
  added?: number;
  updated?: number;
  removed?: number;
  /** Rules of the pack that take a built-in rule's id (refused ones were not stored: managed policy). */
  ruleOverrides?: RuleOverride[];
}

/** Scheduled refreshes skip subscriptions checked more recently than this. */
export const RECHECK_AFTER_MS = 30 * 60_000;

export interface SubscriptionDeps {
  fetch: FetchLike;
  /** The managed-storage policy (`storage.managed`), or undefined where there is none. */
  readManaged(): Promise<unknown>;
  /** Browser languages, for messages when the UI language follows the browser. */
  languages: readonly string[];
  timeoutMs?: number;
}

export interface SubscriptionServiceDeps {
  db: HuashuDB;
  now(): number;
  /** Without it, subscription messages fail. */
  subscriptions?: SubscriptionDeps;
}

/** What a refresh did, as the options page shows it. */
function outcomeOf(url: string, result: RefreshResult): SubscriptionOutcome {
  if (result.status === 'error') {
    const base: SubscriptionOutcome = { url, status: 'error', message: result.error.message, code: result.error.code };
    return result.packId ? { ...base, packId: result.packId } : base;
  }
  if (result.status === 'unchanged') return { url, status: 'unchanged', packId: result.packId };
  const { added, updated, removed } = result.result;
  const done: SubscriptionOutcome = { url, status: 'updated', packId: result.packId, added, updated, removed };
  return result.ruleOverrides.length > 0 ? { ...done, ruleOverrides: result.ruleOverrides } : done;
}

/** The subscription list with the managed policy's subscriptions marked (and added), and the others unmarked. */
function withManaged(current: SubscriptionEntry[], policy: readonly Subscription[], now: () => number): SubscriptionEntry[] {
  const managed = new Map(policy.map((s) => [s.url, s]));
  const next = current.map((e): SubscriptionEntry => {
    const m = managed.get(e.url);
    if (m === undefined) {
      // No longer in the policy: the agent may now remove it.
      const { managed: _gone, ...rest } = e;
      return rest;
    }
    return { ...e, managed: true, ...(m.name === undefined ? {} : { name: m.name }) };
  });
  for (const m of policy) {
    if (!next.some((e) => e.url === m.url)) next.push({ url: m.url, managed: true, addedAt: now(), ...(m.name === undefined ? {} : { name: m.name }) });
  }
  return next;
}

export function createSubscriptionService(deps: SubscriptionServiceDeps) {
  const { db } = deps;

  async function uiLocale() {
    return resolveLocale((await getUiSettings(db)).locale, deps.subscriptions?.languages ?? []);
  }

  /** Refreshes in flight, by URL: a second request for the same URL gets the first one's outcome. */
  const inFlight = new Map<string, Promise<SubscriptionOutcome>>();

  /** Fetches one subscription (once at a time per URL); the outcome is also noted on its entry. */
  function refreshOne(url: string, name?: string): Promise<SubscriptionOutcome> {
    const running = inFlight.get(url);
    if (running) return running;
    const done = fetchOne(url, name).finally(() => inFlight.delete(url));
    inFlight.set(url, done);
    return done;
  }

  async function fetchOne(url: string, name?: string): Promise<SubscriptionOutcome> {
    const sub = deps.subscriptions;
    if (sub === undefined) throw new Error('Subscriptions are not available here.');
    const now = deps.now();
    const result = await refreshSubscription(db, name === undefined ? { url } : { url, name }, {
      fetch: sub.fetch,
      now,
      locale: await uiLocale(),
      allowBuiltInOverrides: readOverridePolicy(await sub.readManaged().catch(() => undefined)),
      computeKeys: (p) => computeSearchKeys(p),
      ...(sub.timeoutMs === undefined ? {} : { timeoutMs: sub.timeoutMs }),
    });
    const outcome = outcomeOf(url, result);
    await updateSubscriptions(db, (list) =>
      list.map((e): SubscriptionEntry => {
        if (e.url !== url) return e;
        const next: SubscriptionEntry = { ...e, lastCheckedAt: now };
        if (outcome.message !== undefined) next.lastError = outcome.message;
        else delete next.lastError;
        if (outcome.packId !== undefined) next.packId = outcome.packId;
        return next;
      }),
    );
    return outcome;
  }

  /**
   * Brings in the managed policy's subscriptions, then refreshes every subscription one after
   * another. With `onlyStale` (the schedule, start-up, policy changes), subscriptions checked in
   * the last half hour are left alone: the agent may have just checked or added them.
   */
  async function refreshAll(options: { onlyStale?: boolean } = {}): Promise<SubscriptionOutcome[]> {
    const sub = deps.subscriptions;
    if (sub === undefined) return [];
    const policy = readManagedSubscriptions(await sub.readManaged().catch(() => undefined), await uiLocale());
    const list = await updateSubscriptions(db, (current) => withManaged(current, policy.subscriptions, deps.now));
    const outcomes: SubscriptionOutcome[] = [];
    for (const entry of list) {
      const fresh = entry.lastCheckedAt !== undefined && deps.now() - entry.lastCheckedAt < RECHECK_AFTER_MS;
      if (options.onlyStale && fresh) continue;
      outcomes.push(await refreshOne(entry.url, entry.name));
    }
    return outcomes;
  }

  async function add(url: string): Promise<SubscriptionOutcome> {
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      const issue = makeIssue('', checked.code, { url }, await uiLocale());
      return { url, status: 'error', message: issue.message, code: issue.code };
    }
    const normalised = checked.url;
    let added = false;
    await updateSubscriptions(db, (list) => {
      added = !list.some((e) => e.url === normalised);
      return added ? [...list, { url: normalised, addedAt: deps.now() }] : list;
    });
    const outcome = await refreshOne(normalised);
    // A new subscription whose first fetch failed is not kept as an empty entry: the options page
    // shows the error by the address field, to correct and try again.
    if (added && outcome.status === 'error') await updateSubscriptions(db, (list) => list.filter((e) => e.url !== normalised || e.packId !== undefined));
    return outcome;
  }

  async function refresh(url: string | undefined): Promise<SubscriptionOutcome[]> {
    if (url === undefined) return refreshAll();
    const normalised = normaliseSubscriptionUrl(url) ?? url;
    return [await refreshOne(normalised)];
  }

  async function remove(url: string): Promise<void> {
    const entry = (await getSubscriptions(db)).find((e) => e.url === url);
    if (entry?.managed) throw new Error('This subscription is set by your administrator and cannot be removed here.');
    const pack = await db.packs.filter((p) => p.source === 'url' && p.url === url).first();
    if (pack !== undefined && pack.id !== PERSONAL) await removePack(db, pack.id);
    await updateSubscriptions(db, (list) => list.filter((e) => e.url !== url));
  }

  return { add, refresh, remove, refreshAll };
}
