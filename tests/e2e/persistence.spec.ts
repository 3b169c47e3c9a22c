import { axBox, chat, clickByRole, expect, launchWithExtension, serviceWorker, sidebarFrame, test, waitForLibrary } from './extension';
import { getPhrase, personalPhrase, putPhrase } from './library-db';

test('the library survives a browser restart and a service-worker restart', async ({ userDataDir }) => {
  // First run: install, add a personal phrase, use a built-in one.
  let context = await launchWithExtension(userDataDir);
  let worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  await waitForLibrary(context, extensionId);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await putPhrase(ext, personalPhrase('mine', '我的开场白', '您好，我是小林，很高兴为您服务😊', 'wdkc'));
  await context.close();

  // Browser restart: same profile.
  context = await launchWithExtension(userDataDir);
  worker = await serviceWorker(context);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  let sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('searchbox').fill('wdkc');
  await expect(sidebar.getByRole('option').first()).toContainText('我的开场白');
  await sidebar.getByRole('searchbox').press('Enter');
  await expect.poll(() => chat.text(page)).toBe('您好，我是小林，很高兴为您服务😊');

  // Service-worker restart: stop it, then use the library again through it (the slash trigger).
  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.forEach((v) => states.push(v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => states.includes('stopped'), { message: 'service worker stopped' }).toBe(true);
  await page.keyboard.type(' /wdkc');
  await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.text(page)).toBe('您好，我是小林，很高兴为您服务😊 您好，我是小林，很高兴为您服务😊');

  const ext2 = await context.newPage();
  await ext2.goto(`chrome-extension://${extensionId}/options.html`);
  await expect.poll(async () => (await getPhrase(ext2, 'personal/mine'))?.usageCount).toBe(2);
  sidebar = await sidebarFrame(page, extensionId);
  await expect(sidebar.getByRole('searchbox')).toBeVisible();
  await context.close();
});
