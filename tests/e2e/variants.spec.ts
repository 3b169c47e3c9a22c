/**
 * Per-site variants (issue 16): a lead writes a phrase's version for one site in the manager; on a chat page of that
 * site the sidebar lists and inserts the version, and `/` offers it; on any other site the phrase itself.
 * The fixture server answers as 127.0.0.1 and as localhost (both enabled by default): localhost is "the site".
 */
import type { Page } from '@playwright/test';
import { axNames, chat, expect, test, waitForLibrary } from './extension';
import { allRecords, personalPhrase, putPhrase } from './library-db';
import { ChatPage } from './pages/chat-page';
import { rowAction } from './phrase-rows';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { FIXTURE_PORT } from '../../playwright.config';

const BASE_TEXT = '您好，很高兴为您服务，请问有什么可以帮您？';
const SITE_TEXT = '亲，在的呢~ 请问有什么可以帮您？';
const textarea = FIXTURE_PAGES.find((f) => f.file === 'textarea.html');
if (!textarea) throw new Error('the textarea fixture is gone');

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('tablist')).toBeVisible();
}

test('a version written for a site in the manager is what the sidebar and / insert there; elsewhere the phrase itself', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await putPhrase(options, personalPhrase('greet', '开场问候', BASE_TEXT, 'kcwh'));
  await options.reload();

  // The lead adds the site's version beside the phrase's own text.
  await rowAction(options, '开场问候', '编辑');
  const editor = options.getByRole('form', { name: '编辑话术' });
  await editor.getByRole('button', { name: '为某个网站添加版本' }).click();
  const version = editor.getByRole('group', { name: '版本 1' });
  const sites = version.getByRole('textbox', { name: /^网站/ });
  await expect(sites).toBeFocused();
  // A full address is refused with what to write instead, and nothing is saved.
  await sites.fill('http://localhost:5180/chat');
  await version.getByRole('textbox', { name: '在这些网站上的内容' }).fill(SITE_TEXT);
  await version.getByRole('textbox', { name: /的标题/ }).fill('本站开场');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(version.getByRole('alert')).toContainText('taobao.com');
  await expect(sites).toHaveAttribute('aria-invalid', 'true');
  if (process.env.SHOTS_DIR) await editor.screenshot({ path: `${process.env.SHOTS_DIR}/editor-variants-zh-CN.png` });
  expect((await allRecords<{ id: string; variants?: unknown }>(options, 'phrases')).find((p) => p.id === 'personal/greet')?.variants).toBeUndefined();
  await sites.fill('localhost');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText('已保存“开场问候”。');
  await expect
    .poll(async () => (await allRecords<{ id: string; variants?: unknown }>(options, 'phrases')).find((p) => p.id === 'personal/greet')?.variants)
    .toEqual([{ sites: ['localhost'], title: '本站开场', text: SITE_TEXT }]);

  // On the site: the sidebar shows the site's version, finds it by the phrase's code and inserts it.
  const onSite = await context.newPage();
  await onSite.goto(`http://localhost:${FIXTURE_PORT}/${textarea.file}`);
  const here = await ChatPage.attach(onSite, textarea);
  const sidebar = await here.openSidebar();
  await sidebar.find('kcwh', '本站开场');
  await expect(sidebar.options.first()).toContainText(SITE_TEXT);
  await sidebar.choose();
  await expect.poll(() => here.text()).toBe(SITE_TEXT);
  // …and / offers and inserts the same version.
  await here.focus();
  await here.type(' /kcwh');
  await here.slash.offersFirst('本站开场');
  await here.press('Enter');
  await expect.poll(() => here.text()).toBe(`${SITE_TEXT} ${SITE_TEXT}`);

  // Any other site: the phrase's own title and text.
  const elsewhere = await ChatPage.open(context, textarea);
  await elsewhere.type('/kcwh');
  await elsewhere.slash.offersFirst('开场问候');
  expect((await axNames(elsewhere.page, 'option'))[0]).not.toContain('本站');
  await elsewhere.press('Enter');
  await expect.poll(() => chat.text(elsewhere.page)).toBe(BASE_TEXT);
});
