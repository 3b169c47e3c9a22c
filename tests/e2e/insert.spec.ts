import { FIXTURE_PAGES } from '../fixtures/pages';
import { fillPlaceholders, placeholderFields } from '../../utils/placeholders';
import { expect, test, waitForLibrary } from './extension';
import { ChatPage } from './pages/chat-page';

/** Text of the built-in zh-CN phrase whose shortcut is "wl" (read from the pack, so the test follows the data). */
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const wl = zhCN.phrases.find((p) => p.shortcut === 'wl');
if (!wl) throw new Error('built-in zh-CN pack lost its "wl" phrase');

for (const fixture of FIXTURE_PAGES) {
  test(`sidebar inserts a phrase into ${fixture.label} and the page sends it`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const chat = await ChatPage.open(context, fixture);
    await chat.type('亲，');

    const sidebar = await chat.openSidebar();
    await sidebar.find('wl', wl.title);
    await sidebar.choose();

    // The page's own editor model holds the previous text plus the phrase (placeholders asked first if any).
    const values = await sidebar.fillPlaceholders(placeholderFields(wl.text).map((f) => f.name), '12345');
    const model = chat.asTyped(`亲，${fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text}`);
    await expect.poll(() => chat.text()).toBe(model);
    expect(model).not.toContain('{');

    // Typing continues at the caret after the phrase, in the page's editor.
    await chat.type('好');
    await expect.poll(() => chat.text()).toBe(`${model}好`);

    await chat.sendControl().click();
    await expect.poll(() => chat.sent()).toEqual([`${model}好`]);
  });
}
