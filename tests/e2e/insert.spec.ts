import { FIXTURE_PAGES } from '../fixtures/pages';
import { fillPlaceholders, placeholderFields } from '../../utils/placeholders';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';

/** Text of the built-in zh-CN phrase whose shortcut is "wl" (read from the pack, so the test follows the data). */
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const wl = zhCN.phrases.find((p) => p.shortcut === 'wl');
if (!wl) throw new Error('built-in zh-CN pack lost its "wl" phrase');

for (const fixture of FIXTURE_PAGES) {
  test(`sidebar inserts a phrase into ${fixture.label} and the page sends it`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto(`/${fixture.file}`);
    await chat.focus(page);
    await page.keyboard.type('亲，');

    await clickByRole(page, 'button', '打开话术侧栏');
    const sidebar = await sidebarFrame(page, extensionId);
    const search = sidebar.getByRole('searchbox');
    await expect(search).toBeFocused();
    await search.fill('wl');
    await expect(sidebar.getByRole('option').first()).toContainText(wl.title);
    await search.press('Enter');

    // The page's own editor model holds the previous text plus the phrase (placeholders asked first if any).
    const values: Record<string, string> = {};
    if (placeholderFields(wl.text).length > 0) {
      const fill = sidebar.getByRole('form');
      await expect(fill).toBeVisible();
      for (const input of await fill.getByRole('textbox').all()) {
        values[(await input.getAttribute('data-name')) ?? ''] = '12345';
        await input.fill('12345');
      }
      await fill.getByRole('button').click();
    }
    const phrase = fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text;
    const model = fixture.multiline ? `亲，${phrase}` : `亲，${phrase.replace(/\n/g, ' ')}`;
    await expect.poll(() => chat.text(page)).toBe(model);
    expect(model).not.toContain('{');

    // Typing continues at the caret after the phrase, in the page's editor.
    await page.keyboard.type('好');
    await expect.poll(() => chat.text(page)).toBe(`${model}好`);

    await (fixture.sendSelector ? page.locator(fixture.sendSelector) : page.getByRole('button', { name: 'Send' })).click();
    await expect.poll(() => chat.sent(page)).toEqual([`${model}好`]);
  });
}
