import type { Page } from '@playwright/test';
import { attached, axBox, chat, expect, sidebarFrame, test, waitForLibrary } from './extension';
import { personalPhrase, putPhrase } from './library-db';

/** Issue 12: a phrase's blanks start from what the chat page shows, or else from the agent's own last values here. */

const ORDER = '202612011234567';

/** The customer writes in the page's own transcript (the fixture's stand-in for the platform's chat). */
/** The agent empties the chat input (select all, delete) and is back in it. */
async function emptyComposer(page: Page): Promise<void> {
  await chat.focus(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => chat.text(page)).toBe('');
}

const receive = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { chatFixture: { receive(text: string): void } }).chatFixture.receive(t), text);

test('the order number the customer gave fills {订单号}; a blank the page cannot answer starts from last time', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await putPhrase(ext, personalPhrase('note', '备注订单', '亲，订单{订单号}的{尺码}已为您备注好了。', 'bzdd'));
  await ext.close();

  const page = await context.newPage();
  await page.goto('/transcript-classes.html');
  await attached(page);
  await receive(page, `我的订单号是 ${ORDER}，想换个尺码`);
  await chat.focus(page);

  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  const searchbox = sidebar.getByRole('searchbox', { name: '搜索话术' });
  await expect(searchbox).toBeFocused();
  await page.keyboard.type('bzdd');
  await expect(sidebar.getByRole('option').first()).toContainText('备注订单');
  await page.keyboard.press('Enter');

  const form = sidebar.getByRole('form');
  const order = form.getByRole('textbox', { name: '订单号' });
  const size = form.getByRole('textbox', { name: '尺码' });
  await expect(order).toHaveValue(ORDER);
  await expect(order).toHaveAccessibleDescription('来自聊天');
  await expect(size).toHaveValue('');
  // The first blank is filled from the page, so Enter points at the next one.
  await expect(order).toBeFocused();
  await size.fill('L 码');
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toBe(`亲，订单${ORDER}的L 码已为您备注好了。`);

  // Next time in this chat the size the agent typed is offered again, marked as theirs.
  await emptyComposer(page);
  await page.keyboard.press('Alt+Shift+H');
  await expect(searchbox).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(size).toHaveValue('L 码');
  await expect(size).toHaveAccessibleDescription('上次填写');
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toBe(`亲，订单${ORDER}的L 码已为您备注好了。`);

  // The `/` list's form at the caret starts from the same values: one Enter puts the phrase in.
  await emptyComposer(page);
  await page.keyboard.type('/bzdd');
  await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect.poll(() => axBox(page, 'form', '填写话术内容')).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toBe(`亲，订单${ORDER}的L 码已为您备注好了。`);
  expect(await chat.sent(page)).toEqual([]);
});
