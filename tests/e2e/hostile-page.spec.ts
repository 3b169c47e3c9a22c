import type { Page, Worker } from '@playwright/test';
import type { HostileApi } from '../fixtures/hostile-api';
import { axBox, chat, clickByRole, expect, setToneMode, sidebarFrame, test, waitForLibrary } from './extension';

/**
 * Issue 11 ("Hardening"): a page script attacks the extension on a chat page where the content
 * script runs (127.0.0.1 is matched) and from a site where it does not (attacker.localhost).
 * The page's attacks live in tests/fixtures/src/hostile.ts (window.hostile).
 */
const MATCHED = '/hostile.html';
const UNMATCHED = 'http://attacker.localhost:5180/hostile.html';

async function openHostile(page: Page, url = MATCHED): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hostile' in window);
}

/** Run one of the page's attacks in the page's own world. */
function hostile<K extends keyof HostileApi>(
  page: Page,
  name: K,
  ...args: Parameters<HostileApi[K]>
): Promise<Awaited<ReturnType<HostileApi[K]>>> {
  return page.evaluate(
    ([n, a]) => (window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> }).hostile[n]!(...a),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<HostileApi[K]>>>;
}

/** Record the type and query of every message the background receives from now on. */
async function recordMessages(worker: Worker): Promise<() => Promise<{ type: string; query?: string }[]>> {
  await worker.evaluate(() => {
    type Listener = (m: { type?: string; data?: { query?: string } }) => undefined;
    const g = globalThis as unknown as { __seen?: unknown[]; chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } };
    g.__seen = [];
    g.chrome.runtime.onMessage.addListener((m) => {
      g.__seen?.push({ type: m.type, query: m.data?.query });
      return undefined;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __seen: { type: string; query?: string }[] }).__seen.slice());
}

test.describe('a page script without the agent', () => {
  test('a synthetic compositionend does not search or open the suggestion list', async ({ context, extensionId, worker }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await openHostile(page);
    const seen = await recordMessages(worker);
    await chat.focus(page);
    await hostile(page, 'syntheticCompositionEnd', '/退款');
    // The positive signal: the agent's own typing afterwards reaches the background...
    await page.keyboard.type(' /wl');
    await expect.poll(async () => (await seen()).some((m) => m.type === 'slash:search' && m.query === 'wl')).toBe(true);
    await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
    // ...and nothing before it asked the library about the page's "/退款".
    const queries = (await seen()).filter((m) => m.type === 'slash:search').map((m) => m.query);
    expect(queries.filter((q) => !['', 'w', 'wl'].includes(q ?? ''))).toEqual([]);
  });

  test('a synthetic compositionstart does not switch the send check off', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    await setToneMode(context, extensionId, 'block');
    const page = await context.newPage();
    await openHostile(page);
    await chat.focus(page);
    await hostile(page, 'syntheticCompositionStart');
    // An error-level draft: Enter must still stop and show the check.
    await page.keyboard.type('这不是我们的问题，您再看看。');
    await page.keyboard.press('Enter');
    await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
    expect(await chat.sent(page)).toEqual([]);
  });

  test('a synthetic compositionstart does not make a sidebar insertion wait', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await openHostile(page);
    // The content script is up (its launcher is there) before the agent's hotkey.
    await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
    await chat.focus(page);
    await hostile(page, 'syntheticCompositionStart');
    await page.keyboard.press('Alt+Shift+H');
    const sidebar = await sidebarFrame(page, extensionId);
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    await sidebar.getByRole('searchbox').press('Enter');
    // Well within the composition time-out (10 s): the page's fake composition is not waited for.
    await expect.poll(() => chat.text(page), { timeout: 5_000 }).toContain('16:00');
  });
});

/** Accessible names of the suggestion list's options, as assistive technology gets them. */
async function optionNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role: 'option' });
    return nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}

/** Open the agent's own sidebar on the matched hostile page; returns its URL as framed (with its key) and without the key. */
async function legitSidebar(page: Page, extensionId: string): Promise<{ withKey: string; bare: string }> {
  await openHostile(page);
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  const sidebar = await sidebarFrame(page, extensionId);
  await expect(sidebar.getByRole('option').first()).toBeVisible();
  const withKey = (await (await sidebar.frameElement()).getAttribute('src')) ?? '';
  return { withKey, bare: withKey.replace(/#.*$/, '') };
}

test.describe('other sites framing or fetching the sidebar', () => {
  test('a site cannot fetch sidebar.html at the fixed extension URL to fingerprint the extension', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await openHostile(page, UNMATCHED);
    // The page's own resources load (the probe works)...
    expect(await hostile(page, 'fetchStatus', '/hostile.html')).toBe('ok');
    // ...the extension's fixed URL does not.
    expect(await hostile(page, 'fetchStatus', `chrome-extension://${extensionId}/sidebar.html`)).toBe('blocked');
  });

  test('a site that frames the sidebar (even at its current URL) gets a notice and no phrase to click', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const { bare } = await legitSidebar(await context.newPage(), extensionId);
    const page = await context.newPage();
    await openHostile(page, UNMATCHED);
    await hostile(page, 'frame', bare);
    const stolen = page.frameLocator('#stolen');
    await expect(stolen.getByRole('alert')).toContainText('不是话术助手在本页打开的');
    await expect(stolen.getByRole('option')).toHaveCount(0);
    await expect(stolen.getByRole('searchbox')).toHaveCount(0);
  });

  test('a chat page that frames the sidebar with its used key gets nothing; a click on the bait inserts nothing', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    const { withKey } = await legitSidebar(page, extensionId);
    await page.keyboard.press('Escape');
    await chat.focus(page);
    await hostile(page, 'frame', withKey);
    const stolen = page.frameLocator('#stolen');
    await expect(stolen.getByRole('alert')).toContainText('不是话术助手在本页打开的');
    await expect(stolen.getByRole('option')).toHaveCount(0);
    await page.mouse.click(200, 200);
    await page.mouse.click(200, 160);
    expect(await chat.text(page)).toBe('');
  });
});

test.describe('clickjacking on the extension’s own elements', () => {
  test('page CSS and inline styles cannot make the open sidebar transparent; its host has a new random name each load', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await legitSidebar(page, extensionId);
    const tags = await hostile(page, 'extensionTags');
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((t) => t.startsWith('huashu-'))).toEqual([]);
    await hostile(page, 'hideExtensionUi');
    // What the browser draws with: every element the extension added stays fully opaque.
    await expect.poll(() => hostile(page, 'extensionOpacity')).toEqual(tags.map(() => 1));
    // ...and, drawn as the agent sees it, it inserts as usual.
    const sidebar = await sidebarFrame(page, extensionId);
    await sidebar.getByRole('searchbox').fill('fhsj');
    await sidebar.getByRole('searchbox').press('Enter');
    await expect.poll(() => chat.text(page)).toContain('16:00');

    await page.reload();
    await page.waitForFunction(() => 'hostile' in window);
    const again = await hostile(page, 'extensionTags');
    expect(again.filter((t) => tags.includes(t))).toEqual([]);
  });

  test('an insertion under an overlay the page hit test cannot see (pointer-events: none) is refused too', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await legitSidebar(page, extensionId);
    const sidebar = await sidebarFrame(page, extensionId);
    // The positive signal first: uncovered, the same Enter inserts.
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    await sidebar.getByRole('searchbox').press('Enter');
    await expect.poll(() => chat.text(page)).toContain('16:00');
    const before = await chat.text(page);

    await hostile(page, 'coverWithBait', true);
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    await sidebar.getByRole('searchbox').press('Enter');
    await expect(sidebar.getByText('未插入：页面上有内容遮挡或隐藏了侧栏。')).toBeVisible();
    expect(await chat.text(page)).toBe(before);
  });

  test('an insertion from a sidebar the page covers is refused and the agent is told', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await legitSidebar(page, extensionId);
    const sidebar = await sidebarFrame(page, extensionId);
    await hostile(page, 'coverWithBait', false);
    // The search keeps the keyboard focus under the bait: Enter would insert unseen.
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    await sidebar.getByRole('searchbox').press('Enter');
    await expect(sidebar.getByText('未插入：页面上有内容遮挡或隐藏了侧栏。')).toBeVisible();
    expect(await chat.text(page)).toBe('');
  });
});

test.describe('probing the suggestion list the agent opened', () => {
  test('its text is not found by window.find, not drawn in a font the page can define, and its size does not tell the count', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      const m = /\/font-probe\/([^/]+)\.woff2$/.exec(r.url());
      if (m?.[1]) fonts.push(m[1]);
    });
    await openHostile(page);
    await hostile(page, 'installFontProbe');
    // The probe works: the page's own control character in "PingFang SC" fetched its font.
    await expect.poll(() => fonts).toContain('control');
    await chat.focus(page);
    await page.keyboard.type('/退款');
    await expect.poll(() => optionNames(page).then((n) => n.length)).toBeGreaterThan(2);
    const names = await optionNames(page);
    expect(names.every((n) => n.length > 0)).toBe(true);
    // find-in-page finds the page's own text, not the list's.
    expect(await hostile(page, 'find', '客服工作台')).toBe(true);
    // The start of each title (the name is title, shortcut, preview).
    for (const name of names) expect(await hostile(page, 'find', (name.split(' ')[0] ?? name).slice(0, 4)), name).toBe(false);
    const full = await hostile(page, 'coveredHeight');
    expect(full).toBeGreaterThan(100);

    // Fewer results (none): the list covers the same area.
    await page.keyboard.type('zzqxjv');
    await expect.poll(() => optionNames(page)).toEqual([]);
    await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
    expect(await hostile(page, 'coveredHeight')).toBe(full);
    // Layout and fonts of the list are settled by now (a hit test forces layout): no probe font
    // was fetched for anything the list drew.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(fonts).toEqual(['control']);
  });
});
