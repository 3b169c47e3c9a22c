// `npm run demo`: opens the demo chat page in Chromium with the built extension loaded.
// With a display, the browser window stays open for you to try it; without one (a server), it runs
// headless, shows the sidebar and an insertion, and writes screenshots to demo-output/.
import { chromium } from '@playwright/test';
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
// Wait for the built-in packs to be installed.
for (let i = 0; i < 50; i++) {
  const count = await worker.evaluate(
    () =>
      new Promise<number>((res) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('phrases')) return res(0);
          const c = db.transaction('phrases').objectStore('phrases').count();
          c.onsuccess = () => res(c.result);
        };
        req.onerror = () => res(0);
      }),
  );
  if (count > 0) break;
  await new Promise((r) => setTimeout(r, 200));
}
await page.reload();
await page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.focus());
await page.keyboard.type('您好，');
// The launcher lives in a closed shadow root (out of the page's reach): open with the shortcut.
await page.keyboard.press('Alt+Shift+H');
const frame = await (async () => {
  for (let i = 0; i < 50; i++) {
    const f = page.frames().find((fr) => fr.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
    if (f) return f;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('sidebar did not open');
})();
await frame.getByRole('searchbox').fill('tuikuan');
await frame.getByRole('option').first().waitFor();
await page.screenshot({ path: join(outDir, '1-sidebar-search.png') });
await frame.getByRole('searchbox').fill('fhsj');
await frame.getByRole('option').first().waitFor();
await frame.getByRole('searchbox').press('Enter');
await page.waitForTimeout(500);
await page.screenshot({ path: join(outDir, '2-inserted.png') });
const text = await page.evaluate(() => (window as unknown as FixtureWindow).chatFixture.getText());
console.log(`Inserted into the Lexical chat input; its model now holds:\n${text}`);
console.log(`Screenshots: ${outDir}/1-sidebar-search.png, ${outDir}/2-inserted.png`);
await context.close();
server.kill();
