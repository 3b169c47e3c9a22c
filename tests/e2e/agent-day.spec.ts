import type { Frame } from '@playwright/test';
import { attached, axBox, axRect, chat, clickByRole, expect, isSidebarUrl, reachable, setToneMode, sidebarFrame, test, waitForLibrary } from './extension';
import { fillPlaceholders, placeholderFields } from '../../utils/placeholders';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

/** Issue 12 ("The agent's day"): never cover the chat, and the hotkey does what the agent means. */

/** The content script is up on the page (its launcher is there): from now on the hotkey reaches it. */
test.describe('a full-viewport console (one position: fixed grid, order panel on the right)', () => {
  test('the open sidebar covers neither the send button nor the order panel, and closing gives the layout back', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/console.html');
    await attached(page);
    await chat.focus(page);
    const layout = () => page.evaluate(() => (document.querySelector('.workbench') as HTMLElement).getAttribute('style'));
    const before = await layout();
    expect(await reachable(page, '[data-testid="send"]')).toBe(true);

    await page.keyboard.press('Alt+Shift+H');
    const sidebar = await sidebarFrame(page, extensionId);
    await expect(sidebar.getByRole('searchbox', { name: '搜索话术' })).toBeFocused();
    await expect.poll(() => reachable(page, '[data-testid="send"]')).toBe(true);
    expect(await reachable(page, '[data-testid="order-panel"] dl')).toBe(true);
    // The sidebar is where the page no longer is.
    const panel = await page.locator('[data-testid="order-panel"]').boundingBox();
    const frame = await (await sidebar.frameElement()).boundingBox();
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(frame!.x + 1);

    // Typing and sending still work in the squeezed page.
    await chat.focus(page);
    await page.keyboard.type('好的');
    await page.locator('[data-testid="send"]').click();
    await expect.poll(() => chat.sent(page)).toEqual(['好的']);

    await page.keyboard.press('Alt+Shift+H'); // focus is in the chat: to search
    await expect(sidebar.getByRole('searchbox', { name: '搜索话术' })).toBeFocused();
    await page.keyboard.press('Alt+Shift+H'); // in the sidebar: close
    await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
    await expect.poll(layout).toBe(before);
  });
});

async function search(sidebar: Frame) {
  return sidebar.getByRole('searchbox', { name: '搜索话术' });
}

test('the hotkey: open → insert → hotkey goes back to search with the query selected → type → Enter inserts; in the sidebar it closes', async ({
  context,
  extensionId,
}) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await attached(page);
  await chat.focus(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  const box = await search(sidebar);
  await expect(box).toBeFocused();
  await page.keyboard.type('fhsj');
  await expect(sidebar.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toContain('16:00');
  const once = await chat.text(page);
  // Focus is back in the chat input.
  await page.keyboard.type('。');
  await expect.poll(() => chat.text(page)).toBe(`${once}。`);

  // The sidebar is open but the agent is in the chat: the hotkey goes to search, the last query selected.
  await page.keyboard.press('Alt+Shift+H');
  await expect(box).toBeFocused();
  await expect
    .poll(() => box.evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]))
    .toEqual([0, 4]);
  await page.keyboard.type('fhsj');
  await expect(box).toHaveValue('fhsj');
  await page.keyboard.press('Enter');
  // The same phrase again (the top result for "fhsj"), after the agent's 。.
  await expect.poll(async () => (await chat.text(page)).length).toBeGreaterThan(once.length + 1);
  expect((await chat.text(page)).startsWith(`${once}。`)).toBe(true);
  expect((await chat.text(page)).slice(once.length + 1)).toContain('16:00');
  // Focus is back in the chat input (the positive signal before the next key).
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

  // In the sidebar, the hotkey closes it and the keys go back to the chat.
  await page.keyboard.press('Alt+Shift+H');
  await expect(box).toBeFocused();
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
  await page.keyboard.type('好');
  await expect.poll(() => chat.text(page)).toMatch(/好$/);
});

test('a sidebar left open comes back on page load without taking the keyboard', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await clickByRole(page, 'button', '打开话术侧栏');
  await sidebarFrame(page, extensionId);
  await page.reload();
  const again = await sidebarFrame(page, extensionId);
  await expect(again.getByRole('searchbox')).toBeVisible();
  // Focus stayed on the page: the agent's first click into the chat and typing go there, and the
  // sidebar's search did not take the keyboard when it came back.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await chat.focus(page);
  await page.keyboard.type('在的');
  await expect.poll(() => chat.text(page)).toBe('在的');
});

test.describe('placeholders are never sent empty by accident', () => {
  const wl = zhCN.phrases.find((p) => p.shortcut === 'wl');
  if (!wl) throw new Error('built-in zh-CN pack lost its "wl" phrase');
  const fields = placeholderFields(wl.text).map((f) => f.name);
  /** The form's note about an empty blank, as the agent reads it (zh-CN). */
  const blankNote = (name: string) => `“${name}”还没填：请填写，或再按一次 Enter 留空。`;

  test('sidebar: Enter on an empty blank moves to it and says so; Enter again there leaves it empty on purpose', async ({
    context,
    extensionId,
  }) => {
    expect(fields.length).toBeGreaterThan(0);
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/textarea.html');
    await attached(page);
    await chat.focus(page);
    await page.keyboard.press('Alt+Shift+H');
    const sidebar = await sidebarFrame(page, extensionId);
    await expect(await search(sidebar)).toBeFocused();
    await page.keyboard.type('wl');
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    const form = sidebar.getByRole('form');
    const first = form.getByRole('textbox').first();
    await expect(first).toBeFocused();
    // The page's header shows an order number: the form starts from it, selected, and the agent deletes it.
    await expect(first).toHaveValue('2024110518');
    await expect(first).toHaveAccessibleDescription('来自聊天');
    await page.keyboard.press('Backspace');
    await expect(first).toHaveValue('');
    // Enter with the first blank empty: nothing goes in, the form says which blank.
    await page.keyboard.press('Enter');
    await expect(sidebar.getByRole('alert')).toContainText(`“${fields[0]}”还没填`);
    await expect(first).toBeFocused();
    expect(await chat.text(page)).toBe('');
    // Filled, the preview shows it; every other blank is pointed at once, then skipped by a second Enter.
    await page.keyboard.type('A1');
    await expect(sidebar.getByLabel('预览')).toContainText('A1');
    const values: Record<string, string> = { [fields[0] as string]: 'A1' };
    for (const name of fields.slice(1)) {
      await page.keyboard.press('Enter');
      await expect(sidebar.getByRole('alert')).toContainText(`“${name}”还没填`);
      values[name] = '';
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.text(page)).toBe(fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text);
  });

  test('`/` list: the same rule in the form at the caret', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/textarea.html');
    await attached(page);
    await chat.focus(page);
    await page.keyboard.type('/wl');
    await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => axBox(page, 'form', '填写话术内容')).not.toBeNull();
    // The form starts from the order number the page's header shows, selected: one Backspace deletes it.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => axBox(page, 'StaticText', blankNote(fields[0] as string))).not.toBeNull();
    expect(await chat.text(page)).toBe('/wl');
    const values: Record<string, string> = {};
    for (const name of fields) {
      if (name !== fields[0]) {
        await page.keyboard.press('Enter');
        await expect.poll(() => axBox(page, 'StaticText', blankNote(name))).not.toBeNull();
      }
      values[name] = '';
    }
    // Enter again on the last blank it pointed at leaves that one empty too, and the phrase goes in.
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.text(page)).toBe(fillPlaceholders(wl.text, values, new Date(), 'zh-CN').text);
    expect(await chat.sent(page)).toEqual([]);
  });
});

test('"Send anyway" on a page that ignores synthetic events says the message did not leave, and the draft stays', async ({ context, extensionId }) => {
  await setToneMode(context, extensionId, 'block');
  const page = await context.newPage();
  await page.goto('/textarea.html?trusted-only');
  await attached(page);
  await chat.focus(page);
  const draft = '这不是我们的问题，您再看看。';
  await page.keyboard.type(draft);
  await page.keyboard.press('Enter');
  await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
  await clickByRole(page, 'button', '仍然发送');
  await expect
    .poll(() => axBox(page, 'StaticText', '没有发出去：页面没有接收这条消息，草稿还在输入框里，请用页面自己的发送按钮。'))
    .not.toBeNull();
  expect(await chat.text(page)).toBe(draft);
  expect(await chat.sent(page)).toEqual([]);
});

test('a group of 120 phrases: the sidebar says how many and every one is reachable by keyboard', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#transfer`);
  const phrases = Array.from({ length: 120 }, (_, i) => ({
    id: `p${i + 1}`,
    group: 'big',
    title: `尺码说明 ${i + 1}`,
    text: `第 ${i + 1} 条：这款的尺码请参考详情页的尺码表。`,
  }));
  const pack = { format: 'huashu.pack', version: 1, pack: { id: 'big-group', name: '大分组' }, groups: [{ id: 'big', name: '尺码百问' }], phrases };
  await options
    .locator('input[type="file"]')
    .and(options.getByLabel(/导入/))
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await options.getByRole('form', { name: '导入预览' }).getByRole('button', { name: /导入 120 条/ }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“大分组”' }).first()).toBeVisible();
  await options.close();

  const page = await context.newPage();
  await page.goto('/textarea.html');
  await attached(page);
  await chat.focus(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('button', { name: /^分组/ }).click();
  await sidebar.getByRole('listbox', { name: '选择分组' }).getByRole('option', { name: '尺码百问' }).click();
  await expect(sidebar.getByText('共 120 条话术')).toBeVisible();
  const box = await search(sidebar);
  await box.focus();
  // Page by page to the end: the last phrase is there, selected, and Enter inserts it.
  const selected = sidebar.locator('[role=option][aria-selected=true]');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  for (let i = 0; i < 30 && (await selected.getAttribute('aria-posinset')) !== '120'; i++) await box.press('PageDown');
  await expect(selected).toHaveAttribute('aria-posinset', '120');
  await expect(selected).toHaveAttribute('aria-setsize', '120');
  await expect(selected).toBeInViewport();
  const title = (await selected.locator('.title').textContent())?.trim();
  // Natural order: 尺码说明 2 comes before 尺码说明 10, so the last one is 120.
  expect(title).toBe('尺码说明 120');
  const last = phrases.find((p) => p.title === title);
  expect(last).toBeDefined();
  await box.press('Enter');
  await expect.poll(() => chat.text(page)).toBe(last!.text);
  // Only the rows in view are in the page, not all 120.
  await box.fill('');
  expect(await sidebar.locator('[role=option]').count()).toBeLessThan(60);
});

test.describe('the launcher keeps clear of the composer, and the agent can move or hide it per site', () => {
  type Rect = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('on a full-width composer it sits neither on the input nor on the tone badge', async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/textarea.html');
    // The page's composer as wide as the window, at the bottom (as many consoles lay it out).
    await page.addStyleTag({
      content: '.composer-area { position: fixed !important; left: 0; right: 0; bottom: 0; margin: 0 !important; max-width: none !important; }',
    });
    await attached(page);
    await chat.focus(page);
    await page.keyboard.type('您好');
    // The tone badge is up for the draft (it reads "no problems").
    await expect.poll(() => axRect(page, 'status', '语气检查：没有问题')).not.toBeNull();
    const input = (await page.locator('textarea').boundingBox())!;
    await expect
      .poll(async () => {
        const launcher = await axRect(page, 'button', '打开话术侧栏');
        const badge = await axRect(page, 'status', '语气检查：没有问题');
        return launcher !== null && badge !== null && !overlaps(launcher, input) && !overlaps(launcher, badge);
      })
      .toBe(true);
  });

  test('dragged up it stays there after a reload; hidden from its menu, the hotkey still opens the sidebar, and the options page shows it again', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/textarea.html');
    await attached(page);
    const start = (await axRect(page, 'button', '打开话术侧栏'))!;
    const cx = start.x + start.width / 2;
    const cy = start.y + start.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy - 100, { steps: 5 });
    await page.mouse.move(cx, cy - 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await axRect(page, 'button', '打开话术侧栏'))?.y ?? 0)).toBe(Math.round(start.y - 200));
    // The drag did not open the sidebar.
    expect(page.frames().some((f) => isSidebarUrl(f.url()))).toBe(false);
    await page.reload();
    await attached(page);
    await expect.poll(async () => Math.round((await axRect(page, 'button', '打开话术侧栏'))?.y ?? 0)).toBe(Math.round(start.y - 200));

    // Its menu (right click), whose first item hides it on this site.
    const moved = (await axBox(page, 'button', '打开话术侧栏'))!;
    await page.mouse.click(moved.x, moved.y, { button: 'right' });
    await expect.poll(() => axBox(page, 'menuitem', '放回原位')).not.toBeNull();
    await clickByRole(page, 'menuitem', '在此网站隐藏（仍可用 Alt+Shift+H 打开侧栏）');
    await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).toBeNull();
    await chat.focus(page);
    await page.keyboard.press('Alt+Shift+H');
    const sidebar = await sidebarFrame(page, extensionId);
    await expect(sidebar.getByRole('searchbox', { name: '搜索话术' })).toBeFocused();
    await page.keyboard.press('Alt+Shift+H'); // closes; the launcher stays hidden
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await axBox(page, 'button', '打开话术侧栏')).toBeNull();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('tab', { name: '设置' }).click();
    const hidden = options.getByRole('list', { name: '已隐藏启动按钮的网站' });
    await expect(hidden).toContainText('http://127.0.0.1:5180');
    await hidden.getByRole('button', { name: '重新显示' }).click();
    await expect(hidden).toBeHidden();
    await page.reload();
    await attached(page);
  });
});

test('sending anyway past the same rule a third time offers to switch it off for the agent; the options page switches it on again', async ({
  context,
  extensionId,
}) => {
  await waitForLibrary(context, extensionId);
  await setToneMode(context, extensionId, 'block');
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await attached(page);
  const draft = '我们没错'; // one error-level finding (defensive wording), no rewrite
  for (let i = 1; i <= 2; i++) {
    await chat.focus(page);
    await page.keyboard.type(draft);
    await page.keyboard.press('Enter');
    await expect.poll(() => axBox(page, 'button', '仍然发送')).not.toBeNull();
    expect(await axBox(page, 'button', '以后不再检查这一条')).toBeNull();
    await clickByRole(page, 'button', '仍然发送');
    await expect.poll(() => chat.sent(page)).toHaveLength(i);
  }
  await chat.focus(page);
  await page.keyboard.type(draft);
  await page.keyboard.press('Enter');
  await clickByRole(page, 'button', '以后不再检查这一条');
  // Back in the draft, which is unchanged and not sent; the next Enter sends it without a dialog.
  await expect.poll(() => axBox(page, 'button', '仍然发送')).toBeNull();
  expect(await chat.text(page)).toBe(draft);
  expect(await chat.sent(page)).toHaveLength(2);
  await chat.focus(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.sent(page)).toEqual([draft, draft, draft]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('tab', { name: '设置' }).click();
  const off = options.getByRole('list', { name: '您关闭的检查' });
  // Named by what it asks for, in the UI language (not by its id).
  await expect(off).toContainText('为自己辩解会激化矛盾');
  await expect(off).not.toContainText('defensive-not-our-fault');
  await off.getByRole('button', { name: '重新检查' }).click();
  await expect(off).toBeHidden();
  // On again in the chat page too: once the page has the change (its badge flags the draft again), the same draft
  // stops before sending.
  await chat.focus(page);
  await page.keyboard.type(draft);
  await expect.poll(() => axBox(page, 'status', '语气检查：1 处待看')).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect.poll(() => axBox(page, 'button', '仍然发送')).not.toBeNull();
});
