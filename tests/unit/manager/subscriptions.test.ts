import { afterEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../../utils/background';
import { HuashuDB } from '../../../utils/db/database';
import { getSubscriptions } from '../../../utils/db/library';
import type { FetchLike, FetchResponse } from '../../../utils/packs/subscribe';
import { samplePack } from '../packs/helpers';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';
import type { SubscriptionOutcome } from '../../../utils/packs/subscriptions-runner';

const ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const fromOptions = { id: ID, url: `${ORIGIN}options.html` };
const fromPage = { id: ID, url: 'https://shop.example.com/', tab: { id: 3 }, frameId: 0 };
const URL_A = 'https://packs.example.com/acme.json';
const URL_B = 'https://packs.example.com/other.json';

let db: HuashuDB;
let n = 0;
afterEach(async () => {
  await db.delete();
});

type Served = { status: number; body: string; type?: string } | 'offline';

function setup(served: Map<string, Served>, managed: unknown = undefined) {
  db = new HuashuDB(`subs-test-${n++}`);
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const clock = { now: 1_800_000_000_000 };
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers });
    await new Promise((resolve) => setTimeout(resolve, 1));
    const s = served.get(url);
    if (s === undefined || s === 'offline') throw new TypeError('Failed to fetch');
    const response: FetchResponse = {
      status: s.status,
      statusText: s.status === 200 ? 'OK' : 'Not Found',
      headers: { get: (name) => (name.toLowerCase() === 'content-type' ? (s.type ?? 'application/json') : name.toLowerCase() === 'etag' ? `"${s.body.length}"` : null) },
      text: async () => s.body,
    };
    return response;
  };
  const deps = backgroundDeps(db, {
    now: () => clock.now,
    subscriptions: { fetch, readManaged: async () => managed, languages: ['zh-CN'] },
  });
  return { bg: createBackground(deps), calls, clock };
}

const ok = (value: unknown): Served => ({ status: 200, body: JSON.stringify(value) });

describe('pack subscriptions in the background', () => {
  it('subscribes, applies the pack and lists the subscription with its pack id', async () => {
    const { bg } = setup(new Map([[URL_A, ok(samplePack())]]));
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome).toEqual({ url: URL_A, status: 'updated', packId: 'acme-cs', added: 4, updated: 0, removed: 0 });
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(4);
    expect((await db.packs.get('acme-cs'))?.source).toBe('url');
    expect(await getSubscriptions(db)).toEqual([{ url: URL_A, addedAt: 1_800_000_000_000, lastCheckedAt: 1_800_000_000_000, packId: 'acme-cs' }]);
  });

  it('does not keep a new subscription whose first fetch failed; the error comes back in the UI language', async () => {
    const served = new Map<string, Served>([[URL_A, { status: 404, body: 'missing', type: 'text/plain' }]]);
    const { bg } = setup(served);
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome.status).toBe('error');
    expect(outcome.code).toBe('subscribe.http');
    expect(outcome.message).toContain('404');
    expect(outcome.message).toContain('服务器');
    expect(await getSubscriptions(db)).toEqual([]);
    // Corrected (here: the file is published), the same address subscribes.
    served.set(URL_A, ok(samplePack()));
    const again = (await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions)) as SubscriptionOutcome;
    expect(again.status).toBe('updated');
    expect((await getSubscriptions(db)).map((e) => e.url)).toEqual([URL_A]);
  });

  it('keeps an existing subscription when adding its address again fails (its copy stays)', async () => {
    const served = new Map<string, Served>([[URL_A, ok(samplePack())]]);
    const { bg } = setup(served);
    await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions);
    served.set(URL_A, 'offline');
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome.status).toBe('error');
    expect(await getSubscriptions(db)).toEqual([expect.objectContaining({ url: URL_A, packId: 'acme-cs' })]);
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(4);
  });

  it('says when the browser cannot reach the address (network or CORS), so the page can ask for access', async () => {
    const { bg } = setup(new Map([[URL_A, 'offline']]));
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome.code).toBe('subscribe.network');
  });

  it('refuses an address that is not http(s) without storing it', async () => {
    const { bg, calls } = setup(new Map());
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: 'file:///etc/passwd' } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome.status).toBe('error');
    expect(calls).toEqual([]);
    expect(await getSubscriptions(db)).toEqual([]);
  });

  it('refreshes every subscription, the managed policy included; an offline update keeps the last copy', async () => {
    const other = samplePack({ pack: { id: 'other', name: '其他' } });
    const served = new Map<string, Served>([[URL_A, ok(samplePack())], [URL_B, ok(other)]]);
    const { bg, calls, clock } = setup(served, { subscriptions: [{ url: URL_B, name: '公司话术' }] });
    await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions);
    const outcomes = (await bg.onMessage({ type: 'subscriptions:refresh', data: {} }, fromOptions)) as SubscriptionOutcome[];
    expect(outcomes.map((o) => [o.url, o.status])).toEqual([
      [URL_A, 'updated'],
      [URL_B, 'updated'],
    ]);
    // The second request for URL_A was conditional.
    expect(calls.filter((c) => c.url === URL_A)[1]?.headers['If-None-Match']).toBeDefined();
    expect((await getSubscriptions(db)).find((e) => e.url === URL_B)).toMatchObject({ managed: true, name: '公司话术', packId: 'other' });

    served.set(URL_A, 'offline');
    clock.now += 31 * 60_000;
    const offline = await bg.refreshSubscriptions();
    expect(offline[0]?.status).toBe('error');
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(4);
    expect((await db.packs.get('acme-cs'))?.lastError).toContain('无法连接');
  });

  it('the schedule skips subscriptions checked in the last half hour; "check all" does not; one fetch per URL at a time', async () => {
    const { bg, calls, clock } = setup(new Map([[URL_A, ok(samplePack())]]));
    await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions);
    expect(calls).toHaveLength(1);
    // Start-up or the hourly alarm right after the agent subscribed: nothing to fetch yet.
    expect(await bg.refreshSubscriptions()).toEqual([]);
    expect(calls).toHaveLength(1);
    // The agent's own "check all" always asks.
    await bg.onMessage({ type: 'subscriptions:refresh', data: {} }, fromOptions);
    expect(calls).toHaveLength(2);
    // Half an hour later the schedule checks it again.
    clock.now += 31 * 60_000;
    expect((await bg.refreshSubscriptions()).map((o) => o.url)).toEqual([URL_A]);
    expect(calls).toHaveLength(3);
    // The schedule and the agent's click at the same moment: one request, one outcome for both.
    clock.now += 31 * 60_000;
    const [scheduled, clicked] = await Promise.all([
      bg.refreshSubscriptions(),
      bg.onMessage({ type: 'subscriptions:refresh', data: { url: URL_A } }, fromOptions) as Promise<SubscriptionOutcome[]>,
    ]);
    expect(calls).toHaveLength(4);
    expect(clicked).toEqual(scheduled);
  });

  it('unsubscribes (removing the pack) but not from a managed subscription', async () => {
    const other = samplePack({ pack: { id: 'other', name: '其他' } });
    const { bg } = setup(new Map([[URL_A, ok(samplePack())], [URL_B, ok(other)]]), { subscriptions: [{ url: URL_B }] });
    await bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromOptions);
    await bg.refreshSubscriptions();
    await bg.onMessage({ type: 'subscriptions:remove', data: { url: URL_A } }, fromOptions);
    expect(await db.packs.get('acme-cs')).toBeUndefined();
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(0);
    await expect(bg.onMessage({ type: 'subscriptions:remove', data: { url: URL_B } }, fromOptions)).rejects.toThrow(/administrator/);
    expect((await getSubscriptions(db)).map((e) => e.url)).toEqual([URL_B]);
  });

  it('answers subscription messages only from extension pages', async () => {
    const { bg } = setup(new Map([[URL_A, ok(samplePack())]]));
    expect(bg.onMessage({ type: 'subscriptions:add', data: { url: URL_A } }, fromPage)).toBeUndefined();
    expect(await getSubscriptions(db)).toEqual([]);
  });
});
