// Typing overhead of the content script (tone check, slash trigger, editor tracking) on chat pages:
// typing 300 characters into the textarea and Lexical fixtures, and into the chat input of a page with a transcript
// (where the transcript reader is loaded and its observers watch the log while the agent types), with the extension
// loaded vs. a browser without it, side by side in one run. Needs `npm run build` and `npm run build:fixtures`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, extensionArgs, EXTENSION_DIR } from '../tests/e2e/browser';

const PORT = 5190;
const BASE = `http://127.0.0.1:${PORT}`;
const FIXTURES = ['textarea.html', 'lexical.html', 'transcript-classes.html'] as const;
const ROUNDS = 5;
/** A draft with flagged wording in it, so the checker has findings to draw while typing. */
const SENTENCE = '亲，你好，我不能给你退款，但是可以换货。这个不行哦，您耐心等一下，please wait a moment, thanks! ';
const TEXT = SENTENCE.repeat(Math.ceil(300 / SENTENCE.length)).slice(0, 300);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${BASE}/index.html`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fixture server did not start on ${BASE} (run "npm run build:fixtures" first)`);
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-bench-'));
  const args = withExtension ? extensionArgs(EXTENSION_DIR) : extensionArgs(EXTENSION_DIR).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: chromiumPath(),
    args,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
  });
  return { context, dir };
}

interface Sample {
  /** Wall-clock milliseconds from the first key to the editor model holding all characters, pending frames included. */
  wall: number;
  /** Milliseconds the page's renderer main thread spent running tasks meanwhile (CDP Performance.TaskDuration). */
  busy: number;
}

async function typeOnce(context: BrowserContext, file: string, withExtension: boolean): Promise<Sample> {
  const page: Page = await context.newPage();
  await page.goto(`${BASE}/${file}`);
  await page.waitForFunction(() => 'chatFixture' in window);
  // With the extension: wait until its content script is running on the page.
  // (Its hosts have random names: they are the elements under <html> the page did not add itself.)
  if (withExtension) {
    await page.waitForFunction(
      () => Array.from(document.documentElement.children).some((el) => el !== document.head && el !== document.body),
      undefined,
      { timeout: 15_000 },
    );
  }
  await page.evaluate(() => (window as unknown as { chatFixture: { focus(): void } }).chatFixture.focus());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const busy0 = await taskDuration();
  const start = performance.now();
  await page.keyboard.type(TEXT);
  await page.waitForFunction(
    (n) => (window as unknown as { chatFixture: { getText(): string } }).chatFixture.getText().length >= n,
    TEXT.length,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const wall = performance.now() - start;
  const busy = (await taskDuration()) - busy0;
  const got = await page.evaluate(() => (window as unknown as { chatFixture: { getText(): string } }).chatFixture.getText());
  await cdp.detach();
  await page.close();
  if (got !== TEXT) throw new Error(`${file}: the editor holds ${JSON.stringify(got.slice(0, 40))}… instead of the typed text`);
  return { wall, busy };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export default async function typingOverhead(): Promise<void> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve-fixtures.mjs', String(PORT)], { stdio: 'ignore' });
  const launched: { context: BrowserContext; dir: string }[] = [];
  try {
    await waitForServer();
    const plain = await launch(false);
    launched.push(plain);
    const ext = await launch(true);
    launched.push(ext);
    console.log(`typing ${TEXT.length} characters (page.keyboard.type); median of ${ROUNDS} rounds alternating between the two browsers`);
    console.log('wall = first key to the model holding the text; main thread = renderer task time meanwhile (less sensitive to machine load)');
    console.log(
      `${'fixture'.padEnd(24)}${'wall without'.padStart(13)}${'wall with'.padStart(11)}${'ratio'.padStart(8)}${'main without'.padStart(14)}${'main with'.padStart(11)}${'ratio'.padStart(8)}  budget 1.25× (wall)`,
    );
    for (const file of FIXTURES) {
      await typeOnce(plain.context, file, false); // warm-up (first navigation, JIT)
      await typeOnce(ext.context, file, true);
      const without: Sample[] = [];
      const withExt: Sample[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        without.push(await typeOnce(plain.context, file, false));
        withExt.push(await typeOnce(ext.context, file, true));
      }
      const wa = median(without.map((s) => s.wall));
      const wb = median(withExt.map((s) => s.wall));
      const ba = median(without.map((s) => s.busy));
      const bb = median(withExt.map((s) => s.busy));
      const ms = (v: number, w: number) => `${v.toFixed(0)} ms`.padStart(w);
      console.log(
        `${file.padEnd(24)}${ms(wa, 13)}${ms(wb, 11)}${`${(wb / wa).toFixed(2)}×`.padStart(8)}${ms(ba, 14)}${ms(bb, 11)}${`${(bb / ba).toFixed(2)}×`.padStart(8)}  ${wb / wa <= 1.25 ? 'within' : 'OVER'}`,
      );
    }
    const load = loadavg()[0] ?? 0;
    console.log(`machine load average while measuring: ${load.toFixed(1)} on ${cpus().length} cores${load > cpus().length ? ' (busy: wall figures are noisy)' : ''}`);
  } finally {
    for (const { context, dir } of launched) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    server.kill();
  }
}
