import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { createBackground } from '../../../utils/background';
import type { TaughtRule } from '../../../utils/page/transcript/rule-schema';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';

const fromContent = (tab: number, url = 'https://chat.example.com/inbox') => ({ id: TEST_EXTENSION_ID, url, tab: { id: tab }, frameId: 0 });
const fromSidebar = (tab: number) => ({ id: TEST_EXTENSION_ID, url: `${TEST_EXTENSION_ORIGIN}sidebar.html`, tab: { id: tab }, frameId: 3 });
const fromOptions = { id: TEST_EXTENSION_ID, url: `${TEST_EXTENSION_ORIGIN}options.html` };

const SITE = 'https://chat.example.com';
const RULE: TaughtRule = {
  version: 1,
  log: [{ tag: 'div', classes: ['thread'] }],
  message: { tag: 'div', classes: ['row'] },
  sides: { by: 'align', agent: 'left' },
};

let n = 0;
let db: HuashuDB;
afterEach(async () => {
  await db.delete();
});

function setup() {
  db = new HuashuDB(`teach-bg-${n++}`);
  const toTabs: { tabId: number; type: string }[] = [];
  const broadcasts: string[] = [];
  const bg = createBackground(
    backgroundDeps(db, {
      sendToTab: (async (tabId: number, type: string) => {
        toTabs.push({ tabId, type });
        return { ok: true };
      }) as never,
      broadcast: (async (type: string) => void broadcasts.push(type)) as never,
    }),
  );
  return { bg, toTabs, broadcasts };
}

describe('the teach step in the background', () => {
  it('keeps the rule a page taught for its own site only, and the options page resets it', async () => {
    const { bg, broadcasts } = setup();
    expect(await bg.onMessage({ type: 'teach:get', data: { origin: SITE } }, fromContent(4))).toEqual({ rule: null });
    await bg.onMessage({ type: 'teach:save', data: { origin: SITE, rule: RULE } }, fromContent(4));
    expect(await bg.onMessage({ type: 'teach:get', data: { origin: SITE } }, fromContent(5))).toEqual({ rule: RULE });
    // Another site's rule is not this page's to write or read.
    await expect(bg.onMessage({ type: 'teach:save', data: { origin: 'https://shop.example.org', rule: RULE } }, fromContent(4))).rejects.toThrow(/own site/);
    await expect(bg.onMessage({ type: 'teach:get', data: { origin: SITE } }, fromContent(4, 'https://shop.example.org/'))).rejects.toThrow(/own site/);
    // Only the options page resets; the open pages are told to guess again.
    expect(bg.onMessage({ type: 'teach:reset', data: { origin: SITE } }, fromContent(4))).toBeUndefined();
    await bg.onMessage({ type: 'teach:reset', data: { origin: SITE } }, fromOptions);
    expect(broadcasts).toContain('content:teach-changed');
    expect(await bg.onMessage({ type: 'teach:get', data: { origin: SITE } }, fromContent(4))).toEqual({ rule: null });
  });

  it('refuses a rule that is not one (selector syntax in a class, an unknown side) with its path named', async () => {
    const { bg } = setup();
    const bad = { ...RULE, message: { tag: 'div', classes: ['row"]'] } };
    await expect(bg.onMessage({ type: 'teach:save', data: { origin: SITE, rule: bad } }, fromContent(4))).rejects.toThrow(/message\.classes/);
    const side = { ...RULE, sides: { by: 'align', agent: 'middle' } };
    await expect(bg.onMessage({ type: 'teach:save', data: { origin: SITE, rule: side } }, fromContent(4))).rejects.toThrow(/sides/);
    // A rule stored by an older build that no longer passes the schema is not handed to the page.
    await db.settings.put({ key: `transcript-rule:${SITE}`, value: { ...RULE, version: 0 } });
    expect(await bg.onMessage({ type: 'teach:get', data: { origin: SITE } }, fromContent(4))).toEqual({ rule: null });
  });

  it('starts the step in the sidebar’s own tab, and only a sidebar may', async () => {
    const { bg, toTabs } = setup();
    expect(await bg.onMessage({ type: 'teach:start', data: {} }, fromSidebar(9))).toEqual({ ok: true });
    expect(toTabs).toEqual([{ tabId: 9, type: 'content:teach' }]);
    expect(bg.onMessage({ type: 'teach:start', data: {} }, fromContent(9))).toBeUndefined();
  });
});
