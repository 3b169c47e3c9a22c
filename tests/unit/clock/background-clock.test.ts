import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground } from '../../../utils/background';
import { loadReplies } from '../../../utils/db/replies';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';

const fromContent = (tab: number, url = 'https://myseller.taobao.com/chat') => ({ id: TEST_EXTENSION_ID, url, tab: { id: tab }, frameId: 0 });
const fromSidebar = (tab: number) => ({ id: TEST_EXTENSION_ID, url: `${TEST_EXTENSION_ORIGIN}sidebar.html`, tab: { id: tab }, frameId: 3 });
const fromOptions = { id: TEST_EXTENSION_ID, url: `${TEST_EXTENSION_ORIGIN}options.html` };

let n = 0;
let db: HuashuDB;
afterEach(async () => {
  await db.delete();
});

function setup() {
  db = new HuashuDB(`clock-bg-${n++}`);
  let now = Date.UTC(2026, 11, 2, 4, 0, 0);
  const broadcasts: string[] = [];
  const bg = createBackground(
    backgroundDeps(db, {
      now: () => now,
      broadcast: (async (type: string) => void broadcasts.push(type)) as never,
    }),
  );
  return { bg, broadcasts, tick: (ms: number) => (now += ms) };
}

describe('the reply clock in the background', () => {
  it('gives a site its platform’s target, and the agent’s own once set', async () => {
    const { bg, broadcasts } = setup();
    expect(await bg.onMessage({ type: 'clock:get', data: { origin: 'https://myseller.taobao.com' } }, fromContent(7))).toEqual({ enabled: true, targetMs: 30_000 });
    // Another site's settings are not this page's to ask.
    await expect(bg.onMessage({ type: 'clock:get', data: { origin: 'https://mms.pinduoduo.com' } }, fromContent(7))).rejects.toThrow(/own site/);
    await bg.onMessage({ type: 'clock:set', data: { targets: { 'https://myseller.taobao.com': 45 } } }, fromOptions);
    expect(broadcasts).toContain('content:clock-settings-changed');
    expect(await bg.onMessage({ type: 'clock:get', data: { origin: 'https://myseller.taobao.com' } }, fromContent(7))).toEqual({ enabled: true, targetMs: 45_000 });
    // A target out of range is refused with the field named.
    await expect(bg.onMessage({ type: 'clock:set', data: { targets: { x: 0 } } }, fromOptions)).rejects.toThrow(/targets/);
  });

  it('shows a wait to its own tab’s sidebar only, and records the answer’s duration (no text) by day and site', async () => {
    const { bg, tick } = setup();
    await bg.onMessage({ type: 'clock:state', data: { state: 'waiting', waitedMs: 0 } }, fromContent(7));
    const since = Date.UTC(2026, 11, 2, 4, 0, 0);
    expect(await bg.onMessage({ type: 'clock:view', data: {} }, fromSidebar(7))).toEqual({ since, targetMs: 30_000 });
    expect(await bg.onMessage({ type: 'clock:view', data: {} }, fromSidebar(8))).toEqual({ since: null, targetMs: 0 });
    // A content script cannot read the view, nor a sidebar report a wait.
    expect(bg.onMessage({ type: 'clock:view', data: {} }, fromContent(7))).toBeUndefined();
    expect(bg.onMessage({ type: 'clock:state', data: { state: 'answered', waitedMs: 0 } }, fromSidebar(7))).toBeUndefined();
    tick(12_500);
    await bg.onMessage({ type: 'clock:state', data: { state: 'answered', waitedMs: 12_000 } }, fromContent(7));
    expect(await bg.onMessage({ type: 'clock:view', data: {} }, fromSidebar(7))).toEqual({ since: null, targetMs: 0 });
    const replies = await loadReplies(db);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ origin: 'https://myseller.taobao.com', ms: 12_500, targetMs: 30_000 });
    expect(Object.keys((await db.replies.toArray())[0] ?? {}).sort()).toEqual(['day', 'id', 'ms', 'origin', 'targetMs']);
  });

  it('records nothing for an idle report, an answer without a wait, or while switched off', async () => {
    const { bg } = setup();
    await bg.onMessage({ type: 'clock:state', data: { state: 'answered', waitedMs: 0 } }, fromContent(7));
    await bg.onMessage({ type: 'clock:state', data: { state: 'waiting', waitedMs: 0 } }, fromContent(7));
    await bg.onMessage({ type: 'clock:state', data: { state: 'idle', waitedMs: 0 } }, fromContent(7));
    await bg.onMessage({ type: 'clock:set', data: { enabled: false } }, fromOptions);
    await bg.onMessage({ type: 'clock:state', data: { state: 'waiting', waitedMs: 0 } }, fromContent(7));
    await bg.onMessage({ type: 'clock:state', data: { state: 'answered', waitedMs: 0 } }, fromContent(7));
    expect(await loadReplies(db)).toEqual([]);
    expect(await bg.onMessage({ type: 'clock:get', data: { origin: 'https://myseller.taobao.com' } }, fromContent(7))).toEqual({ enabled: false, targetMs: 30_000 });
  });
});
