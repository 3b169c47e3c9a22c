// `npm run demo`: opens the demo chat page in Chromium with the built extension loaded.
// With a display, the browser window stays open for you to try it; without one (a server), it runs
// headless, shows the sidebar and an insertion, and writes screenshots to demo-output/.
import { chromium, type Frame, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { chromiumPath, extensionArgs } from '../tests/e2e/browser';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 5179;

/** What the fixture chat pages expose (tests/fixtures). */
interface FixtureWindow {
  chatFixture: { focus(): void; getText(): string };
}
const extensionDir = resolve('.output/chrome-mv3');
const outDir = resolve('demo-output');

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const server = spawn(process.execPath, ['scripts/serve-fixtures.mjs', String(PORT)], { stdio: ['ignore', 'inherit', 'inherit'] });
const stopServer = () => server.exitCode === null && server.kill();
process.on('exit', stopServer);
process.on('uncaughtException', (error) => {
  console.error(`demo failed: ${error.message}`);
  stopServer();
  process.exit(1);
});
await new Promise((r) => setTimeout(r, 500));

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'huashu-demo-')), {
  headless,
  executablePath: chromiumPath(),
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
  args: extensionArgs(extensionDir),
});

console.log('demo: browser started');
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`http://127.0.0.1:${PORT}/lexical.html`);

if (!headless) {
  console.log(`Demo open: http://127.0.0.1:${PORT}/index.html lists every editor. Close the browser to stop.`);
  await new Promise((r) => context.on('close', r));
  server.kill();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
// Wait for the built-in packs to be installed (the options page reads the same IndexedDB).
const options = await context.newPage();
await options.goto(`chrome-extension://${extensionId}/options.html`);
await options.waitForFunction(
  async () => {
    // Not before the extension created it (opening a missing database would create an empty one).
    if (!(await indexedDB.databases()).some((d) => d.name === 'huashu')) return false;
    return new Promise<boolean>((res) => {
      const req = indexedDB.open('huashu');
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('phrases')) return res(false);
        const c = db.transaction('phrases').objectStore('phrases').count();
        c.onsuccess = () => {
          db.close();
          res(c.result > 0);
        };
      };
      req.onerror = () => res(false);
    });
  },
  undefined,
  { polling: 200, timeout: 20_000 },
);

/** Language and theme as the agent sets them on the options page (stored in the extension's own IndexedDB). */
async function setUi(locale: 'zh-CN' | 'en', theme: 'light' | 'dark'): Promise<void> {
  await options.evaluate(
    ({ locale, theme }) =>
      new Promise<void>((res, rej) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const get = store.get('ui');
          get.onsuccess = () => store.put({ key: 'ui', value: { ...(get.result?.value ?? {}), locale, theme } });
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        };
      }),
    { locale, theme },
  );
}

/** The sidebar frame on the page (its URL's host is a per-session id: matched by path). */
async function sidebarOf(p: Page): Promise<Frame> {
  for (;;) {
    const f = p.frames().find((fr) => /^chrome-extension:\/\/[^/]+\/sidebar\.html/.test(fr.url()));
    if (f) return f;
    // Its frame is attached blank and then navigated to the sidebar.
    await p.waitForEvent('framenavigated', { timeout: 10_000 });
  }
}

/** Waits until the accessibility tree has the launcher button (closed shadow roots are in it). */
async function launcherShown(p: Page, name: string): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  try {
    for (let i = 0; i < 100; i++) {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' });
      if (nodes.some((n) => !n.ignored)) return;
      await p.waitForTimeout(100);
    }
    throw new Error('the launcher did not appear');
  } finally {
    await cdp.detach();
  }
}

const shots: string[] = [];
for (const locale of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    await setUi(locale, theme);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`http://127.0.0.1:${PORT}/console.html`);
    await page.locator('[data-testid="send"]').waitFor();
    await page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.focus());
    // The launcher lives in a closed shadow root (out of the page's reach): open with the shortcut, once the
    // content script is there to hear it (its launcher is in the accessibility tree).
    await launcherShown(page, locale === 'en' ? 'Open phrase sidebar' : '打开话术侧栏');
    await page.keyboard.type(locale === 'en' ? 'Hi, ' : '您好，');
    await page.keyboard.press('Alt+Shift+H');
    const frame = await sidebarOf(page);
    const search = frame.getByRole('searchbox');
    await search.waitFor();
    // The built-in library is the agent's browser language's: Chinese phrases, found by pinyin (the English UI too).
    await search.fill('tuikuan');
    await frame.getByRole('option').first().waitFor();
    // Two animation frames in the sidebar, then a pause: headless Chromium composites a new out-of-process frame
    // into the page's picture a while after the frame itself has painted (without it, the sidebar can show blank).
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(1500);
    const file = join(outDir, `console-${locale}-${theme}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    if (locale === 'zh-CN' && theme === 'light') {
      await search.fill('fhsj');
      await frame.getByRole('option').first().waitFor();
      await search.press('Enter');
      await frame.getByRole('status').filter({ hasText: /已插入|Inserted/ }).waitFor({ timeout: 10_000 });
      const inserted = join(outDir, 'console-inserted.png');
      await page.screenshot({ path: inserted });
      shots.push(inserted);
      const text = await page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.getText());
      console.log(`Inserted into the console's chat input; its model now holds:\n${text}`);
    }
    // Closed again (Esc clears the query, a second Esc closes), so the next page load starts without it.
    await search.press('Escape');
    await search.press('Escape');
    await launcherShown(page, locale === 'en' ? 'Open phrase sidebar' : '打开话术侧栏');
  }
}
console.log(`Screenshots:\n${shots.join('\n')}`);
await context.close();
server.kill();
