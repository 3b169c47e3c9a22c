import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import type { PhraseRecord } from '../../../utils/db/types';
import { serializePack } from '../../../utils/packs/export';
import {
  readManagedSubscriptions,
  refreshSubscription,
  type FetchLike,
  type FetchResponse,
} from '../../../utils/packs/subscribe';
import { samplePack } from '../packs/helpers';

const URL_ = 'https://packs.example.com/acme.json';
const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`subscribe-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function response(status: number, body: string, headers: Record<string, string> = {}): FetchResponse {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, statusText: status === 404 ? 'Not Found' : 'OK', headers: { get: (n) => lower.get(n.toLowerCase()) ?? null }, text: async () => body };
}

/** A fake server: answers with the queued responses and records the request headers. */
function server(...answers: (FetchResponse | 'hang' | Error)[]) {
  const requests: Record<string, string>[] = [];
  const fetch: FetchLike = (_url, init) => {
    requests.push(init.headers);
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    if (next === 'hang') return new Promise(() => undefined);
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(next);
  };
  return { fetch, requests };
}

const personal: PhraseRecord = {
  id: 'personal/mine',
  group: 'general',
  title: '',
  text: '我自己的话术',
  tags: [],
  packId: 'personal',
  pinned: false,
  usageCount: 2,
  lastUsedAt: 10,
  createdAt: 1,
  updatedAt: 1,
  order: 0,
};

async function subscribed(db: HuashuDB) {
  const first = server(response(200, serializePack(samplePack()), { ETag: '"v1"', 'Last-Modified': 'Wed, 20 Nov 2026 08:00:00 GMT' }));
  const result = await refreshSubscription(db, { url: URL_ }, { fetch: first.fetch, now: 100 });
  expect(result.status).toBe('updated');
  return db.phrases.orderBy('id').toArray();
}

describe('refreshSubscription', () => {
  it('installs the pack on first fetch and records url, ETag and Last-Modified', async () => {
    const db = freshDb();
    await db.phrases.put(personal);
    const phrases = await subscribed(db);
    expect(phrases.map((p) => p.id)).toContain('acme-cs/wl-01');
    expect(await db.packs.get('acme-cs')).toMatchObject({
      source: 'url',
      url: URL_,
      etag: '"v1"',
      lastModified: 'Wed, 20 Nov 2026 08:00:00 GMT',
      lastCheckedAt: 100,
      importedAt: 100,
    });
  });

  it('sends If-None-Match / If-Modified-Since; 304 changes nothing but the check time', async () => {
    const db = freshDb();
    const before = await subscribed(db);
    const s = server(response(304, ''));
    const result = await refreshSubscription(db, { url: URL_ }, { fetch: s.fetch, now: 200 });
    expect(result).toEqual({ status: 'unchanged', packId: 'acme-cs' });
    expect(s.requests[0]).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Wed, 20 Nov 2026 08:00:00 GMT' });
    expect(await db.phrases.orderBy('id').toArray()).toEqual(before);
    expect((await db.packs.get('acme-cs'))?.lastCheckedAt).toBe(200);
  });

  it('applies a changed pack with the merge rules and leaves personal phrases alone', async () => {
    const db = freshDb();
    await db.phrases.put(personal);
    await subscribed(db);
    await db.phrases.update('acme-cs/wl-01', { usageCount: 6, pinned: true });
    const next = samplePack();
    next.phrases[0] = { ...next.phrases[0]!, text: '物流更新后的说法' };
    next.phrases.pop();
    const s = server(response(200, serializePack(next), { ETag: '"v2"' }));
    const result = await refreshSubscription(db, { url: URL_ }, { fetch: s.fetch, now: 300 });
    expect(result.status === 'updated' && result.result).toMatchObject({ updated: 1, removed: 1 });
    expect(await db.phrases.get('acme-cs/wl-01')).toMatchObject({ text: '物流更新后的说法', usageCount: 6, pinned: true });
    expect(await db.phrases.get('acme-cs/th-01')).toBeUndefined();
    expect(await db.phrases.get('personal/mine')).toEqual(personal);
    const pack = await db.packs.get('acme-cs');
    expect(pack?.etag).toBe('"v2"');
    expect(pack).not.toHaveProperty('lastModified');
  });

  const broken: [string, () => FetchResponse | 'hang' | Error, string][] = [
    ['404', () => response(404, 'not here'), `The server answered 404 Not Found for ${URL_}.`],
    ['an HTML page', () => response(200, '<!doctype html><html><body>Login</body></html>', { 'Content-Type': 'text/html' }), `The address returned a web page, not a pack file: ${URL_}`],
    ['invalid JSON', () => response(200, '{"format": "huashu.pack",'), `The pack at ${URL_} has 1 problem(s): Not valid JSON: the file ends too early (line 1, column 26). Is it cut off?`],
    ['an invalid pack', () => response(200, JSON.stringify({ ...samplePack(), phrases: [{ id: 'x', group: 'logistics', text: '' }] })), `The pack at ${URL_} has 1 problem(s): phrases[0].text: empty`],
    ['a timeout', () => 'hang', `No answer from ${URL_} within 0.1 s.`],
    ['a network error', () => new TypeError('Failed to fetch'), `Could not reach ${URL_}: Failed to fetch`],
    ['a 50 MB answer', () => response(200, '', { 'Content-Length': String(50 * 1024 * 1024) }), 'The file is 50 MB — larger than the 10 MB limit. Split the pack into smaller packs.'],
  ];
  it.each(broken)('%s: records a clear error and keeps the current copy', async (_case, answer, message) => {
    const db = freshDb();
    await db.phrases.put(personal);
    const phrasesBefore = await subscribed(db);
    const groupsBefore = await db.groups.toArray();
    const s = server(answer());
    const result = await refreshSubscription(db, { url: URL_ }, { fetch: s.fetch, now: 400, timeoutMs: 100 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.error.message).toBe(message);
    expect(await db.phrases.orderBy('id').toArray()).toEqual(phrasesBefore);
    expect(await db.groups.toArray()).toEqual(groupsBefore);
    expect(await db.packs.get('acme-cs')).toMatchObject({ lastError: message, lastCheckedAt: 400, etag: '"v1"', importedAt: 100 });
  });

  it('clears the recorded error after the next good check', async () => {
    const db = freshDb();
    await subscribed(db);
    await refreshSubscription(db, { url: URL_ }, { fetch: server(response(404, '')).fetch, now: 500 });
    expect((await db.packs.get('acme-cs'))?.lastError).toBeDefined();
    await refreshSubscription(db, { url: URL_ }, { fetch: server(response(304, '')).fetch, now: 600 });
    expect(await db.packs.get('acme-cs')).not.toHaveProperty('lastError');
  });

  it('localizes the recorded error', async () => {
    const db = freshDb();
    await subscribed(db);
    await refreshSubscription(db, { url: URL_ }, { fetch: server(response(404, '')).fetch, locale: 'zh-CN' });
    expect((await db.packs.get('acme-cs'))?.lastError).toBe(`服务器对 ${URL_} 返回了 404 Not Found。`);
  });

  it('refuses a pack whose id changed at the same address, and a pack id owned by another source', async () => {
    const db = freshDb();
    await subscribed(db);
    const renamed = samplePack({ pack: { id: 'other-id', name: 'Other' } });
    const r1 = await refreshSubscription(db, { url: URL_ }, { fetch: server(response(200, serializePack(renamed))).fetch });
    expect(r1.status === 'error' && r1.error.code).toBe('subscribe.idChanged');
    expect(await db.packs.get('other-id')).toBeUndefined();

    const r2 = await refreshSubscription(db, { url: 'https://elsewhere.example.com/p.json' }, { fetch: server(response(200, serializePack(samplePack()))).fetch });
    expect(r2.status === 'error' && r2.error.message).toBe('A pack with id "acme-cs" is already installed from another source; not applied.');
    expect((await db.packs.get('acme-cs'))?.url).toBe(URL_);
  });

  it('refuses addresses that are not http(s)', async () => {
    const db = freshDb();
    const s = server();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.com/p.json']) {
      const r = await refreshSubscription(db, { url }, { fetch: s.fetch });
      expect(r.status === 'error' && r.error.code).toBe('subscribe.badUrl');
    }
    expect(s.requests).toEqual([]);
  });
});

describe('readManagedSubscriptions', () => {
  it('reads { subscriptions: [{ url, name? }] }, dropping bad entries with a message and duplicates silently', () => {
    const r = readManagedSubscriptions({
      subscriptions: [
        { url: 'https://packs.example.com/a.json', name: ' 总部话术 ' },
        { url: 'https://packs.example.com/a.json#x' },
        { url: 'ftp://x/y' },
        { name: 'no url' },
        'https://string-only.example.com',
        { url: 'http://127.0.0.1:8080/b.json' },
      ],
    });
    expect(r.subscriptions).toEqual([
      { url: 'https://packs.example.com/a.json', name: '总部话术' },
      { url: 'http://127.0.0.1:8080/b.json' },
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'subscriptions[2]: Ignored a managed subscription: ftp://x/y is not an http(s) address.',
      'subscriptions[3]: Ignored a managed subscription: each needs a "url" (text) and may have a "name".',
      'subscriptions[4]: Ignored a managed subscription: each needs a "url" (text) and may have a "name".',
    ]);
  });

  it('treats a missing policy as no subscriptions and a malformed one as an error', () => {
    expect(readManagedSubscriptions(undefined)).toEqual({ subscriptions: [], errors: [] });
    expect(readManagedSubscriptions({})).toEqual({ subscriptions: [], errors: [] });
    const bad = readManagedSubscriptions({ subscriptions: 'https://x' }, 'zh-TW');
    expect(bad.subscriptions).toEqual([]);
    expect(bad.errors[0]?.code).toBe('managed.shape');
  });
});
