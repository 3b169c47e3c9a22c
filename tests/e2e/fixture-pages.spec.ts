/**
 * The chat-page fixtures themselves, without the extension: each one must behave like a chat
 * app (Enter sends, Shift+Enter breaks the line, the send button sends, sending empties the
 * composer) and report its editor's own model, so that the extension's e2e tests can trust it.
 */
import type { Locator, Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import type { ChatFixture } from '../fixtures/src/chat-fixture';
import { expect, test } from './plain';

type FixtureWindow = Window & { chatFixture?: ChatFixture };

interface ModelSnapshot {
  readonly text: string;
  readonly caret: number | null;
  readonly sent: string[];
}

async function model(page: Page): Promise<ModelSnapshot> {
  return page.evaluate(() => {
    const fixture = (window as FixtureWindow).chatFixture;
    if (fixture === undefined) throw new Error('window.chatFixture is missing');
    return { text: fixture.getText(), caret: fixture.getCaret(), sent: [...fixture.sent] };
  });
}

/** The page's own send control: the shell's labelled "Send" button, or the composer's own icon button. */
function sendControl(page: Page, fixture: FixturePage): Locator {
  return fixture.sendSelector ? page.locator(fixture.sendSelector) : page.getByRole('button', { name: 'Send' });
}

function composerOf(page: Page, fixture: FixturePage): Locator {
  return fixture.host === 'iframe'
    ? page.frameLocator('[data-testid=composer-frame]').locator('[data-testid=composer]')
    : page.locator('[data-testid=composer]'); // CSS locators pierce open shadow roots
}

async function openFixture(page: Page, fixture: FixturePage): Promise<Locator> {
  await page.goto(`/${fixture.file}`);
  await page.waitForFunction(() => (window as FixtureWindow).chatFixture !== undefined);
  const composer = composerOf(page, fixture);
  await composer.click();
  return composer;
}

/** What a user typing "line one", Shift+Enter, "line two" ends up with. */
function joinLines(fixture: FixturePage, first: string, second: string): string {
  return fixture.multiline ? `${first}\n${second}` : `${first}${second}`;
}

test('the index page links every fixture', async ({ page }) => {
  await page.goto('/index.html');
  const links = page.getByRole('navigation', { name: 'Fixture pages' }).locator('a');
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(FIXTURE_PAGES.map((fixture) => `./${fixture.file}`));
});

for (const fixture of FIXTURE_PAGES) {
  test.describe(`${fixture.editor} fixture`, () => {
    test('looks like a chat console with the customer\'s first message', async ({ page }) => {
      await page.goto(`/${fixture.file}`);
      await expect(page.getByTestId('customer-message')).toHaveText('你好，我的快递到哪了？');
      await expect(sendControl(page, fixture)).toBeVisible();
      await expect(page.getByTestId('message')).toHaveCount(0);
      await page.waitForFunction(() => (window as FixtureWindow).chatFixture !== undefined);
      expect(await page.evaluate(() => (window as FixtureWindow).chatFixture?.editor)).toBe(fixture.editor);
    });

    test('Enter sends exactly the typed text, Shift+Enter breaks the line, the composer empties', async ({ page }) => {
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

    test('keyboard.insertText lands in the model at the caret and typing continues after it', async ({ page }) => {
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

    test('keeps its text and caret while focus is in another frame, and Ctrl+Z takes an insertion back', async ({ page }) => {
      // Editors group edits into one undo step by the page's clock (Lexical/Quill 300 ms, ProseMirror 500 ms); an agent
      // searching the sidebar pauses far longer than that before inserting. The page's clock jumps a second ahead.
      await page.clock.install();
      await openFixture(page, fixture);
      await page.keyboard.type('稍等');
      await expect.poll(async () => (await model(page)).text).toBe('稍等');
      await page.clock.fastForward(1000);
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

    test('the Send button sends the model text; an empty composer sends nothing', async ({ page }) => {
      await openFixture(page, fixture);
      const send = sendControl(page, fixture);
      // An empty composer: nothing to send (chatscope disables its button then).
      if (await send.isEnabled()) await send.click();
      expect((await model(page)).sent).toEqual([]);

      await composerOf(page, fixture).click();
      await page.keyboard.type('好的，马上为您查询');
      await send.click();
      const snapshot = await model(page);
      expect(snapshot.sent).toEqual(['好的，马上为您查询']);
      expect(snapshot.text).toBe('');
      await expect(page.getByTestId('message')).toHaveText(['好的，马上为您查询']);
    });

    test('a Chinese IME composition commits into the model, then Enter sends it', async ({ page }) => {
      await openFixture(page, fixture);
      await page.keyboard.type('亲');
      // The composition starts at the editor's own caret: wait until its model has taken in the typed character.
      if (fixture.reportsCaret) await expect.poll(async () => (await model(page)).caret).toBe(1);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.imeSetComposition', { text: 'nih', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.insertText', { text: '你好' });
      await cdp.detach();
      // Draft.js resolves a composition from the DOM a few milliseconds after compositionend.
      await expect.poll(async () => (await model(page)).text).toBe('亲你好');
      // Slate copies the DOM selection into its model on selectionchange (throttled): the caret follows the text.
      if (fixture.reportsCaret) await expect.poll(async () => (await model(page)).caret).toBe(3);
      await page.keyboard.press('Enter');
      expect((await model(page)).sent).toEqual(['亲你好']);
    });

    test('an Enter that belongs to an IME (keyCode 229) neither sends nor changes the text', async ({ page }) => {
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
      // The next ordinary key lands in the draft: the page has handled the IME's Enter before it. It did nothing.
      await page.keyboard.type('好');
      await expect.poll(async () => (await model(page)).text).toBe('亲好');
      expect((await model(page)).sent).toEqual([]);
    });
  });
}

test('react-textarea: a plain value assignment does not reach React state, so it is not sent', async ({ page }) => {
  await page.goto('/react-textarea.html');
  const composer = page.getByTestId('composer');
  await composer.click();
  await page.keyboard.type('在的');
  await composer.evaluate((element) => {
    (element as HTMLTextAreaElement).value = '在的，亲';
  });
  expect((await model(page)).text).toBe('在的');
  await page.keyboard.press('Enter');
  expect((await model(page)).sent).toEqual(['在的']);
});
