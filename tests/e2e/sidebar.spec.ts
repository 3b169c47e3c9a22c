import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { attached, axBox, chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';

test('keyboard only: Alt+Shift+H opens the sidebar with the search focused, ↑/↓ choose, Esc closes back to the input', async ({
  context,
  extensionId,
}) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/lexical.html');
  await attached(page);
  await chat.focus(page);
  await page.keyboard.type('您好，');
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  await expect(sidebar.getByRole('complementary', { name: '话术侧栏' })).toBeVisible();
  const search = sidebar.getByRole('searchbox', { name: '搜索话术' });
  await expect(search).toBeFocused();

  await search.fill('退款');
  const options = sidebar.getByRole('listbox', { name: '话术' }).getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosen = (await options.nth(1).locator('.text').textContent()) ?? '';
  // The preview shows the whole text of the chosen phrase.
  await expect(sidebar.getByRole('region', { name: '预览' })).toContainText(chosen.slice(0, 10));

  await search.press('Enter');
  // A phrase with blanks ({订单号}…) asks for them first.
  const form = sidebar.getByRole('form');
  await expect.poll(async () => (await form.isVisible()) || (await chat.text(page)) !== '您好，').toBe(true);
  if (await form.isVisible()) {
    for (const input of await form.getByRole('textbox').all()) await input.fill('A1');
    await form.getByRole('textbox').last().press('Enter');
  }
  await expect.poll(() => chat.text(page)).toMatch(/^您好，.{10,}/);
  const fragment = chosen.split(/\{[^}]*\}/).sort((a, b) => b.length - a.length)[0]!.slice(0, 8);
  expect(await chat.text(page)).toContain(fragment);
  // Focus went back to the chat input: typing continues there.
  await page.keyboard.type('。');
  await expect.poll(() => chat.text(page)).toMatch(/。$/);

  // Esc in the (empty) search closes the sidebar and returns to the input.
  await search.focus();
  await search.fill('');
  await search.press('Escape');
  await expect.poll(() => page.frames().some((f) => f.url().includes('sidebar.html') && f.isDetached() === false)).toBe(true);
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
  await page.keyboard.type('好');
  await expect.poll(() => chat.text(page)).toMatch(/。好$/);
});

test('the sidebar remembers per site that it was open and how wide it was', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await clickByRole(page, 'button', '打开话术侧栏');
  await sidebarFrame(page, extensionId);
  const handle = await axBox(page, 'separator', '调整侧栏宽度');
  expect(handle).not.toBeNull();
  await page.mouse.move(handle!.x, handle!.y);
  await page.mouse.down();
  await page.mouse.move(handle!.x - 100, handle!.y, { steps: 5 });
  await page.mouse.up();
  const widthBefore = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight));
  expect(widthBefore).toBeGreaterThan(440);

  await page.reload();
  const again = await sidebarFrame(page, extensionId);
  await expect(again.getByRole('searchbox')).toBeVisible();
  await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight))).toBe(widthBefore);
  // Page CSS does not leak in (the fixture styles every iframe with a red 5px border).
  const frameElement = await again.frameElement();
  expect(await frameElement.evaluate((el) => getComputedStyle(el as Element).borderTopWidth)).toBe('0px');
  // The page keeps its layout usable: its content moved out from under the sidebar.
  const send = await page.getByRole('button', { name: 'Send' }).boundingBox();
  expect(send!.x + send!.width).toBeLessThanOrEqual(1280 - widthBefore + 1);
});

test('group filter narrows the list and usage counts show after use', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  const sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('button', { name: /^分组/ }).click();
  await sidebar.getByRole('listbox', { name: '选择分组' }).getByRole('option', { name: '物流' }).click();
  await expect(sidebar.getByRole('button', { name: /^分组/ })).toContainText('物流');
  const options = sidebar.getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThan(3);
  const search = sidebar.getByRole('searchbox');
  await search.fill('fhsj');
  await search.press('Enter');
  await expect.poll(() => chat.text(page)).toContain('16:00');
  await search.fill('fhsj');
  await expect(options.first()).toContainText('已用 1 次');
});

test('the language setting switches the page UI and the sidebar to English', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Huashu phrase manager');
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await clickByRole(page, 'button', 'Open phrase sidebar');
  const sidebar = await sidebarFrame(page, extensionId);
  await expect(sidebar.getByRole('searchbox', { name: 'Search phrases' })).toBeFocused();
  await expect(sidebar.getByRole('complementary', { name: 'Phrase sidebar' })).toBeVisible();
});

test('size budget: the content script every chat page loads stays under 60 KB gzipped', () => {
  const file = '.output/chrome-mv3/content-scripts/content.js';
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`content script: ${raw.length} bytes, ${gz} bytes gzipped (budget 61440)`);
  expect(gz).toBeLessThan(60 * 1024);
});
