import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axBox, chat, clickByRole, expect, isSidebarUrl, launchWithExtension, reachable, serviceWorker, test, waitForLibrary } from './extension';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

/**
 * Issue 12: the sidebar in the browser's own side panel (Chrome sidePanel), which narrows the page instead of lying
 * over it. Headless Chromium shows extension side panels; the panel is not a tab of the Playwright context, so it is
 * reached through a second CDP connection on the DevTools port.
 */

const phrase = zhCN.phrases.find((p) => !/[{}]/.test(p.text) && p.shortcut)!;

/** The bits of the extension API the service worker is asked about. */
interface ChromeApi {
  sidePanel: { getOptions(options: object): Promise<{ enabled?: boolean }> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
}
const panelOffered = (worker: Worker) =>
  worker.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.sidePanel.getOptions({})).enabled === true);
const openPanels = (worker: Worker) =>
  worker.evaluate(
    async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
  );


/** `sidePanel()`: the sidebar page in the browser's side panel, once one shows it (a second CDP connection, made
 *  then: a connection only lists the side panels that existed when it was made). */
const withPanel = test.extend<{ sidePanel: () => Promise<Page> }>({
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir, { debuggingPort: true, windowViewport: true });
    await use(context);
    await context.close();
  },
  sidePanel: async ({ context, userDataDir }, use) => {
    void context;
    const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    let browser: Browser | null = null;
    await use(async () => {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const found = browser.contexts().flatMap((c) => c.pages()).find((p) => isSidebarUrl(p.url()));
      if (!found) throw new Error('no side panel shows the sidebar');
      await found.waitForLoadState();
      return found;
    });
    await (browser as Browser | null)?.close();
  },
});

/** Choose where the sidebar opens, as the agent does on the options page (Settings). */
async function choosePlace(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('tab', { name: '设置' }).click();
  await page.getByRole('radio', { name: label }).check();
}

/** The library installed and the browser side panel chosen on the options page (and offered by the background). */
async function chooseSidePanel(context: BrowserContext, extensionId: string): Promise<{ worker: Worker; options: Page }> {
  await waitForLibrary(context, extensionId);
  const worker = await serviceWorker(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await choosePlace(options, /浏览器侧边栏/);
  await expect.poll(() => panelOffered(worker)).toBe(true);
  return { worker, options };
}

withPanel('in the browser side panel the page narrows, nothing is covered, and Enter inserts into the chat', async ({
  context,
  extensionId,
  sidePanel,
}) => {
  const { worker } = await chooseSidePanel(context, extensionId);

  const page = await context.newPage();
  await page.goto('/console.html');
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
  await chat.focus(page);
  const widthBefore = await page.evaluate(() => document.documentElement.clientWidth);

  await clickByRole(page, 'button', '打开话术侧栏');
  await expect.poll(() => openPanels(worker)).toBe(1);
  const panel = await sidePanel();
  // The panel is outside the tabs Playwright emulates zh-CN in: it follows the browser's own language (English here).
  const search = panel.getByRole('searchbox', { name: 'Search phrases' });
  await expect(search).toBeVisible();
  // The browser gave the panel its width from the page's viewport: no in-page sidebar, and the page's own send
  // button and order panel are where the agent clicks them.
  await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThan(widthBefore - 200);
  console.log(`side panel: page width ${widthBefore} → ${await page.evaluate(() => document.documentElement.clientWidth)}px`);
  expect(page.frames().some((f) => isSidebarUrl(f.url()))).toBe(false);
  expect(await reachable(page, '[data-testid="send"]')).toBe(true);
  expect(await reachable(page, '[data-testid="order-panel"] dl')).toBe(true);

  await search.fill(phrase.shortcut!);
  await expect(panel.getByRole('option').first()).toContainText(phrase.title);
  await search.press('Enter');
  await expect.poll(() => chat.text(page)).toContain(phrase.text);
  await expect(panel.getByRole('status')).toContainText(phrase.title);

  // Esc (a second one: the first clears the query) closes the panel; the hotkey typed in the chat opens it again
  // (never the in-page sidebar).
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await search.press('Escape');
  await expect.poll(() => openPanels(worker)).toBe(0);
  await chat.focus(page);
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => openPanels(worker)).toBe(1);
  expect(page.frames().some((f) => isSidebarUrl(f.url()))).toBe(false);
});

withPanel('back to the in-page sidebar: the side panel is no longer offered and the launcher opens the page’s own', async ({
  context,
  extensionId,
}) => {
  const { worker, options } = await chooseSidePanel(context, extensionId);
  await choosePlace(options, /聊天页面内/);
  await expect.poll(() => panelOffered(worker)).toBe(false);

  const page = await context.newPage();
  await page.goto('/console.html');
  await clickByRole(page, 'button', '打开话术侧栏');
  await expect.poll(() => page.frames().some((f) => isSidebarUrl(f.url()))).toBe(true);
  expect(await openPanels(worker)).toBe(0);
});

