import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../../utils/background';
import { HuashuDB } from '../../../utils/db/database';
import { readPolicy } from '../../../utils/managed-policy';

import { backgroundDeps, TEST_EXTENSION_ID as ID, TEST_EXTENSION_ORIGIN as ORIGIN } from '../background-deps';
import type { ToneSettings } from '../../../utils/settings';

const fromOptions = { id: ID, url: `${ORIGIN}options.html` };
const fromPage = { id: ID, url: 'https://shop.example.com/chat', origin: 'https://shop.example.com', tab: { id: 3 }, frameId: 0 };

const dbs: HuashuDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function background(managed: unknown) {
  const db = new HuashuDB(`policy-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return createBackground(
    backgroundDeps(db, {
      subscriptions: { fetch: async () => Promise.reject(new Error('offline')), readManaged: async () => managed, languages: ['zh-CN'] },
    }),
  );
}

const pageMode = async (bg: ReturnType<typeof background>) =>
  ((await bg.onMessage({ type: 'tone:get', data: { origin: 'https://shop.example.com' } }, fromPage)) as { settings: ToneSettings }).settings.mode;

describe('the managed policy', () => {
  it('reads the send check mode only when it is one of the modes; everything else is left to the agent', () => {
    expect(readPolicy({ toneMode: 'block' })).toEqual({ allowBuiltInRuleOverrides: true, toneMode: 'block' });
    expect(readPolicy({ toneMode: 'strict' })).toEqual({ allowBuiltInRuleOverrides: true });
    expect(readPolicy({ toneMode: ['block'] })).toEqual({ allowBuiltInRuleOverrides: true });
    expect(readPolicy(undefined)).toEqual({ allowBuiltInRuleOverrides: true });
  });

  it('without a policy the send check warns, and the agent may choose block', async () => {
    const bg = background({});
    expect(await pageMode(bg)).toBe('warn');
    await bg.onMessage({ type: 'tone:set', data: { settings: { mode: 'block' } } }, fromOptions);
    expect(await pageMode(bg)).toBe('block');
  });

  it('a policy mode is what every chat page gets, and the agent cannot change it', async () => {
    const bg = background({ toneMode: 'block' });
    expect(await pageMode(bg)).toBe('block');
    await expect(bg.onMessage({ type: 'tone:set', data: { settings: { mode: 'off' } } }, fromOptions)).rejects.toThrow(/administrator/);
    expect(await pageMode(bg)).toBe('block');
    expect(await bg.onMessage({ type: 'policy:get', data: {} }, fromOptions)).toEqual({ allowBuiltInRuleOverrides: true, toneMode: 'block' });
  });
});
