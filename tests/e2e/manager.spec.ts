import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import { getPhrase } from './library-db';
import { rowAction } from './phrase-rows';

/** A team pack as a team lead would hand it out. */
const teamPack = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'e2e-team', name: 'E2E 团队话术', updatedAt: '2026-11-20T08:00:00Z', locale: 'zh-CN' },
  groups: [{ id: 'delivery', name: '发货' }],
  phrases: [
    { id: 'ship-time', group: 'delivery', title: '发货时间说明', text: '亲，您的订单会在48小时内从杭州仓发出，请留意物流短信哦', shortcut: 'fhsjsm' },
    { id: 'ship-remote', group: 'delivery', title: '偏远地区发货', text: '亲，偏远地区的包裹会晚两到三天到达，感谢您的耐心', tags: ['物流'] },
  ],
};

function jsonFile(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value), 'utf8') };
}

/** The import control: a file input whose accessible name contains 导入 (the zh-CN UI). */
const importInput = (page: Page) => page.locator('input[type="file"]').and(page.getByLabel(/导入/));

async function openOptions(page: Page, extensionId: string, tab = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html${tab ? `#${tab}` : ''}`);
  await expect(page.getByRole('tablist')).toBeVisible();
}

/** Number of phrase records in the library (raw IndexedDB in the extension origin). */
async function phraseCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const count = req.result.transaction('phrases').objectStore('phrases').count();
          count.onsuccess = () => {
            req.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

test('a JSON pack imported through the options page shows in the sidebar and inserts', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');

  await importInput(options).setInputFiles(jsonFile('team.json', teamPack));
  const preview = options.getByRole('form', { name: '导入预览' });
  await expect(preview).toBeVisible();
  await expect(preview.locator('[data-count="new"]')).toHaveText('2');
  await expect(preview.locator('[data-count="invalid"]')).toHaveText('0');
  await expect(preview.getByRole('radio', { name: /合并/ })).toBeChecked();
  await preview.getByRole('button', { name: '导入 2 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“E2E 团队话术”' }).first()).toBeVisible();
  expect((await getPhrase(options, 'e2e-team/ship-time'))?.text).toBe(teamPack.phrases[0]?.text);

  const page = await context.newPage();
  await page.goto('/textarea.html');
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  const sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('searchbox').fill('fhsjsm');
  await expect(sidebar.getByRole('option').first()).toContainText('发货时间说明');
  await sidebar.getByRole('searchbox').press('Enter');
  await expect.poll(() => chat.text(page)).toBe(teamPack.phrases[0]?.text);
  await expect.poll(async () => (await getPhrase(options, 'e2e-team/ship-time'))?.usageCount).toBe(1);

  // Export the pack again as our CSV sheet: UTF-8 with BOM, Chinese headers, nested groups as paths.
  await options.getByRole('radio', { name: '一个话术包' }).check();
  await options.getByRole('combobox', { name: /^话术包/ }).selectOption({ label: 'E2E 团队话术' });
  await options.getByRole('radio', { name: /CSV 表格/ }).check();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出文件' }).click()]);
  expect(download.suggestedFilename()).toBe('E2E 团队话术.csv');
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFF分组,快捷编码,标题,快捷短语\r\n')).toBe(true);
  expect(csv).toContain(`发货,fhsjsm,发货时间说明,${teamPack.phrases[0]?.text}`);
});

test('a bad file gets a clear message and the library is left as it was', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');
  const input = importInput(options);
  await input.setInputFiles(jsonFile('team.json', teamPack));
  await options.getByRole('button', { name: '导入 2 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入' }).first()).toBeVisible();
  const before = await phraseCount(options);

  // Cut-off JSON: the message says where, and nothing is imported.
  const text = JSON.stringify(teamPack);
  await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length - 40)) });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('无法导入“team.json”');
  await expect(alert).toContainText('不是有效的 JSON');
  await expect(alert).toContainText('没有任何改动');
  await expect(options.getByRole('form', { name: '导入预览' })).toHaveCount(0);

  // A JSON file that is not a pack at all.
  await input.setInputFiles(jsonFile('other.json', { format: 'something-else', phrases: [] }));
  await expect(options.getByRole('alert')).toContainText('"format" 应为 "huashu.pack"');

  expect(await phraseCount(options)).toBe(before);
  expect((await getPhrase(options, 'e2e-team/ship-time'))?.text).toBe(teamPack.phrases[0]?.text);
});

test('a phrase written in the manager appears at once in an open sidebar, and deleting it can be undone', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  const sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('searchbox').fill('wdxkc');
  await expect(sidebar.getByRole('option')).toHaveCount(0);

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByRole('button', { name: '新建话术' }).click();
  const editor = options.getByRole('form', { name: '新建话术' });
  await editor.getByLabel('标题').fill('我的新开场');
  await editor.getByLabel('话术内容').fill('你好，我是小周，有什么可以帮您？');
  // Live tone check while typing: a curt address is flagged before saving.
  await expect(editor.getByRole('region', { name: '措辞检查' })).not.toContainText('没有问题');
  await editor.getByLabel('话术内容').fill('您好，我是小周，很高兴为您服务，请问有什么可以帮您？');
  await expect(editor.getByRole('region', { name: '措辞检查' })).toContainText('没有问题');
  await editor.getByLabel('快捷编码').fill('wdxkc');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已保存“我的新开场”' })).toBeVisible();

  // The sidebar already open on the chat page finds it without a reload.
  await sidebar.getByRole('searchbox').fill('');
  await sidebar.getByRole('searchbox').fill('wdxkc');
  await expect(sidebar.getByRole('option').first()).toContainText('我的新开场');

  await rowAction(options, '我的新开场', '删除');
  await expect(options.getByRole('status')).toContainText('已删除 1 条话术');
  await sidebar.getByRole('searchbox').fill('');
  await sidebar.getByRole('searchbox').fill('wdxkc');
  await expect(sidebar.getByRole('option')).toHaveCount(0);

  await options.getByRole('button', { name: '撤销' }).click();
  await expect(options.getByRole('status')).toContainText('已恢复 1 条话术');
  await sidebar.getByRole('searchbox').fill('');
  await sidebar.getByRole('searchbox').fill('wdxkc');
  await expect(sidebar.getByRole('option').first()).toContainText('我的新开场');
});

test('re-importing a pack keeps the agent’s own edits of its phrases as personal copies', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');
  await importInput(options).setInputFiles(jsonFile('team.json', teamPack));
  await options.getByRole('button', { name: '导入 2 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“E2E 团队话术”' }).first()).toBeVisible();

  // The agent rewords one of the team's phrases in the manager.
  const mine = '亲，订单48小时内从杭州仓发出，发出后我会第一时间告诉您单号';
  await options.getByRole('tab', { name: '话术', exact: true }).click();
  await options.getByRole('searchbox').fill('fhsjsm');
  await rowAction(options, '发货时间说明', '编辑');
  const editor = options.getByRole('form', { name: /编辑/ });
  // The editor puts focus on its title when it opens: typing before that lands in the title instead.
  await expect(editor.getByLabel('标题')).toBeFocused();
  await editor.getByLabel('话术内容').fill(mine);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已保存“发货时间说明”' })).toBeVisible();

  // The team lead's file comes again: the preview names the edited phrase and offers to keep it.
  await options.getByRole('tab', { name: '导入与导出' }).click();
  await importInput(options).setInputFiles(jsonFile('team.json', teamPack));
  const preview = options.getByRole('form', { name: '导入预览' });
  const keep = preview.getByRole('group', { name: '把我改过的版本另存为我的话术（先复制到“我的话术”）' });
  await expect(keep).toContainText('1 条话术在上次导入后被修改过');
  await expect(keep.getByRole('listitem')).toHaveText(['发货时间说明']);
  await expect(keep.getByRole('checkbox')).toBeChecked();
  await preview.getByRole('button', { name: '导入 2 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已把您改过的 1 条话术保存到“我的话术”' }).first()).toBeVisible();

  // The pack holds the team's text again; the agent's wording lives on as their own phrase.
  expect((await getPhrase(options, 'e2e-team/ship-time'))?.text).toBe(teamPack.phrases[0]?.text);
  const own = await options.evaluate(
    (text) =>
      new Promise<{ title: string; packId: string }[]>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const all = req.result.transaction('phrases').objectStore('phrases').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve((all.result as { title: string; text: string; packId: string }[]).filter((p) => p.text === text));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    mine,
  );
  expect(own).toEqual([expect.objectContaining({ title: '发货时间说明（我的版本）', packId: 'personal' })]);
});

test('a new release of a pack: the import preview shows which words of a changed phrase change', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');
  await importInput(options).setInputFiles(jsonFile('team.json', teamPack));
  await options.getByRole('button', { name: '导入 2 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“E2E 团队话术”' }).first()).toBeVisible();

  // The lead changes the warehouse's promise from 48 to 24 hours.
  const [shipTime, remote] = teamPack.phrases;
  const v2 = { ...teamPack, pack: { ...teamPack.pack, updatedAt: '2026-11-25T08:00:00Z' }, phrases: [{ ...shipTime, text: shipTime!.text.replace('48', '24') }, remote] };
  await importInput(options).setInputFiles(jsonFile('team-v2.json', v2));
  const rows = options.getByRole('form', { name: '导入预览' }).getByRole('table', { name: '将导入的话术' }).getByRole('row');
  const changed = rows.filter({ hasText: '发货时间说明' });
  await expect(changed.locator('del')).toHaveText(['删去：48']);
  await expect(changed.locator('ins')).toHaveText(['新增：24']);
  await expect(changed.getByLabel('改动的内容')).toContainText('亲，您的订单会在');
  // The phrase that did not change reads as before, with nothing marked.
  await expect(rows.filter({ hasText: '偏远地区发货' }).locator('del, ins')).toHaveCount(0);
});
