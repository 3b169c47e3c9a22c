/**
 * The transcript reader (utils/page/transcript/) on every transcript fixture, in a real Chromium with real layout and
 * without the extension: the reader is bundled once (an IIFE) and added to the page. For each shape it must find the
 * log, read the customer's last message with the right side, and report a newly received customer message once (not
 * again for the agent's reply, nor for a virtualised list's recycled nodes).
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { FIXTURE_PAGES, TRANSCRIPT_PAGES, type TranscriptPage } from '../fixtures/pages';
import type { ChatFixture, FixtureMessage } from '../fixtures/src/chat-fixture';
import { HISTORY } from '../fixtures/src/transcript-history';
import type * as Reader from '../../utils/page/transcript/index';
import { expect, test as plainTest } from './plain';

type ReaderWindow = Window & {
  chatFixture?: ChatFixture;
  HuashuTranscript?: typeof Reader;
  /** What the watcher reported, as "side: text". */
  reported?: string[];
  stopWatching?: () => void;
};

interface Reading {
  readonly log: string | null;
  readonly messages: readonly { side: Reader.Side; text: string }[];
  readonly last: string | null;
  readonly truth: readonly FixtureMessage[];
}

/** The reader as one script a page can run (the same source the content script will import). */
async function bundleReader(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: resolve('utils/page/transcript/index.ts'), formats: ['iife'], name: 'HuashuTranscript', fileName: () => 'reader.js' },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    for (const chunk of output.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('the reader bundle has no code');
}

const test = plainTest.extend<object, { reader: string }>({
  // eslint-disable-next-line no-empty-pattern
  reader: [async ({}, use) => use(await bundleReader()), { scope: 'worker' }],
});

const LAST_CUSTOMER = [...HISTORY].reverse().find((m) => m.side === 'customer')?.text;

async function open(page: Page, fixture: TranscriptPage, reader: string): Promise<void> {
  await page.goto(`/${fixture.file}`);
  await page.waitForFunction(() => (window as ReaderWindow).chatFixture !== undefined);
  if (fixture.shape === 'frame') {
    await expect(page.frameLocator('[data-testid=transcript-frame]').locator('.chat-item')).toHaveCount(HISTORY.length);
  }
  await page.addScriptTag({ content: reader });
}

/** What the reader reads from the composer, and what the page holds. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const w = window as ReaderWindow;
    const api = w.HuashuTranscript;
    const composer = document.querySelector('[data-testid=composer]');
    if (!api || !w.chatFixture || !composer) throw new Error('reader, fixture or composer missing');
    const transcript = api.readTranscript(composer, { sent: w.chatFixture.sent });
    return {
      log: transcript.log ? `${transcript.log.localName}.${transcript.log.className}` : null,
      messages: transcript.messages.map((m) => ({ side: m.side, text: m.text })),
      last: api.lastCustomerMessage(transcript)?.text ?? null,
      truth: w.chatFixture.conversation(),
    };
  });
}

/** Share of the messages read whose side is the one the page gave them (text unknown to the page counts as wrong). */
function sideAccuracy(reading: Reading): { right: number; of: number } {
  const truth = new Map(reading.truth.map((m) => [m.text, m.side]));
  const right = reading.messages.filter((m) => truth.get(m.text) === m.side).length;
  return { right, of: reading.messages.length };
}

function watch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as ReaderWindow;
    const composer = document.querySelector('[data-testid=composer]');
    if (!w.HuashuTranscript || !composer) throw new Error('reader or composer missing');
    w.reported = [];
    const reported = w.reported;
    w.stopWatching = w.HuashuTranscript.watchTranscript(composer, (m) => reported.push(`${m.side}: ${m.text}`), {
      sent: () => w.chatFixture?.sent ?? [],
    });
  });
}

/** Two animation frames have passed in the page: a watcher woken by a mutation before this call has run. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const reported = (page: Page) => page.evaluate(() => [...((window as ReaderWindow).reported ?? [])]);
const receive = (page: Page, text: string) => page.evaluate((t) => (window as ReaderWindow).chatFixture?.receive(t), text);

async function reply(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as ReaderWindow).chatFixture?.sent.at(-1))).toBe(text);
}

/** Scrolls a virtualised transcript to its top and back, waiting each time for the rows it then shows. */
async function scrollAround(page: Page): Promise<void> {
  const list = page.getByTestId('transcript');
  await list.evaluate((el) => el.scrollTo(0, 0));
  await expect(list.getByText('（历史）第 1 个问题：这款还有现货吗？')).toBeVisible();
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list.getByText(LAST_CUSTOMER ?? '')).toBeVisible();
}

for (const fixture of TRANSCRIPT_PAGES) {
  test(`${fixture.shape}: finds the log, reads the customer's last message and who wrote each`, async ({ page, reader }) => {
    await open(page, fixture, reader);
    const reading = await read(page);
    const { right, of } = sideAccuracy(reading);
    console.log(`transcript ${fixture.shape}: log ${reading.log}; last customer message ${reading.last === LAST_CUSTOMER ? 'right' : `wrong (${reading.last})`}; sides ${right}/${of}`);
    expect(reading.log).not.toBeNull();
    expect(reading.last).toBe(LAST_CUSTOMER);
    expect(of).toBeGreaterThanOrEqual(HISTORY.length);
    expect(right).toBe(of);
  });

  test(`${fixture.shape}: reports a newly received customer message once`, async ({ page, reader }) => {
    await open(page, fixture, reader);
    await watch(page);
    await receive(page, '请问可以改地址吗？');
    await expect.poll(() => reported(page)).toEqual(['customer: 请问可以改地址吗？']);
    // The page restyles that message (a hover, a read mark): nothing new, even though the newest row is the customer's.
    await page.evaluate(() => {
      const w = window as ReaderWindow;
      const composer = document.querySelector('[data-testid=composer]');
      if (composer) w.HuashuTranscript?.readTranscript(composer).messages.at(-1)?.el.classList.add('is-hovered');
    });
    await nextFrames(page);
    expect(await reported(page)).toEqual(['customer: 请问可以改地址吗？']);
    // The agent's reply is no customer message; recycled rows show nothing new.
    await reply(page, '可以的，请把新地址发给我');
    if (fixture.shape === 'virtual') await scrollAround(page);
    await receive(page, '上海市浦东新区世纪大道 100 号');
    await expect.poll(() => reported(page)).toEqual(['customer: 请问可以改地址吗？', 'customer: 上海市浦东新区世纪大道 100 号']);
    // Stopped, it reports nothing more; the page's own rendering of the next message is the signal to look.
    await page.evaluate(() => (window as ReaderWindow).stopWatching?.());
    await receive(page, '谢谢');
    const frame = fixture.shape === 'frame' ? page.frameLocator('[data-testid=transcript-frame]') : page;
    await expect(frame.getByText('谢谢', { exact: true })).toBeVisible();
    await nextFrames(page);
    expect(await reported(page)).toHaveLength(2);
  });
}

// The editor fixtures' own transcript (a role="log" with the customer's first message), read from each editor's composer:
// in the page, in a same-origin iframe under the log, in an open shadow root.
for (const fixture of FIXTURE_PAGES) {
  test(`from the ${fixture.editor} composer: finds its page's log and the customer's message`, async ({ page, reader }) => {
    await page.goto(`/${fixture.file}`);
    await page.waitForFunction(() => (window as ReaderWindow).chatFixture !== undefined);
    await page.addScriptTag({ content: reader });
    const last = await page.evaluate((host) => {
      const api = (window as ReaderWindow).HuashuTranscript;
      const composer =
        host === 'iframe'
          ? document.querySelector<HTMLIFrameElement>('[data-testid=composer-frame]')?.contentDocument?.querySelector('[data-testid=composer]')
          : host === 'shadow'
            ? document.querySelector('[data-testid=composer-host]')?.shadowRoot?.querySelector('[data-testid=composer]')
            : document.querySelector('[data-testid=composer]');
      if (!api || !composer) throw new Error('reader or composer missing');
      const transcript = api.readTranscript(composer);
      return { log: transcript.log?.getAttribute('data-testid'), last: api.lastCustomerMessage(transcript)?.text };
    }, fixture.host);
    expect(last).toEqual({ log: 'log', last: '你好，我的快递到哪了？' });
  });
}

test('the index page lists every transcript page', async ({ page }) => {
  await page.goto('/index.html');
  const links = page.getByRole('navigation', { name: 'Transcript pages' }).locator('a');
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(TRANSCRIPT_PAGES.map((p) => `./${p.file}`));
});
