import type { Frame, Page } from '@playwright/test';
import { axBox, chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';

/** Issue 12 ("The agent's day"): never cover the chat, and the hotkey does what the agent means. */

/** The content script is up on the page (its launcher is there): from now on the hotkey reaches it. */
async function ready(page: Page): Promise<void> {
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
}

/** What the page's own hit test finds at the centre of an element: true when it is that element (not our sidebar). */
function reachable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  }, selector);
}

test.describe('a full-viewport console (one position: fixed grid, order panel on the right)', () => {
  test('the open sidebar covers neither the send button nor the order panel, and closing gives the layout back', async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto('/console.html');
    await ready(page);
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
  await ready(page);
  await chat.focus(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  const box = await search(sidebar);
  await expect(box).toBeFocused();
  await page.keyboard.type('fhsj');
  await expect(sidebar.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toContain('16:00');
  // Focus is back in the chat input.
  await page.keyboard.type('。');
  await expect.poll(() => chat.text(page)).toMatch(/。$/);

  // The sidebar is open but the agent is in the chat: the hotkey goes to search, the last query selected.
  await page.keyboard.press('Alt+Shift+H');
  await expect(box).toBeFocused();
  await expect
    .poll(() => box.evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]))
    .toEqual([0, 4]);
  await page.keyboard.type('fhsj');
  await expect(box).toHaveValue('fhsj');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await chat.text(page)).split('16:00').length - 1).toBe(2);
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
