import type { BrowserContext, Frame, Page } from '@playwright/test';
import { axBox, chat, expect, sidebarFrame, test, waitForLibrary } from './extension';
import { putRecords } from './library-db';

const BUILTIN = '话术助手内置话术(简体中文)';

async function openSidebar(context: BrowserContext, extensionId: string): Promise<{ page: Page; sidebar: Frame }> {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  // The content script is up once its launcher is on the page.
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
  await chat.focus(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  await expect(sidebar.getByRole('searchbox', { name: '搜索话术' })).toBeFocused();
  return { page, sidebar };
}

test('keyboard only: Tab to the group menu, arrows, type-ahead and Enter choose a group, Esc closes only the menu', async ({ context, extensionId }) => {
  const { page, sidebar } = await openSidebar(context, extensionId);
  const search = sidebar.getByRole('searchbox', { name: '搜索话术' });
  const button = sidebar.getByRole('button', { name: /^分组/ });
  const count = sidebar.locator('.count');
  await expect(count).toHaveText(/共 \d+ 条话术/);
  const everything = Number((await count.textContent())?.match(/\d+/)?.[0]);

  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  const menu = sidebar.getByRole('listbox', { name: '选择分组' });
  await expect(menu).toBeFocused();
  // The menu names every group under its pack.
  await expect(menu.getByRole('group', { name: BUILTIN }).getByRole('option', { name: '售后' })).toBeVisible();

  // Type-ahead jumps to the group whose name (or its pinyin, or initials) starts with what was typed; arrows move on.
  await page.keyboard.type('wl');
  const activeName = () => menu.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.querySelector('.group-name')?.textContent);
  await expect.poll(activeName).toBe('物流');
  await page.keyboard.press('ArrowDown');
  await expect.poll(activeName).toBe('售后');
  await page.keyboard.press('ArrowUp');
  await expect.poll(activeName).toBe('物流');
  await page.keyboard.press('Enter');

  // Chosen: the menu closes, the keyboard is back in the search box, the list shows that group only.
  await expect(menu).toBeHidden();
  await expect(search).toBeFocused();
  // (With the agent's own group in the library too, the button also names the pack: see the next test.)
  await expect(button.locator('.group-current')).toHaveText(/^(?:话术助手内置话术\(简体中文\) › )?物流$/);
  await expect(count).toHaveText('共 12 条话术');
  await expect(sidebar.getByRole('option').first()).toBeVisible();
  // Natural order by title (pinyin collation of the group's titles: 包邮说明 before 物流查询).
  const titles = await sidebar.locator('.option .title').allTextContents();
  expect(titles).toContain('包邮说明');
  expect(titles.indexOf('包邮说明')).toBeLessThan(titles.indexOf('物流查询'));
  // ↓ and Enter in the search box insert a phrase of the group, as before.
  await search.fill('fhsj');
  await search.press('Enter');
  await expect.poll(() => chat.text(page)).toContain('16:00');

  // Esc in the menu closes the menu (focus back on its button), not the sidebar; Home and Enter choose "All".
  await search.fill('');
  await search.focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(sidebar.getByRole('complementary', { name: '话术侧栏' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Home');
  await expect.poll(activeName).toBe('全部');
  await page.keyboard.press('Enter');
  await expect(button).toContainText('全部');
  await expect(count).toHaveText(`共 ${everything} 条话术`);
});

test('two packs with a group and a phrase title of the same name are told apart by the pack name', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const now = Date.now();
  await putRecords(ext, 'packs', [{ id: 'team-a', name: '团队A话术', source: 'file', importedAt: now, hidden: false }]);
  await putRecords(ext, 'groups', [{ id: 'team-a/wl', name: '物流', order: 0, packId: 'team-a' }]);
  await putRecords(ext, 'phrases', [
    {
      id: 'team-a/p1', group: 'team-a/wl', title: '发货时间', text: '团队A：当天下单，次日发出。', tags: [], packId: 'team-a', packPhraseId: 'p1',
      pinned: false, usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now, order: 0, rev: 1,
    },
  ]);
  await ext.close();

  const { sidebar } = await openSidebar(context, extensionId);
  await sidebar.getByRole('button', { name: /^分组/ }).click();
  const menu = sidebar.getByRole('listbox', { name: '选择分组' });
  await expect(menu.getByRole('option', { name: '物流' })).toHaveCount(2);
  await menu.getByRole('group', { name: '团队A话术' }).getByRole('option', { name: '物流' }).click();
  await expect(sidebar.getByRole('button', { name: /^分组/ })).toContainText('团队A话术 › 物流');
  await expect(sidebar.locator('.count')).toHaveText('共 1 条话术');

  await sidebar.getByRole('button', { name: /^分组/ }).click();
  await menu.getByRole('group', { name: BUILTIN }).getByRole('option', { name: '物流' }).click();
  await expect(sidebar.getByRole('button', { name: /^分组/ })).toContainText(`${BUILTIN} › 物流`);
  await expect(sidebar.locator('.count')).toHaveText('共 12 条话术');

  // The same title in both packs: each row names its pack; a title only one pack has does not.
  await sidebar.getByRole('button', { name: /^分组/ }).click();
  await menu.getByRole('option', { name: '全部' }).click();
  await sidebar.getByRole('searchbox').fill('发货时间');
  const rows = sidebar.getByRole('option').filter({ hasText: '发货时间' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '团队A话术' })).toHaveCount(1);
  await expect(rows.filter({ hasText: BUILTIN })).toHaveCount(1);
  await sidebar.getByRole('searchbox').fill('物流查询');
  await expect(sidebar.getByRole('option').first()).toContainText('物流查询');
  await expect(sidebar.getByRole('option').first().locator('.pack')).toHaveCount(0);
});

test('the text size setting in the options page changes the sidebar text live (14 px by default)', async ({ context, extensionId }) => {
  const { sidebar } = await openSidebar(context, extensionId);
  const title = sidebar.locator('.option .title').first();
  const size = (selector: string) => sidebar.locator(selector).first().evaluate((el) => getComputedStyle(el).fontSize);
  await expect(title).toBeVisible();
  expect(await size('.sidebar')).toBe('14px');
  expect(await size('.option .title')).toBe('14px');
  expect(await size('.option .text')).toBe('13px');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await options.getByRole('combobox', { name: '侧栏字号' }).selectOption('large');
  await expect.poll(() => size('.sidebar')).toBe('16px');
  expect(await size('.option .title')).toBe('16px');
  // Rows grow with the text, so two lines of text still show in full.
  const rowHeight = await sidebar.locator('.option').first().evaluate((el) => el.getBoundingClientRect().height);
  expect(rowHeight).toBeGreaterThan(71);
  const [rowBottom, textTop, textBottom] = await sidebar.locator('.option').first().evaluate((row) => {
    const text = row.querySelector('.text')!.getBoundingClientRect();
    return [row.getBoundingClientRect().bottom, text.top, text.bottom];
  });
  expect(textBottom - textTop).toBeGreaterThanOrEqual(2 * 21);
  expect(textBottom).toBeLessThanOrEqual(rowBottom);

  await options.getByRole('combobox', { name: '侧栏字号' }).selectOption('small');
  await expect.poll(() => size('.sidebar')).toBe('13px');
  // Kept: a new options page shows the choice.
  await options.reload();
  await expect(options.getByRole('combobox', { name: '侧栏字号' })).toHaveValue('small');
});

test('an empty result offers other languages and "create a phrase with this text", which opens the editor pre-filled', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  // A tab the extension opens does not get Playwright's zh-CN emulation in time: the UI language is set, not followed.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await settings.getByRole('combobox', { name: '界面语言' }).selectOption('zh-CN');
  await expect(settings.getByRole('status')).toHaveText('已保存。');
  await settings.close();
  const { sidebar } = await openSidebar(context, extensionId);
  const search = sidebar.getByRole('searchbox', { name: '搜索话术' });
  await search.fill('Tracking');
  await expect(sidebar.getByText('没有找到与“Tracking”相符的话术。')).toBeVisible();

  // The English and Traditional Chinese built-in packs are hidden on a zh-CN browser: searching them finds it.
  const everywhere = sidebar.getByRole('button', { name: '搜索全部语言（2 个已隐藏的话术包）' });
  await everywhere.click();
  const first = sidebar.getByRole('option').first();
  await expect(first).toContainText('Tracking');
  await expect(first.locator('.pack')).toHaveText('Huashu built-in phrases (English)');
  await expect(search).toBeFocused();

  const query = '<b>Ωψ</b> ☃';
  await search.fill(query);
  await expect(sidebar.getByText(`所有话术包中都没有与“${query}”相符的话术。`)).toBeVisible();
  const create = sidebar.getByRole('button', { name: '用这段文字新建话术' });
  // Keyboard: Tab from the search box reaches the actions (the group menu first, then the buttons).
  await search.press('Tab');
  await expect(sidebar.getByRole('button', { name: /^分组/ })).toBeFocused();
  await sidebar.getByRole('button', { name: /^分组/ }).press('Tab');
  await expect(create).toBeFocused();
  const opened = context.waitForEvent('page');
  await create.press('Enter');
  const options = await opened;
  await options.waitForLoadState();
  expect(options.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/options\\.html`));
  const editor = options.getByRole('form', { name: '新建话术' });
  await expect(editor).toBeVisible();
  // The text arrives as text (the markup is not rendered), the title is left for the agent and has the focus.
  await expect(editor.getByRole('textbox', { name: '话术内容' })).toHaveValue(query);
  await expect(editor.getByRole('textbox', { name: '标题' })).toBeFocused();
  await expect(options.locator('.editor b')).toHaveCount(0);
  // The hash is cleared: a reload does not open the editor again.
  await expect.poll(() => new URL(options.url()).hash).toBe('');
});

test('a malformed or over-long #new= link opens no editor and says why', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#new=${'x'.repeat(600)}`);
  await expect(options.getByRole('status')).toContainText('侧栏传来的文字无法使用');
  await expect(options.getByRole('form', { name: '新建话术' })).toHaveCount(0);
  await options.getByRole('button', { name: '新建话术' }).click();
  await expect(options.getByRole('form', { name: '新建话术' }).getByRole('textbox', { name: '话术内容' })).toHaveValue('');
});
