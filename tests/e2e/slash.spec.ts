import { FIXTURE_PAGES } from '../fixtures/pages';
import { fillPlaceholders, placeholderFields } from '../../utils/placeholders';
import { axBox, axRect, chat, expect, test, waitForLibrary } from './extension';
import { ChatPage } from './pages/chat-page';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const wl = zhCN.phrases.find((p) => p.shortcut === 'wl');
if (!wl) throw new Error('built-in zh-CN pack lost its "wl" phrase');
const fields = placeholderFields(wl.text).map((f) => f.name);

for (const fixture of FIXTURE_PAGES) {
  test.describe(`slash trigger in ${fixture.label}`, () => {
    test('"亲，/wl" + Enter puts the wl phrase after "亲，" in the editor model', async ({ context, extensionId }) => {
      await waitForLibrary(context, extensionId);
      const chat = await ChatPage.open(context, fixture);
      await chat.type('亲，/wl');
      // The list answers the whole query: its first (selected) option is the wl phrase, which Enter takes.
      await chat.slash.offersFirst(wl.title);
      await chat.press('Enter');

      const values: Record<string, string> = {};
      if (fields.length > 0) await chat.slash.asksValues();
      for (const [i, name] of fields.entries()) {
        values[name] = `V${i}`;
        await chat.type(`V${i}`);
        await chat.press(i === fields.length - 1 ? 'Enter' : 'Tab');
      }
      const expected = `亲，${fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text}`;
      await expect.poll(() => chat.text()).toBe(expected);
      // Nothing was sent by that Enter: the page's own send handler never saw it.
      expect(await chat.sent()).toEqual([]);
    });

    test('"/qzxq" with no phrase: Enter sends nothing and keeps the query, the list says so; after Esc, Enter sends', async ({
      context,
      extensionId,
    }) => {
      await waitForLibrary(context, extensionId);
      const chat = await ChatPage.open(context, fixture);
      await chat.type('/qzxq');
      await chat.slash.opened();
      await chat.press('Enter');
      // The positive signal that the Enter was handled: the agent's next key still lands in the query.
      await chat.type('z');
      await expect.poll(() => chat.text()).toBe('/qzxqz');
      expect(await chat.sent()).toEqual([]);
      await chat.slash.opened();
      await chat.press('Escape');
      await chat.slash.closed();
      await chat.press('Enter');
      await expect.poll(() => chat.sent()).toEqual(['/qzxqz']);
    });

    test('Esc closes the list and leaves "亲，/wl" as typed', async ({ context, extensionId }) => {
      await waitForLibrary(context, extensionId);
      const chat = await ChatPage.open(context, fixture);
      await chat.type('亲，/wl');
      await chat.slash.opened();
      await chat.press('Escape');
      await chat.slash.closed();
      expect(await chat.text()).toBe('亲，/wl');
      // Enter now belongs to the page again: it sends the draft as typed.
      await chat.press('Enter');
      await expect.poll(() => chat.sent()).toEqual(['亲，/wl']);
    });
  });
}

test('in a same-origin iframe composer the list opens at the caret (within 40 px), not at the page corner', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/iframe.html');
  await chat.focus(page);
  await page.keyboard.type('亲，/wl');
  await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
  const list = await axRect(page, 'listbox', '话术建议');
  // The caret's box in the top page: the selection's rect inside the frame plus the frame's position.
  const caret = await page.evaluate(() => {
    const frame = document.querySelector('[data-testid=composer-frame]') as HTMLIFrameElement;
    const sel = frame.contentDocument?.getSelection();
    const r = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).getBoundingClientRect() : null;
    const f = frame.getBoundingClientRect();
    return r ? { x: f.left + frame.clientLeft + r.left, y: f.top + frame.clientTop + r.bottom } : null;
  });
  expect(caret).not.toBeNull();
  expect(list).not.toBeNull();
  // Below the caret (or above it when there is no room): its near edge and its left edge are close to the caret.
  const nearEdge = Math.min(Math.abs(list!.y - caret!.y), Math.abs(list!.y + list!.height - (caret!.y - 20)));
  expect(nearEdge).toBeLessThanOrEqual(40);
  expect(Math.abs(list!.x - caret!.x)).toBeLessThanOrEqual(40);
});
