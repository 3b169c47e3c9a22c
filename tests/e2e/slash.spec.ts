import { FIXTURE_PAGES } from '../fixtures/pages';
import { fillPlaceholders, placeholderFields } from '../../utils/placeholders';
import { axBox, chat, expect, test, waitForLibrary } from './extension';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const wl = zhCN.phrases.find((p) => p.shortcut === 'wl');
if (!wl) throw new Error('built-in zh-CN pack lost its "wl" phrase');
const fields = placeholderFields(wl.text).map((f) => f.name);

for (const fixture of FIXTURE_PAGES) {
  test.describe(`slash trigger in ${fixture.label}`, () => {
    test('"亲，/wl" + Enter puts the wl phrase after "亲，" in the editor model', async ({ context, extensionId }) => {
      await waitForLibrary(context, extensionId);
      const page = await context.newPage();
      await page.goto(`/${fixture.file}`);
      await chat.focus(page);
      await page.keyboard.type('亲，/wl');
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
      await expect.poll(() => axBox(page, 'option', '')).toBeDefined();
      await page.keyboard.press('Enter');

      const values: Record<string, string> = {};
      if (fields.length > 0) await expect.poll(() => axBox(page, 'form', '填写话术内容')).not.toBeNull();
      for (const [i, name] of fields.entries()) {
        values[name] = `V${i}`;
        await page.keyboard.type(`V${i}`);
        await page.keyboard.press(i === fields.length - 1 ? 'Enter' : 'Tab');
      }
      const expected = `亲，${fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text}`;
      await expect.poll(() => chat.text(page)).toBe(expected);
      // Nothing was sent by that Enter: the page's own send handler never saw it.
      expect(await chat.sent(page)).toEqual([]);
    });

    test('"/qzxq" with no phrase: Enter sends nothing and keeps the query, the list says so; after Esc, Enter sends', async ({
      context,
      extensionId,
    }) => {
      await waitForLibrary(context, extensionId);
      const page = await context.newPage();
      await page.goto(`/${fixture.file}`);
      await chat.focus(page);
      await page.keyboard.type('/qzxq');
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
      await page.keyboard.press('Enter');
      // The positive signal that the Enter was handled: the agent's next key still lands in the query.
      await page.keyboard.type('z');
      await expect.poll(() => chat.text(page)).toBe('/qzxqz');
      expect(await chat.sent(page)).toEqual([]);
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => chat.sent(page)).toEqual(['/qzxqz']);
    });

    test('Esc closes the list and leaves "亲，/wl" as typed', async ({ context, extensionId }) => {
      await waitForLibrary(context, extensionId);
      const page = await context.newPage();
      await page.goto(`/${fixture.file}`);
      await chat.focus(page);
      await page.keyboard.type('亲，/wl');
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => axBox(page, 'listbox', '话术建议')).toBeNull();
      expect(await chat.text(page)).toBe('亲，/wl');
      // Enter now belongs to the page again: it sends the draft as typed.
      await page.keyboard.press('Enter');
      await expect.poll(() => chat.sent(page)).toEqual(['亲，/wl']);
    });
  });
}
