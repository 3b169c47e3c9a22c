import * as v from 'valibot';
import type { HuashuDB } from '../db/database';
import type { GroupRecord, PackRecord, PhraseRecord } from '../db/types';
import { applyImport, type ApplyResult } from './apply';
import { PACK_LIMITS } from './limits';
import { planImport, type ImportPlan } from './merge';
import type { RuleOverride } from './overrides';
import { formatBytes, makeIssue, type PackIssue, type PackLocale } from './messages';
import { parsePack } from './schema';
import { download, type FetchLike } from './download';

/**
 * Pack subscriptions: a pack published at a URL, fetched on a schedule and on demand.
 * Conditional requests (If-None-Match / If-Modified-Since) keep refreshes cheap; a new copy is
 * validated in full and applied atomically with the merge rules; any failure (HTTP error, a web
 * page instead of a pack, invalid JSON or pack, timeout) is recorded on the pack record as
 * lastError / lastCheckedAt and the current copy stays exactly as it was.
 */

export type { FetchLike, FetchResponse } from './download';

export interface Subscription {
  url: string;
  /** Display name until the pack is fetched (managed policy may set it). */
  name?: string;
}

export interface RefreshOptions {
  fetch: FetchLike;
  now?: number;
  /** Give up after this long, counting the whole download (default 15 s). */
  timeoutMs?: number;
  locale?: PackLocale;
  /** The managed policy `allowBuiltInRuleOverrides` (default true): false drops the pack's rules that take a built-in id. */
  allowBuiltInOverrides?: boolean;
  computeKeys?: (phrase: PhraseRecord, group: GroupRecord | undefined) => unknown;
}

export type RefreshResult =
  | { status: 'updated'; packId: string; result: ApplyResult; warnings: PackIssue[]; ruleOverrides: RuleOverride[] }
  | { status: 'unchanged'; packId: string }
  | { status: 'error'; packId?: string; error: PackIssue; details: PackIssue[] };

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Hosts that never leave this computer: plain http is allowed only for them. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

export type UrlCheck = { ok: true; url: string } | { ok: false; code: 'subscribe.badUrl' | 'subscribe.insecure' };

/**
 * https URLs, and http only on loopback (anyone on the network could rewrite an http answer,
 * and with it the phrases agents send to customers). Returns the normalised URL or why not.
 */
export function checkSubscriptionUrl(url: string): UrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, code: 'subscribe.badUrl' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, code: 'subscribe.badUrl' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, code: 'subscribe.badUrl' };
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) return { ok: false, code: 'subscribe.insecure' };
  parsed.hash = '';
  return { ok: true, url: parsed.href };
}

/** The normalised URL, or null when it cannot be subscribed to (see checkSubscriptionUrl). */
export function normaliseSubscriptionUrl(url: string): string | null {
  const check = checkSubscriptionUrl(url);
  return check.ok ? check.url : null;
}

/** Fetches a subscription and applies it when it changed. Never throws for network or content problems. */
export async function refreshSubscription(db: HuashuDB, sub: Subscription, options: RefreshOptions): Promise<RefreshResult> {
  const locale = options.locale ?? 'en';
  const now = options.now ?? Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const checked = checkSubscriptionUrl(sub.url);
  if (!checked.ok) return { status: 'error', error: makeIssue('', checked.code, { url: sub.url }, locale), details: [] };
  const url = checked.url;
  const existing = await db.packs.filter((pack) => pack.source === 'url' && pack.url === url).first();

  const fail = async (error: PackIssue, details: PackIssue[] = []): Promise<RefreshResult> => {
    if (existing !== undefined) {
      // Only the bookkeeping fields change; phrases, groups and the pack's content stay.
      await db.packs.update(existing.id, { lastError: error.message, lastCheckedAt: now });
      return { status: 'error', packId: existing.id, error, details };
    }
    return { status: 'error', error, details };
  };

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (existing?.etag !== undefined) headers['If-None-Match'] = existing.etag;
  if (existing?.lastModified !== undefined) headers['If-Modified-Since'] = existing.lastModified;

  const fetched = await download(options.fetch, url, headers, { timeoutMs, maxBytes: PACK_LIMITS.maxBytes });
  if (fetched.kind === 'timeout') {
    return fail(makeIssue('', 'subscribe.timeout', { url, seconds: Math.round(timeoutMs / 100) / 10 }, locale));
  }
  if (fetched.kind === 'network') return fail(makeIssue('', 'subscribe.network', { url, detail: fetched.detail }, locale));
  if (fetched.kind === 'tooLarge') {
    const limit = formatBytes(PACK_LIMITS.maxBytes);
    if (fetched.declared === undefined) return fail(makeIssue('', 'subscribe.tooLarge', { url, limit }, locale));
    return fail(makeIssue('', 'input.tooLarge', { size: formatBytes(fetched.declared), limit }, locale));
  }
  const { response } = fetched;
  if (fetched.kind === 'status') {
    if (response.status === 304 && existing !== undefined) {
      await db.packs.update(existing.id, { lastCheckedAt: now, lastError: undefined });
      return { status: 'unchanged', packId: existing.id };
    }
    const params = { url, status: response.status, statusText: response.statusText };
    return fail(makeIssue('', 'subscribe.http', params, locale));
  }
  const { body } = fetched;
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (contentType.includes('text/html') || /^\s*</.test(body)) {
    return fail(makeIssue('', 'subscribe.html', { url }, locale));
  }
  const parsed = parsePack(body, { locale });
  if (!parsed.ok) {
    const first = parsed.errors[0]?.message ?? '';
    return fail(makeIssue('', 'subscribe.invalid', { url, count: parsed.errors.length, first }, locale), parsed.errors);
  }
  const packId = parsed.pack.pack.id;
  if (existing !== undefined && existing.id !== packId) {
    return fail(makeIssue('', 'subscribe.idChanged', { expected: existing.id, actual: packId }, locale));
  }

  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  const packFields: Partial<PackRecord> = {
    url,
    lastCheckedAt: now,
    lastError: undefined,
    etag: etag ?? undefined,
    lastModified: lastModified ?? undefined,
  };
  let plan: ImportPlan | undefined;
  try {
    const result = await db.transaction('rw', db.phrases, db.groups, db.packs, async () => {
      const owner = await db.packs.get(packId);
      // A pack id already installed from a file, built in, or from another URL is not taken over.
      if (owner !== undefined && !(owner.source === 'url' && owner.url === url)) return null;
      const snapshot = {
        pack: owner,
        phrases: await db.phrases.where('packId').equals(packId).toArray(),
        groups: await db.groups.where('packId').equals(packId).toArray(),
      };
      plan = planImport(snapshot, parsed.pack, { mode: 'merge', allowBuiltInOverrides: options.allowBuiltInOverrides ?? true });
      return applyImport(db, plan, {
        now,
        source: 'url',
        packFields,
        ...(options.computeKeys === undefined ? {} : { computeKeys: options.computeKeys }),
      });
    });
    if (result === null) return fail(makeIssue('', 'subscribe.idTaken', { id: packId }, locale));
    return { status: 'updated', packId, result, warnings: parsed.warnings, ruleOverrides: plan?.ruleOverrides ?? [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue('', 'subscribe.applyFailed', { detail }, locale));
  }
}

/** Shape of the managed-storage policy (`storage.managed_schema`): { subscriptions: [{ url, name? }] }. */
const ManagedSchema = v.object({
  subscriptions: v.optional(v.array(v.unknown()), () => []),
});
const ManagedEntrySchema = v.object({
  url: v.pipe(v.string(), v.nonEmpty()),
  name: v.optional(v.pipe(v.string(), v.maxLength(PACK_LIMITS.maxNameLength))),
});

/**
 * Reads the administrator's managed policy. Entries that are not objects with an https `url`
 * (http only on loopback) are ignored with a message; duplicate URLs are listed once. Never throws.
 */
export function readManagedSubscriptions(
  value: unknown,
  locale: PackLocale = 'en',
): { subscriptions: Subscription[]; errors: PackIssue[] } {
  const subscriptions: Subscription[] = [];
  const errors: PackIssue[] = [];
  if (value === undefined || value === null) return { subscriptions, errors };
  const root = v.safeParse(ManagedSchema, value);
  if (!root.success) {
    errors.push(makeIssue('', 'managed.shape', {}, locale));
    return { subscriptions, errors };
  }
  const seen = new Set<string>();
  root.output.subscriptions.forEach((entry, index) => {
    const path = `subscriptions[${index}]`;
    const parsed = v.safeParse(ManagedEntrySchema, entry);
    if (!parsed.success) {
      errors.push(makeIssue(path, 'managed.entry', {}, locale));
      return;
    }
    const checked = checkSubscriptionUrl(parsed.output.url);
    if (!checked.ok) {
      errors.push(makeIssue(path, checked.code === 'subscribe.insecure' ? 'managed.insecure' : 'managed.url', { url: parsed.output.url }, locale));
      return;
    }
    const url = checked.url;
    if (seen.has(url)) return;
    seen.add(url);
    const sub: Subscription = { url };
    if (parsed.output.name !== undefined && parsed.output.name.trim() !== '') sub.name = parsed.output.name.trim();
    subscriptions.push(sub);
  });
  return { subscriptions, errors };
}
