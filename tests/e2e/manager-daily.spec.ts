import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Download, Page } from '@playwright/test';
import { expect, test, waitForLibrary } from './extension';
import { allRecords as all, getPhrase, personalPhrase, putPhrase } from './library-db';
import { rowAction, rowMenu, rowMenuButton } from './phrase-rows';

/** Where screenshots go when SHOTS_DIR is set (the manager at 1024×768, looked at by a person). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

const teamPack = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'after-sales', name: '售后话术', updatedAt: '2026-11-20T08:00:00Z', locale: 'zh-CN' },
  groups: [{ id: 'refund', name: '退款' }, { id: 'exchange', name: '换货' }],
  phrases: [
    { id: 'refund-time', group: 'refund', title: '退款到账', text: '亲，退款已提交，一般一到三个工作日原路退回', shortcut: 'tkdz' },
    { id: 'refund-no', group: 'refund', title: '不能退款', text: '亲，这个我不能退', shortcut: 'bntk' },
    { id: 'exchange-how', group: 'exchange', title: '换货方式', text: '亲，换货请在订单页申请，寄回时附上订单号哦' },
  ],
};

function jsonFile(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value), 'utf8') };
}

async function openOptions(page: Page, extensionId: string, tab = ''): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`chrome-extension://${extensionId}/options.html${tab ? `#${tab}` : ''}`);
  await expect(page.getByRole('tablist')).toBeVisible();
}

async function importPack(page: Page, pack: unknown, name = 'team.json'): Promise<void> {
  await page.getByRole('tab', { name: '导入与导出' }).click();
  await page.locator('input[type="file"]').and(page.getByLabel(/导入/)).setInputFiles(jsonFile(name, pack));
}

async function downloaded(download: Download): Promise<{ name: string; json: { pack: { name: string }; phrases: { text: string }[] } }> {
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) };
}

test('export starts from the lead’s own phrases and names the file after the pack or the group; built-in packs stay out', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');
  await putPhrase(options, personalPhrase('own-1', '我的结束语', '感谢您的耐心，祝您生活愉快', 'wdjsy'));
  await options.reload();

  const exportForm = options.getByRole('region', { name: '导出' });
  await expect(exportForm.getByRole('radio', { name: '一个话术包' })).toBeChecked();
  await expect(exportForm.getByRole('combobox', { name: /^话术包/ })).toHaveValue('personal');
  const [mine] = await Promise.all([options.waitForEvent('download'), exportForm.getByRole('button', { name: '导出文件' }).click()]);
  const own = await downloaded(mine);
  expect(own.name).toBe('我的话术.json');
  expect(own.json.phrases.map((p) => p.text)).toEqual(['感谢您的耐心，祝您生活愉快']);
  await expect(exportForm.getByRole('status')).toHaveText('已导出 1 条话术到 我的话术.json。');

  // A group of a team pack: the file is named after the group.
  await importPack(options, teamPack);
  await options.getByRole('button', { name: '导入 3 条话术' }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“售后话术”' })).toBeVisible();
  await exportForm.getByRole('radio', { name: '一个分组' }).check();
  await exportForm.getByRole('combobox', { name: '分组' }).selectOption({ label: '退款 (售后话术)' });
  const [group] = await Promise.all([options.waitForEvent('download'), exportForm.getByRole('button', { name: '导出文件' }).click()]);
  const refund = await downloaded(group);
  expect(refund.name).toBe('退款.json');
  expect(refund.json.pack.name).toBe('退款');
  expect(refund.json.phrases).toHaveLength(2);

  // The whole library leaves the built-in packs out unless asked for.
  await exportForm.getByRole('radio', { name: '整个话术库' }).check();
  await expect(exportForm.getByRole('checkbox', { name: '包含内置话术包' })).not.toBeChecked();
  const [library] = await Promise.all([options.waitForEvent('download'), exportForm.getByRole('button', { name: '导出文件' }).click()]);
  expect((await downloaded(library)).json.phrases).toHaveLength(4);
  await exportForm.getByRole('checkbox', { name: '包含内置话术包' }).check();
  const [everything] = await Promise.all([options.waitForEvent('download'), exportForm.getByRole('button', { name: '导出文件' }).click()]);
  expect((await downloaded(everything)).json.phrases.length).toBeGreaterThan(50);
});

test('import preview lists the incoming phrases with tone findings and duplicates, the pack can be renamed, the result is said once', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'transfer');
  // The lead already has the exchange wording as their own phrase.
  await putPhrase(options, personalPhrase('own-ex', '我的换货说明', teamPack.phrases[2]?.text ?? ''));
  await options.reload();

  await importPack(options, teamPack);
  const preview = options.getByRole('form', { name: '导入预览' });
  const table = preview.getByRole('table', { name: '将导入的话术' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const refusal = table.getByRole('row').filter({ hasText: '不能退款' });
  await expect(refusal.getByRole('cell').nth(1)).toHaveText('bntk');
  await expect(refusal.getByRole('cell').nth(2)).toHaveText('退款');
  await expect(refusal).toContainText('亲，这个我不能退');
  await expect(refusal).toContainText('错误');
  await expect(refusal).toContainText('我不能');
  await expect(table.getByRole('row').filter({ hasText: '退款到账' })).toContainText('没有问题');
  await expect(table.getByRole('row').filter({ hasText: '换货方式' })).toContainText('与库中的「我的换货说明」内容相同');
  await expect(preview).toContainText('有 1 条话术与库中已有的话术内容相同。');
  await expect(preview).toContainText(/2 个分组：\s*退款 \(2\)、换货 \(1\)/);
  await shot(options, 'import-preview-zh-CN');

  // Renamed before importing; an empty name is refused by the field.
  const name = preview.getByRole('textbox', { name: '话术包名称' });
  await name.fill('  ');
  await preview.getByRole('button', { name: '导入 3 条话术' }).click();
  await expect(preview.getByText('请填写话术包名称。')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('售后话术（2026 冬）');
  await preview.getByRole('button', { name: '导入 3 条话术' }).click();
  const done = options.getByRole('status').filter({ hasText: '已导入“售后话术（2026 冬）”' });
  await expect(done).toBeVisible();
  // Said once: no second status element repeats it.
  await expect(options.getByText('已导入“售后话术（2026 冬）”', { exact: false })).toHaveCount(1);
  const packs = await all<{ id: string; name: string }>(options, 'packs');
  expect(packs.find((p) => p.id === 'after-sales')?.name).toBe('售后话术（2026 冬）');
  expect((await getPhrase(options, 'after-sales/refund-no'))?.text).toBe('亲，这个我不能退');
});

test('phrase editor: a clashing shortcut is named while typing, placeholders are inserted from a menu, an error-level finding asks before saving', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await putPhrase(options, personalPhrase('refund', '退款说明', '亲，退款会在一到三个工作日内原路退回', 'tkzz'));
  // Written behind the page's back (raw IndexedDB): the page reads it on load.
  await options.reload();

  await options.getByRole('button', { name: '新建话术' }).click();
  const editor = options.getByRole('form', { name: '新建话术' });
  await editor.getByLabel('标题').fill('发货提醒');
  const shortcut = editor.getByRole('textbox', { name: '快捷编码' });
  await shortcut.fill('tkzz');
  await expect(editor.getByRole('alert')).toHaveText('tkzz 已被「退款说明」使用');
  await expect(shortcut).toHaveAttribute('aria-invalid', 'true');
  await shortcut.fill('fhtx');
  await expect(editor.getByRole('alert')).toHaveCount(0);

  // Placeholders go in at the caret, by keyboard.
  const text = editor.getByLabel('话术内容');
  await text.fill('您好，，您的订单预计送达');
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  const menuButton = editor.getByRole('button', { name: /插入占位符/ });
  await menuButton.focus();
  await menuButton.press('Enter');
  const menu = editor.getByRole('menu', { name: '插入占位符' });
  await expect(menu.getByRole('menuitem', { name: /\{客户\}/ })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(text).toHaveValue('您好，{客户}，您的订单预计送达');
  await expect(menu).toHaveCount(0);
  // {日期+N}: the N is selected to type over.
  await text.press('End');
  await menuButton.press('Enter');
  await options.keyboard.press('ArrowDown');
  await options.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /\{日期\+N\}/ })).toBeFocused();
  await shot(options, 'editor-menu-zh-CN');
  await options.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await options.keyboard.type('5');
  await expect(text).toHaveValue('您好，{客户}，您的订单预计送达{日期+5}');
  await text.press('End');
  await menuButton.press('Enter');
  await options.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: /\{\|\}/ })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(text).toHaveValue('您好，{客户}，您的订单预计送达{日期+5}{|}');
  // Esc in the menu closes only the menu.
  await menuButton.press('Enter');
  await options.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(editor).toBeVisible();
  await expect(menuButton).toBeFocused();

  // An error-level finding: saving asks first; going back keeps the editor.
  await text.fill('亲，这个我不能退，你自己看订单吧');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  const ask = editor.getByRole('alert').filter({ hasText: '仍要保存吗' });
  await expect(ask).toContainText('2 处错误级措辞问题');
  await expect(ask.getByRole('button', { name: '返回修改' })).toBeFocused();
  await shot(options, 'editor-confirm-zh-CN');
  await ask.getByRole('button', { name: '返回修改' }).click();
  await expect(ask).toHaveCount(0);
  await expect(text).toBeFocused();
  const stored = () => all<{ title: string; text: string }>(options, 'phrases').then((list) => list.filter((p) => p.title === '发货提醒'));
  expect(await stored()).toEqual([]);
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await editor.getByRole('button', { name: '仍然保存' }).click();
  await expect(options.getByRole('status')).toHaveText('已保存“发货提醒”。');
  expect((await stored()).map((p) => p.text)).toEqual(['亲，这个我不能退，你自己看订单吧']);
});

test('groups: new group at the top, an empty group offers a new phrase, hidden packs folded, messages next to the action', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  const nav = options.getByRole('navigation', { name: '分组' });
  const newGroup = nav.getByRole('textbox', { name: '新分组' });
  const allPhrases = nav.getByRole('button', { name: /^全部话术/ });
  // The form comes before the (long) list of groups.
  const [formBox, allBox] = [await newGroup.boundingBox(), await allPhrases.boundingBox()];
  expect(formBox && allBox && formBox.y < allBox.y).toBe(true);

  // Built-in packs in the other languages are hidden: folded, their groups not shown until opened.
  const hidden = nav.locator('details.hidden-pack');
  expect(await hidden.count()).toBeGreaterThan(0);
  const folded = hidden.first();
  await expect(folded.getByRole('button').first()).toBeHidden();
  await folded.locator('summary').press('Enter');
  await expect(folded.getByRole('button').first()).toBeVisible();

  await newGroup.fill('秋季上新');
  await newGroup.press('Enter');
  await expect(nav.getByRole('status')).toHaveText('已创建分组“秋季上新”。');
  await expect(newGroup).toHaveValue('');
  await expect(nav.getByRole('button', { name: '秋季上新 0', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(options.getByRole('heading', { name: '秋季上新' })).toBeVisible();
  await expect(options.getByText('这个分组还没有话术。')).toBeVisible();
  await shot(options, 'empty-group-zh-CN');

  await options.getByRole('button', { name: '在“秋季上新”中新建话术' }).click();
  const editor = options.getByRole('form', { name: '新建话术' });
  await expect(editor.getByRole('combobox', { name: '分组' })).toHaveValue(/.+/);
  await expect(editor.getByRole('combobox', { name: '分组' }).locator('option:checked')).toHaveText('秋季上新');
  await editor.getByLabel('标题').fill('满减说明');
  await editor.getByLabel('话术内容').fill('亲，活动期间满 300 减 40，下单时会自动减免哦');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText('已保存“满减说明”。');
  const row = options.locator('tr[data-phrase-id]').filter({ hasText: '满减说明' });
  await expect(row).toBeVisible();

  // A row's action is answered in the table, next to the row, with its undo where there is one.
  const table = options.locator('table.phrase-table');
  await rowAction(options, '满减说明', '复制一份');
  await expect(table.getByRole('status')).toHaveText('已将 1 条话术复制到我的话术。');
  await expect(options.getByRole('status')).toHaveCount(1);
  const copy = options.locator('tr[data-phrase-id]').filter({ hasText: '满减说明（副本）' });
  await rowAction(options, '满减说明（副本）', '删除');
  await expect(table.getByRole('status')).toContainText('已删除 1 条话术');
  await expect(options.getByRole('status')).toHaveCount(1);
  await expect(copy).toHaveCount(0);
  await table.getByRole('button', { name: '撤销' }).click();
  await expect(table.getByRole('status')).toHaveText('已恢复 1 条话术。');
  await expect(copy).toBeVisible();
  await shot(options, 'manager-zh-CN');
});

/** A pack host: serves `state` (a 404 until something is published). */
function packServer() {
  const state = { body: 'not found', status: 404 };
  const server: Server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since, Accept');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(state.status, { 'Content-Type': state.status === 200 ? 'application/json' : 'text/plain' }).end(state.body);
  });
  return {
    state,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/team/pack.json`))),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a subscription whose first fetch fails is not kept: the error is by the field, which keeps the address; success clears it', async ({ context, extensionId, worker }) => {
  await worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }).chrome.alarms.clearAll());
  const host = packServer();
  const url = await host.start();
  try {
    await waitForLibrary(context, extensionId);
    const options = await context.newPage();
    await openOptions(options, extensionId, 'subscriptions');
    const field = options.getByRole('textbox', { name: '话术包地址（URL）' });
    await field.fill(url);
    await options.getByRole('button', { name: '订阅', exact: true }).click();
    const error = options.getByRole('alert');
    await expect(error).toContainText('未订阅');
    await expect(error).toContainText('404');
    await expect(field).toHaveValue(url);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(options.getByText('还没有订阅。')).toBeVisible();
    await expect(options.locator('.cards > li')).toHaveCount(0);
    await shot(options, 'subscription-error-zh-CN');
    // Not stored either: after a reload there is still no subscription.
    await options.reload();
    await expect(options.getByText('还没有订阅。')).toBeVisible();
    await field.fill(url);

    // The lead publishes the file and tries again: subscribed, the field is cleared.
    host.state.status = 200;
    host.state.body = JSON.stringify({ ...teamPack, pack: { ...teamPack.pack, id: 'sub-after-sales', name: '订阅售后话术' } });
    await options.getByRole('button', { name: '订阅', exact: true }).click();
    await expect(options.getByRole('status').filter({ hasText: '已更新：新增 3' })).toBeVisible();
    await expect(field).toHaveValue('');
    await expect(options.getByRole('alert')).toHaveCount(0);
    await expect(options.getByRole('listitem', { name: '订阅售后话术' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('in English at 1024 px: the new controls are worded in English and the phrase table headers stay on one line', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId, 'settings');
  await options.getByRole('combobox', { name: /语言/ }).selectOption('en');
  await options.getByRole('tab', { name: 'Phrases', exact: true }).click();
  const nav = options.getByRole('navigation', { name: 'Groups' });
  await expect(nav.getByRole('textbox', { name: 'New group' })).toBeVisible();
  const heights = await options.locator('table.phrase-table thead th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
  expect(new Set(heights.map(Math.round)).size).toBe(1);
  const oneLine = await options.locator('table.phrase-table thead th').first().evaluate((c) => parseFloat(getComputedStyle(c).lineHeight) || 20);
  expect(heights[0]).toBeLessThan(oneLine * 2 + 12);
  await shot(options, 'manager-en');
  await options.getByRole('button', { name: 'New phrase' }).click();
  const editor = options.getByRole('form', { name: 'New phrase' });
  await editor.getByRole('button', { name: /Insert placeholder/ }).click();
  await expect(editor.getByRole('menuitem')).toHaveText([/\{customer\}/, /\{order\}/, /\{date\+N\}/, /\{\|\}/]);
  await shot(options, 'editor-menu-en');
  await options.getByRole('tab', { name: 'Import & export' }).click();
  await expect(options.getByRole('radio', { name: 'One pack' })).toBeChecked();
  await options.locator('input[type="file"]').setInputFiles(jsonFile('team.json', teamPack));
  await expect(options.getByRole('table', { name: 'Incoming phrases' }).getByRole('row')).toHaveCount(4);
  await shot(options, 'import-preview-en');
});

test('phrases are reordered by keyboard (Alt+↑/↓ in a row) and by dragging a row onto another', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  for (const [i, id] of ['first', 'second', 'third'].entries()) {
    await putPhrase(options, { ...personalPhrase(id, `顺序${i + 1}`, `第 ${i + 1} 条`), order: i });
  }
  await options.reload();
  await options.getByRole('button', { name: /^我的话术 3$/ }).click();
  const titles = () => options.locator('table.phrase-table tbody tr[data-phrase-id] strong').allTextContents();
  await expect.poll(titles).toEqual(['顺序1', '顺序2', '顺序3']);
  const orders = async () => Promise.all(['first', 'second', 'third'].map(async (id) => (await getPhrase(options, `personal/${id}`))?.order));

  // Keyboard: focus is on the first row's menu button; Alt+↓ moves that row down (the menu stays shut), and focus
  // stays on it.
  const menuButton = rowMenuButton(options, '顺序1');
  await menuButton.focus();
  await options.keyboard.press('Alt+ArrowDown');
  await expect.poll(titles).toEqual(['顺序2', '顺序1', '顺序3']);
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await options.keyboard.press('Alt+ArrowUp');
  await expect.poll(titles).toEqual(['顺序1', '顺序2', '顺序3']);
  // The same from the row's menu, by mouse: focus comes back to the row's menu button.
  await rowAction(options, '顺序1', '下移');
  await expect.poll(titles).toEqual(['顺序2', '顺序1', '顺序3']);
  await expect(menuButton).toBeFocused();
  await rowAction(options, '顺序1', '上移');
  await expect.poll(titles).toEqual(['顺序1', '顺序2', '顺序3']);

  // Drag: the third row dropped onto the first takes its place.
  await options.locator('tr[data-phrase-id="personal/third"]').dragTo(options.locator('tr[data-phrase-id="personal/first"]'));
  await expect.poll(titles).toEqual(['顺序3', '顺序1', '顺序2']);
  expect(await orders()).toEqual([1, 2, 0]);
});

test('at 1024 px a row’s menu works by keyboard alone, and no header or cell of the table wraps', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  const long = '亲，您的包裹已经从杭州仓发出，预计两到三天送达，物流单号稍后会通过短信发给您，如有延误请随时联系我们的客服';
  await putPhrase(options, { ...personalPhrase('ship-note', '发货通知（含物流单号与预计送达时间的完整说明）', long, 'fhtz-wlsm-long'), tags: ['物流', '发货', '催单', '售后', '预计送达'] });
  await options.reload();
  await options.getByRole('button', { name: /^我的话术 1$/ }).click();
  const title = '发货通知（含物流单号与预计送达时间的完整说明）';
  const row = options.locator('tr[data-phrase-id="personal/ship-note"]');
  await expect(row).toBeVisible();

  // Every header and every piece of text in the rows stands on one line; what is cut off ends in an ellipsis and
  // says all of it in its tooltip.
  const lines = await options.locator('table.phrase-table').evaluate((table) => {
    const out: { text: string; lines: number }[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      out.push({ text: node.textContent, lines: tops.size });
    }
    return out;
  });
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.filter((l) => l.lines > 1)).toEqual([]);
  // Each header cell is one line of text high (a line box grows a little around CJK glyphs of a fallback font; a
  // second line would add a whole line height).
  const headers = await options.locator('table.phrase-table thead th').evaluateAll((cells) =>
    cells.map((c) => {
      const s = getComputedStyle(c);
      const content = c.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) - parseFloat(s.borderBottomWidth);
      return { text: c.textContent, lines: content / parseFloat(s.lineHeight) };
    }),
  );
  expect(headers).toHaveLength(6);
  for (const { text, lines } of headers) {
    expect(lines, text ?? '').toBeGreaterThan(0.9);
    expect(lines, text ?? '').toBeLessThan(1.5);
  }
  await expect(row.locator('.preview')).toHaveAttribute('title', long);
  const cut = await row.locator('.preview').evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(true);
  await expect(row.locator('strong')).toHaveAttribute('title', title);

  // Tab from the row's checkbox reaches its menu button; Enter opens the menu on its first item, ↓ moves, Enter runs.
  await row.getByRole('checkbox').focus();
  await options.keyboard.press('Tab');
  const button = rowMenuButton(options, title);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await options.keyboard.press('Enter');
  const menu = rowMenu(options, title);
  await expect(menu.getByRole('menuitem', { name: '编辑' })).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await shot(options, 'row-menu-zh-CN');
  await options.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '复制一份' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.locator('table.phrase-table').getByRole('status')).toHaveText('已将 1 条话术复制到我的话术。');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(options.locator('tr[data-phrase-id]').filter({ hasText: `${title}（副本）` })).toBeVisible();

  // Space and ↑ open it too (↑ on the last item, ↓ wraps to the first); Esc closes it and gives focus back.
  await options.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: '删除' })).toBeFocused();
  await options.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '编辑' })).toBeFocused();
  await options.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: '删除' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await options.keyboard.press(' ');
  await expect(menu.getByRole('menuitem', { name: '编辑' })).toBeFocused();
  // Pin is a checkbox item: chosen with Enter, the row shows the pin and the item is checked next time.
  await options.keyboard.press('ArrowDown');
  await options.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemcheckbox', { name: '置顶' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(row.getByLabel('已置顶')).toBeVisible();
  await expect(button).toBeFocused();
  await options.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemcheckbox', { name: '置顶' })).toHaveAttribute('aria-checked', 'true');

  // A click elsewhere closes it.
  await options.getByRole('heading', { level: 2, name: '我的话术' }).click();
  await expect(menu).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});
