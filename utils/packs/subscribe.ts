import * as v from 'valibot';
import type { HuashuDB } from '../db/database';
import type { GroupRecord, PackRecord, PhraseRecord } from '../db/types';
import { applyImport, type ApplyResult } from './apply';
import { PACK_LIMITS } from './limits';
import { planImport } from './merge';
import { formatBytes, makeIssue, type PackIssue, type PackLocale } from './messages';
import { parsePack } from './schema';

/**
 * Pack subscriptions: a pack published at a URL, fetched on a schedule and on demand.
 * Conditional requests (If-None-Match / If-Modified-Since) keep refreshes cheap; a new copy is
 * validated in full and applied atomically with the merge rules; any failure (HTTP error, a web
 * page instead of a pack, invalid JSON or pack, timeout) is recorded on the pack record as
 * lastError / lastCheckedAt and the current copy stays exactly as it was.
 */

/** The part of the fetch Response used here (the real fetch satisfies it). */
export interface FetchResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache: 'no-store'; credentials: 'omit' },
) => Promise<FetchResponse>;

export interface Subscription {
  url: string;
  /** Display name until the pack is fetched (managed policy may set it). */
  name?: string;
}

export interface RefreshOptions {
  fetch: FetchLike;
  now?: number;
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
  locale?: PackLocale;
  computeKeys?: (phrase: PhraseRecord, group: GroupRecord | undefined) => unknown;
}

export type RefreshResult =
  | { status: 'updated'; packId: string; result: ApplyResult; warnings: PackIssue[] }
  | { status: 'unchanged'; packId: string }
  | { status: 'error'; packId?: string; error: PackIssue; details: PackIssue[] };

export const DEFAULT_TIMEOUT_MS = 15_000;

/** http(s) URLs only; returns the normalised URL or null. */
export function normaliseSubscriptionUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  parsed.hash = '';
  return parsed.href;
}

/** Fetches a subscription and applies it when it changed. Never throws for network or content problems. */
export async function refreshSubscription(db: HuashuDB, sub: Subscription, options: RefreshOptions): Promise<RefreshResult> {
  const locale = options.locale ?? 'en';
  const now = options.now ?? Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = normaliseSubscriptionUrl(sub.url);
  if (url === null) {
    return { status: 'error', error: makeIssue('', 'subscribe.badUrl', { url: sub.url }, locale), details: [] };
  }
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

  const fetched = await fetchWithTimeout(options.fetch, url, headers, timeoutMs);
  if (fetched.kind === 'timeout') {
    return fail(makeIssue('', 'subscribe.timeout', { url, seconds: Math.round(timeoutMs / 100) / 10 }, locale));
  }
  if (fetched.kind === 'network') return fail(makeIssue('', 'subscribe.network', { url, detail: fetched.detail }, locale));
  const response = fetched.response;

  if (response.status === 304 && existing !== undefined) {
    await db.packs.update(existing.id, { lastCheckedAt: now, lastError: undefined });
    return { status: 'unchanged', packId: existing.id };
  }
  if (response.status < 200 || response.status > 299) {
    const params = { url, status: response.status, statusText: response.statusText };
    return fail(makeIssue('', 'subscribe.http', params, locale));
  }
  const declaredLength = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declaredLength) && declaredLength > PACK_LIMITS.maxBytes) {
    const params = { size: formatBytes(declaredLength), limit: formatBytes(PACK_LIMITS.maxBytes) };
    return fail(makeIssue('', 'input.tooLarge', params, locale));
  }
  const body = await readBody(response, timeoutMs);
  if (body === null) return fail(makeIssue('', 'subscribe.timeout', { url, seconds: Math.round(timeoutMs / 100) / 10 }, locale));
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
      const plan = planImport(snapshot, parsed.pack, { mode: 'merge' });
      return applyImport(db, plan, {
        now,
        source: 'url',
        packFields,
        ...(options.computeKeys === undefined ? {} : { computeKeys: options.computeKeys }),
      });
    });
    if (result === null) return fail(makeIssue('', 'subscribe.idTaken', { id: packId }, locale));
    return { status: 'updated', packId, result, warnings: parsed.warnings };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue('', 'subscribe.applyFailed', { detail }, locale));
  }
}

type FetchOutcome =
  | { kind: 'response'; response: FetchResponse }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string };

async function fetchWithTimeout(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, timeoutMs);
  });
  const request = fetchFn(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit' }).then(
    (response): FetchOutcome => ({ kind: 'response', response }),
    (error: unknown): FetchOutcome =>
      controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network', detail: error instanceof Error ? error.message : String(error) },
  );
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null when it does not arrive within the timeout. */
async function readBody(response: FetchResponse, timeoutMs: number): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([response.text().catch(() => ''), timeout]);
  } finally {
    clearTimeout(timer);
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
 * Reads the administrator's managed policy. Entries that are not objects with an http(s) `url`
 * are ignored with a message; duplicate URLs are listed once. Never throws.
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
    const url = normaliseSubscriptionUrl(parsed.output.url);
    if (url === null) {
      errors.push(makeIssue(path, 'managed.url', { url: parsed.output.url }, locale));
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    const sub: Subscription = { url };
    if (parsed.output.name !== undefined && parsed.output.name.trim() !== '') sub.name = parsed.output.name.trim();
    subscriptions.push(sub);
  });
  return { subscriptions, errors };
}
