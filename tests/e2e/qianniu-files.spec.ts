/**
 * Qianniu's quick-phrase files as they are (issue 16): a GBK export with Qianniu's own header imports codes, texts and
 * groups; the 千牛格式 export reads back through our importer with nothing lost, and a pack over Qianniu's limits gets
 * a report naming what would be cut before any file is written.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { encodeGbk } from '../../utils/packs/encoding';
import type { GroupRecord, PhraseRecord } from '../../utils/db/types';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { expect, test, waitForLibrary } from './extension';
import { allRecords } from './library-db';
import { ChatPage } from './pages/chat-page';

const textarea = FIXTURE_PAGES.find((p) => p.editor === 'textarea') ?? FIXTURE_PAGES[0]!;

/** Where screenshots go when SHOTS_DIR is set (looked at by a person). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.getByRole('region', { name: '导出', exact: true }).screenshot({ path: `${dir}/${name}.png` });
}

async function openTransfer(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`chrome-extension://${extensionId}/options.html#transfer`);
  await expect(page.getByRole('tablist')).toBeVisible();
}

const importInput = (page: Page) => page.locator('input[type="file"]').and(page.getByLabel(/导入/));
const preview = (page: Page) => page.getByRole('form', { name: '导入预览' });

/** What a Qianniu file carries of each phrase of a pack in the library: code, text, group name, in the pack's order. */
async function carried(page: Page, packId: string): Promise<[string, string, string][]> {
  const groups = new Map((await allRecords<GroupRecord>(page, 'groups')).map((g) => [g.id, g.name]));
  const phrases = (await allRecords<PhraseRecord>(page, 'phrases')).filter((p) => p.packId === packId).sort((a, b) => a.order - b.order);
  return phrases.map((p) => [p.shortcut ?? '', p.text, groups.get(p.group) ?? '']);
}

async function packIdNamed(page: Page, name: string): Promise<string> {
  const pack = (await allRecords<{ id: string; name: string }>(page, 'packs')).find((p) => p.name === name);
  if (!pack) throw new Error(`no pack named ${name}`);
  return pack.id;
}

async function importJson(page: Page, pack: { pack: { name: string }; phrases: unknown[] }): Promise<void> {
  await importInput(page).setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await preview(page).getByRole('button', { name: `导入 ${pack.phrases.length} 条话术` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已导入“${pack.pack.name}”` })).toBeVisible();
}

/** Chooses a pack and the Qianniu format in the export panel. */
async function chooseQianniuExport(page: Page, packName: string) {
  const panel = page.getByRole('region', { name: '导出', exact: true });
  await panel.getByRole('radio', { name: '一个话术包' }).check();
  await panel.getByRole('combobox', { name: /^话术包/ }).selectOption({ label: packName });
  await panel.getByRole('radio', { name: /千牛格式/ }).check();
  return panel;
}

const readBytes = async (download: Download) => readFile((await download.path()) ?? '');

test('a GBK file with Qianniu’s header imports codes, texts and groups; a code finds its phrase in the sidebar', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openTransfer(options, extensionId);
  const file = [
    '快捷短语编码,快捷短语,快捷短语分组',
    'qnwl,亲，您的包裹今天发出，预计 3-4 天送达&#44;请留意物流短信,物流',
    'qnth,退货请寄到售后仓&#13;单号发我就好,售后',
    'qnhy,您好，欢迎光临小店，有什么可以帮您？,',
    '',
  ].join('\r\n');
  const { bytes, missing } = encodeGbk(file);
  expect(missing).toEqual([]);
  // Not UTF-8: the bytes are GBK (快 is BF EC).
  expect([...bytes.subarray(0, 2)]).toEqual([0xbf, 0xec]);
  await importInput(options).setInputFiles({ name: '千牛快捷短语.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });

  const form = preview(options);
  await expect(form.locator('[data-count="new"]')).toHaveText('3');
  await expect(form.locator('[data-count="invalid"]')).toHaveText('0');
  const table = form.getByRole('table', { name: '将导入的话术' });
  const returns = table.getByRole('row').filter({ hasText: '退货请寄到售后仓' });
  await expect(returns.getByRole('cell').nth(1)).toHaveText('qnth');
  await expect(returns.getByRole('cell').nth(2)).toHaveText('售后');
  await expect(table.getByRole('row').filter({ hasText: 'qnhy' }).getByRole('cell').nth(2)).toHaveText('未分组');
  await form.getByRole('button', { name: '导入 3 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“千牛快捷短语”' })).toBeVisible();

  const packId = await packIdNamed(options, '千牛快捷短语');
  expect(await carried(options, packId)).toEqual([
    ['qnwl', '亲，您的包裹今天发出，预计 3-4 天送达,请留意物流短信', '物流'],
    ['qnth', '退货请寄到售后仓\n单号发我就好', '售后'],
    ['qnhy', '您好，欢迎光临小店，有什么可以帮您？', '未分组'],
  ]);

  // In the manager: the file's groups under its pack, its phrases with titles made from their text and their codes.
  await options.getByRole('tab', { name: '话术', exact: true }).click();
  const pack = options.getByRole('navigation', { name: '分组' }).getByRole('region', { name: '千牛快捷短语' });
  for (const name of ['物流 1', '售后 1', '未分组 1']) await expect(pack.getByRole('button', { name, exact: true })).toBeVisible();
  await pack.getByRole('button', { name: '售后 1', exact: true }).click();
  const row = options.getByRole('row').filter({ hasText: '退货请寄到售后仓' });
  await expect(row).toContainText('qnth');

  // On a chat page the code finds the phrase, and Enter puts its text (with its line break) into the input.
  const chatPage = await ChatPage.open(context, textarea);
  const sidebar = await chatPage.openSidebar();
  await sidebar.find('qnth', '退货请寄到售后仓');
  await sidebar.choose();
  await expect.poll(() => chatPage.text()).toBe('退货请寄到售后仓\n单号发我就好');
});

const team = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'qn-team', name: 'QN 团队话术', locale: 'zh-CN' },
  groups: [{ id: 'wl', name: '物流' }, { id: 'sh', name: '售后' }],
  phrases: [
    { id: 'a', group: 'wl', title: '物流查询', text: '亲，我这就帮您查一下物流进度。', shortcut: 'qnwl' },
    { id: 'b', group: 'sh', title: '退货地址', text: '退货请寄到售后仓，\n单号发我就好, 谢谢 "亲"', shortcut: 'qnth' },
    { id: 'c', group: 'sh', title: '安抚', text: '给您添麻烦了，我们一起把问题解决好。' },
  ],
};

test('the Qianniu export is Qianniu’s header in GBK and reads back through the importer with nothing lost', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openTransfer(options, extensionId);
  await importJson(options, team);

  const panel = await chooseQianniuExport(options, 'QN 团队话术');
  await expect(panel.getByRole('radio', { name: /^GBK/ })).toBeChecked();
  await expect(panel).toContainText('标题和标签不写入文件');
  const [download] = await Promise.all([options.waitForEvent('download'), panel.getByRole('button', { name: '导出文件' }).click()]);
  expect(download.suggestedFilename()).toBe('QN 团队话术（千牛）.csv');
  await expect(panel.getByRole('status')).toHaveText('已导出 3 条话术到 QN 团队话术（千牛）.csv（千牛格式，GBK）。');
  const bytes = await readBytes(download);
  const text = new TextDecoder('gbk').decode(bytes);
  expect(text.split('\r\n')).toEqual([
    '快捷短语编码,快捷短语,快捷短语分组',
    'qnwl,亲，我这就帮您查一下物流进度。,物流',
    'qnth,"退货请寄到售后仓，&#13;单号发我就好&#44; 谢谢 ""亲""",售后',
    ',给您添麻烦了，我们一起把问题解决好。,售后',
    '',
  ]);

  // The file, imported as it was downloaded: the same codes, texts and groups.
  await importInput(options).setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: bytes });
  const form = preview(options);
  await expect(form.locator('[data-count="new"]')).toHaveText('3');
  await expect(form.locator('[data-count="invalid"]')).toHaveText('0');
  // The codes are the original pack's too: the preview says so, and keeps both.
  await expect(form.locator('[data-shortcut-clashes]')).toHaveText('有 2 条话术的快捷编码已被此话术包以外的话术使用；两条都会保留，按编码搜索时都会列出。');
  await expect(form.getByRole('row').filter({ hasText: 'qnwl' })).toContainText('qnwl 已被「物流查询」使用');
  await form.getByRole('button', { name: '导入 3 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“QN 团队话术（千牛）”' })).toBeVisible();
  const back = await carried(options, await packIdNamed(options, 'QN 团队话术（千牛）'));
  expect(back).toEqual(await carried(options, 'qn-team'));
  expect(back).toEqual(team.phrases.map((p) => [p.shortcut ?? '', p.text, p.group === 'wl' ? '物流' : '售后']));
});

test('a pack over Qianniu’s limits gets a report naming what would be cut, before any file is written', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openTransfer(options, extensionId);
  const big = {
    format: 'huashu.pack',
    version: 1,
    pack: { id: 'qn-big', name: '大促话术', locale: 'zh-CN' },
    // Exported group by group, parents before children: 常用 (#1, #2), 售后 › 退货 (#3), 其他 (#4 to #501).
    groups: [{ id: 'cy', name: '常用' }, { id: 'sh', name: '售后' }, { id: 'th', name: '退货', parent: 'sh' }, { id: 'qt', name: '其他' }],
    phrases: [
      { id: 'long', group: 'cy', title: '活动规则全文', text: '满'.repeat(401) },
      { id: 'smile', group: 'cy', title: '笑脸问候', text: '亲，在的😊' },
      { id: 'nested', group: 'th', title: '退货地址', text: '退货请寄到售后仓', shortcut: 'thdz' },
      ...Array.from({ length: 498 }, (_, i) => ({ id: `f${i}`, group: 'qt', title: `其他第${i + 4}条`, text: `亲，这是第 ${i + 4} 条话术` })),
    ],
  };
  await importJson(options, big);
  let downloads = 0;
  options.on('download', () => downloads++);

  const panel = await chooseQianniuExport(options, '大促话术');
  await panel.getByRole('button', { name: '导出文件' }).click();
  const report = panel.getByRole('region', { name: '千牛导出前检查' });
  await expect(report).toBeVisible();
  await expect(report).toBeFocused();
  await expect(report).toContainText('文件中有 500 / 501 条话术');
  await expect(report.getByRole('list', { name: /千牛最多 500 条快捷短语/ })).toHaveText('第 501 条「其他第501条」');
  await expect(report.getByRole('list', { name: /超过 800 个字符/ })).toHaveText('第 1 条「活动规则全文」：802 → 800');
  await expect(report.getByRole('list', { name: /千牛只有一级分组/ })).toHaveText('售后 › 退货 → 「售后=>退货」（1 条）');
  await expect(report.getByRole('list', { name: /GBK 没有以下字符/ })).toHaveText('第 2 条「笑脸问候」：😊');
  // Nothing was written while the report waits for an answer.
  expect(downloads).toBe(0);
  await shot(options, 'qianniu-export');

  // Not exporting writes nothing.
  await report.getByRole('button', { name: '不导出' }).click();
  await expect(panel.getByRole('status')).toHaveText('没有导出文件。');
  await expect(report).toHaveCount(0);
  expect(downloads).toBe(0);

  // Exporting anyway writes the file as the report said: 500 phrases, the long one cut to 800, the nested group by its path.
  await panel.getByRole('button', { name: '导出文件' }).click();
  const [download] = await Promise.all([options.waitForEvent('download'), report.getByRole('button', { name: '仍然导出（按上述处理）' }).click()]);
  await expect(panel.getByRole('status')).toHaveText('已导出 500 条话术到 大促话术（千牛）.csv（千牛格式，GBK）。');
  const lines = new TextDecoder('gbk').decode(await readBytes(download)).trimEnd().split('\r\n');
  expect(lines).toHaveLength(501);
  expect(lines[1]).toBe(`,${'满'.repeat(400)},常用`);
  expect(lines[2]).toBe(',亲，在的?,常用');
  expect(lines[3]).toBe('thdz,退货请寄到售后仓,售后=>退货');
  expect(lines[500]).toBe(',亲，这是第 500 条话术,其他');
  expect(lines.some((line) => line.includes('第 501 条'))).toBe(false);
});
