/**
 * The chat-page fixtures themselves, without the extension: each one must behave like a chat
 * app (Enter sends, Shift+Enter breaks the line, the send button sends, sending empties the
 * composer) and report its editor's own model, so that the extension's e2e tests can trust it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import type { ChatFixture } from '../fixtures/src/chat-fixture';

const BASE_URL = process.env.FIXTURES_URL ?? 'http://127.0.0.1:5178/';
const SERVER_SCRIPT = fileURLToPath(new URL('../../scripts/serve-fixtures.mjs', import.meta.url));

type FixtureWindow = Window & { chatFixture?: ChatFixture };

interface ModelSnapshot {
  readonly text: string;
  readonly caret: number | null;
  readonly sent: string[];
}

let browser: Browser;
let server: ChildProcess | null = null;

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/** Uses the fixture server when one runs (the Playwright config's webServer); otherwise starts one. */
async function ensureServer(): Promise<void> {
  const index = new URL('index.html', BASE_URL).href;
  if (await reachable(index)) return;
  const port = new URL(BASE_URL).port || '80';
  const child = spawn(process.execPath, [SERVER_SCRIPT, port], { stdio: ['ignore', 'ignore', 'pipe'] });
  server = child;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await reachable(index)) return;
    if (child.exitCode !== null) throw new Error(`fixture server exited: ${stderr.trim()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`fixture server did not answer on ${index}: ${stderr.trim()}`);
}

async function model(page: Page): Promise<ModelSnapshot> {
  return page.evaluate(() => {
    const fixture = (window as FixtureWindow).chatFixture;
    if (fixture === undefined) throw new Error('window.chatFixture is missing');
    return { text: fixture.getText(), caret: fixture.getCaret(), sent: [...fixture.sent] };
  });
}

function composerOf(page: Page, fixture: FixturePage): Locator {
  return fixture.host === 'iframe'
    ? page.frameLocator('[data-testid=composer-frame]').locator('[data-testid=composer]')
    : page.locator('[data-testid=composer]'); // CSS locators pierce open shadow roots
}

async function openFixture(page: Page, fixture: FixturePage): Promise<Locator> {
  await page.goto(new URL(fixture.file, BASE_URL).href);
  await page.waitForFunction(() => (window as FixtureWindow).chatFixture !== undefined);
  const composer = composerOf(page, fixture);
  await composer.click();
  return composer;
}

/** What a user typing "line one", Shift+Enter, "line two" ends up with. */
function joinLines(fixture: FixturePage, first: string, second: string): string {
  return fixture.multiline ? `${first}\n${second}` : `${first}${second}`;
}

test.beforeAll(async () => {
  await ensureServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

test.afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('the index page links every fixture', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('index.html', BASE_URL).href);
  const hrefs = await page.locator('nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(FIXTURE_PAGES.map((fixture) => `./${fixture.file}`));
  await page.close();
});

for (const fixture of FIXTURE_PAGES) {
  test.describe(`${fixture.editor} fixture`, () => {
    let page: Page;
    let pageErrors: string[];

    test.beforeEach(async () => {
      page = await browser.newPage();
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    test.afterEach(async () => {
      await page.close();
      expect(pageErrors, 'uncaught errors on the page').toEqual([]);
    });

    test('looks like a chat console with the customer\'s first message', async () => {
      await page.goto(new URL(fixture.file, BASE_URL).href);
      await expect(page.getByTestId('customer-message')).toHaveText('你好，我的快递到哪了？');
      await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
      await expect(page.getByTestId('message')).toHaveCount(0);
      await page.waitForFunction(() => (window as FixtureWindow).chatFixture !== undefined);
      expect(await page.evaluate(() => (window as FixtureWindow).chatFixture?.editor)).toBe(fixture.editor);
    });

    test('Enter sends exactly the typed text, Shift+Enter breaks the line, the composer empties', async () => {
      await openFixture(page, fixture);
      await page.keyboard.type('你好 world');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('查一下物流');
      const expected = joinLines(fixture, '你好 world', '查一下物流');

      const typed = await model(page);
      expect(typed.text).toBe(expected);
      expect(typed.sent).toEqual([]);
      if (fixture.reportsCaret) expect(typed.caret).toBe(expected.length);

      await page.keyboard.press('Enter');
      const after = await model(page);
      expect(after.sent).toEqual([expected]);
      expect(after.text).toBe('');
      if (fixture.reportsCaret) expect(after.caret).toBe(0);
      const messages = page.getByTestId('message');
      await expect(messages).toHaveCount(1);
      expect(await messages.first().textContent()).toBe(expected);

      // The composer keeps working after a send.
      await page.keyboard.type('second');
      await page.keyboard.press('Enter');
      expect((await model(page)).sent).toEqual([expected, 'second']);
      await expect(messages).toHaveCount(2);
    });

    test('keyboard.insertText lands in the model at the caret and typing continues after it', async () => {
      await openFixture(page, fixture);
      await page.keyboard.type('请问单号');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.insertText('您的');
      let snapshot = await model(page);
      expect(snapshot.text).toBe('请问您的单号');
      if (fixture.reportsCaret) expect(snapshot.caret).toBe(4);

      await page.keyboard.type('订单');
      snapshot = await model(page);
      expect(snapshot.text).toBe('请问您的订单单号');
      if (fixture.reportsCaret) expect(snapshot.caret).toBe(6);

      await page.keyboard.press('Enter');
      expect((await model(page)).sent).toEqual(['请问您的订单单号']);
    });

    test('keeps its text and caret while focus is in another frame, and Ctrl+Z takes an insertion back', async () => {
      await openFixture(page, fixture);
      await page.keyboard.type('稍等');
      // Editors group edits into one undo step by time (Lexical/Quill 300 ms, ProseMirror 500 ms);
      // an agent searching the sidebar pauses far longer than that before inserting.
      await page.waitForTimeout(1000);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.insertText('您');
      const inserted = await model(page);
      expect(inserted.text).toBe('稍您等');
      if (fixture.reportsCaret) expect(inserted.caret).toBe(2);

      // Focus moves into another frame, as when the agent types in the sidebar.
      await page.evaluate(async () => {
        const frame = document.createElement('iframe');
        frame.id = 'elsewhere';
        frame.srcdoc = '<input aria-label="Search">';
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
        document.body.append(frame);
        await loaded;
      });
      await page.frameLocator('#elsewhere').getByLabel('Search').click();
      await page.keyboard.type('query');
      const away = await model(page);
      expect(away.text).toBe('稍您等');
      if (fixture.reportsCaret) expect(away.caret).toBe(2);

      await page.evaluate(() => (window as FixtureWindow).chatFixture?.focus());
      if (fixture.reportsCaret) expect((await model(page)).caret).toBe(2);
      await page.keyboard.press('Control+z');
      expect((await model(page)).text).toBe('稍等');
    });

    test('the Send button sends the model text; an empty composer sends nothing', async () => {
      await openFixture(page, fixture);
      await page.getByRole('button', { name: 'Send' }).click();
      expect((await model(page)).sent).toEqual([]);

      await composerOf(page, fixture).click();
      await page.keyboard.type('好的，马上为您查询');
      await page.getByRole('button', { name: 'Send' }).click();
      const snapshot = await model(page);
      expect(snapshot.sent).toEqual(['好的，马上为您查询']);
      expect(snapshot.text).toBe('');
      await expect(page.getByTestId('message')).toHaveText(['好的，马上为您查询']);
    });

    test('an Enter that belongs to an IME (keyCode 229) neither sends nor changes the text', async () => {
      await openFixture(page, fixture);
      await page.keyboard.type('亲');
      const cdp = await page.context().newCDPSession(page);
      for (const type of ['rawKeyDown', 'keyUp'] as const) {
        await cdp.send('Input.dispatchKeyEvent', {
          type,
          key: 'Enter',
          code: 'Enter',
          windowsVirtualKeyCode: 229,
          nativeVirtualKeyCode: 229,
        });
      }
      await cdp.detach();
      const snapshot = await model(page);
      expect(snapshot.sent).toEqual([]);
      expect(snapshot.text).toBe('亲');
    });
  });
}

test('react-textarea: a plain value assignment does not reach React state, so it is not sent', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('react-textarea.html', BASE_URL).href);
  const composer = page.getByTestId('composer');
  await composer.click();
  await page.keyboard.type('在的');
  await composer.evaluate((element) => {
    (element as HTMLTextAreaElement).value = '在的，亲';
  });
  expect((await model(page)).text).toBe('在的');
  await page.keyboard.press('Enter');
  expect((await model(page)).sent).toEqual(['在的']);
  await page.close();
});
