import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension';

/**
 * The popup reads the active tab of its window. Opened as a tab itself, it would see itself; so the chat page is
 * brought to the front before popup.html loads in a tab behind it, as when the agent clicks the toolbar button there.
 */
async function openPopupOver(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const popup = await context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

test('the popup names the chat site, says Huashu is on there and shows the sidebar shortcut the browser has', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('/textarea.html');
  const popup = await openPopupOver(context, extensionId, page);
  // The context's browser language is zh-CN.
  await expect(popup.getByText('当前网站：127.0.0.1', { exact: true })).toBeVisible();
  await expect(popup.getByText('话术助手已在此网站启用。')).toBeVisible();
  await expect(popup.getByRole('paragraph').filter({ hasText: '侧栏快捷键：' })).toHaveText('侧栏快捷键：Alt+Shift+H 更改');
  await expect(popup.getByRole('button', { name: '打开话术侧栏' })).toBeFocused();
  await expect(popup).toHaveTitle('话术助手');
});

test('the popup’s shortcut button opens the browser’s shortcut settings', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('/textarea.html');
  const popup = await openPopupOver(context, extensionId, page);
  await popup.getByRole('button', { name: '更改' }).focus();
  const opened = context.waitForEvent('page');
  const closed = popup.waitForEvent('close');
  // The popup closes itself once the tab is open, which can end the key press's own round trip.
  await popup.keyboard.press('Enter').catch(() => undefined);
  expect((await opened).url()).toBe('chrome://extensions/shortcuts');
  await closed;
});

test('on a browser page the popup says Huashu cannot run there and names no site', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('about:blank');
  const popup = await openPopupOver(context, extensionId, page);
  await expect(popup.getByText('话术助手无法在此页面运行。')).toBeVisible();
  await expect(popup.getByText(/当前网站/)).toHaveCount(0);
  await expect(popup.getByRole('button', { name: '话术管理' })).toBeVisible();
});

test('the toolbar icon is declared at every size and each image loads at that size', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const sizes = await popup.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getManifest(): { action?: { default_icon?: Record<string, string> } } } } }).chrome;
    const icons = chrome.runtime.getManifest().action?.default_icon ?? {};
    return Promise.all(
      Object.entries(icons).map(
        ([size, path]) =>
          new Promise<string>((resolve) => {
            const img = new Image();
            img.onload = () => resolve(`${size}:${img.naturalWidth}x${img.naturalHeight}`);
            img.onerror = () => resolve(`${size}:missing`);
            img.src = `/${path}`;
          }),
      ),
    );
  });
  expect(sizes.sort()).toEqual(['128:128x128', '16:16x16', '32:32x32', '48:48x48', '96:96x96']);
});
