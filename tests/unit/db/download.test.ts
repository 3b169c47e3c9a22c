/**
 * Subscription downloads are capped in bytes and in time, counting the whole body: an endless or
 * trickling answer from a real (local) HTTP server is cut off and its connection closed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { PACK_LIMITS } from '../../../utils/packs/limits';
import {
  checkSubscriptionUrl,
  readManagedSubscriptions,
  refreshSubscription,
  type FetchLike,
} from '../../../utils/packs/subscribe';

const servers: Server[] = [];
const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

function freshDb(): HuashuDB {
  const db = new HuashuDB(`download-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}

/** A local server; resolves `closed` when the client hangs up on the (unfinished) answer. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  let closed!: () => void;
  const hungUp = new Promise<void>((resolve) => (closed = resolve));
  const server = createServer((req, res) => {
    res.on('close', () => closed());
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`, hungUp };
}

const realFetch: FetchLike = (url, init) => fetch(url, init);

describe('subscription downloads', () => {
  it('stops an endless answer without Content-Length at the size limit and hangs up', async () => {
    let sent = 0;
    const { url, hungUp } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (res.write(chunk)) sent += chunk.length;
        sent += chunk.length;
      };
      res.on('drain', pump);
      pump();
    });
    const result = await refreshSubscription(freshDb(), { url }, { fetch: realFetch, timeoutMs: 20_000 });
    expect(result.status === 'error' && result.error.message).toBe(
      `The pack at ${url} is larger than the 10 MB limit; the download was stopped. Split the pack into smaller packs.`,
    );
    await hungUp;
    // Stopped near the cap (socket buffers aside), not after reading everything the server could send.
    expect(sent).toBeLessThan(PACK_LIMITS.maxBytes * 3);
  });

  it('counts the body in the time-out: a server that sends headers and then trickles is cut off', async () => {
    const { url, hungUp } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
      const tick = setInterval(() => res.write(' '), 10);
      res.on('close', () => clearInterval(tick));
    });
    const result = await refreshSubscription(freshDb(), { url }, { fetch: realFetch, timeoutMs: 300 });
    expect(result.status === 'error' && result.error.code).toBe('subscribe.timeout');
    await hungUp;
  });

  it('stops a stream-based endless body (no network) and cancels it', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(256 * 1024)),
      cancel: () => {
        cancelled = true;
      },
    });
    const stub: FetchLike = async () => ({
      status: 200,
      statusText: 'OK',
      headers: { get: () => null },
      body: endless,
      text: () => new Promise<string>(() => undefined),
    });
    const result = await refreshSubscription(freshDb(), { url: 'https://packs.example.com/p.json' }, { fetch: stub });
    expect(result.status === 'error' && result.error.code).toBe('subscribe.tooLarge');
    expect(cancelled).toBe(true);
  });
});

describe('http subscription addresses', () => {
  it('refuses http:// except on this computer, saying why', async () => {
    const db = freshDb();
    let requests = 0;
    const stub: FetchLike = async () => {
      requests++;
      throw new Error('unreachable');
    };
    const result = await refreshSubscription(db, { url: 'http://packs.example.com/p.json' }, { fetch: stub });
    expect(result.status === 'error' && result.error.message).toBe(
      'Subscriptions need an https:// address so nobody on the network can rewrite your phrases on the way; http:// is only allowed for this computer (localhost, 127.0.0.1, [::1]): http://packs.example.com/p.json',
    );
    expect(requests).toBe(0);
  });

  it.each([
    ['http://localhost:8080/p.json', true],
    ['http://127.0.0.1/p.json', true],
    ['http://127.45.0.9:3000/p.json', true],
    ['http://[::1]:8080/p.json', true],
    ['https://packs.example.com/p.json', true],
    ['http://192.168.1.10/p.json', false],
    ['http://localhost.evil.example/p.json', false],
    ['http://127.0.0.1.nip.io/p.json', false],
    ['http://[::ffff:10.0.0.1]/p.json', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(checkSubscriptionUrl(url).ok).toBe(allowed);
  });

  it('ignores an http:// subscription in the managed policy with the reason', () => {
    const r = readManagedSubscriptions({ subscriptions: [{ url: 'http://intranet.example/p.json' }, { url: 'http://localhost:9000/p.json' }] });
    expect(r.subscriptions).toEqual([{ url: 'http://localhost:9000/p.json' }]);
    expect(r.errors.map((e) => e.code)).toEqual(['managed.insecure']);
    expect(r.errors[0]?.message).toMatch(/https:\/\/ so nobody on the network can rewrite/);
  });
});
