import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import { getPhrase, personalPhrase, putPhrase } from './library-db';
import { rowMenu, rowMenuButton } from './phrase-rows';

/** A pack host on a free port: serves whatever `state` holds, with an ETag, like a static file server. */
function packServer() {
  const state = { body: '', status: 200, contentType: 'application/json; charset=utf-8', version: 0, requests: 0 };
  const server: Server = createServer((req, res) => {
    // Extension pages and workers send conditional headers, so browsers preflight; allow it like a CDN would.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since, Accept');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    state.requests++;
    const etag = `"v${state.version}"`;
    if (state.status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(state.status, { 'Content-Type': state.contentType, ETag: etag }).end(state.body);
  });
  return {
    state,
    publish(pack: unknown) {
      state.body = JSON.stringify(pack);
      state.status = 200;
      state.contentType = 'application/json; charset=utf-8';
      state.version++;
    },
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/team/pack.json`))),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const v1 = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'sub-team', name: '订阅团队话术', updatedAt: '2026-11-20T08:00:00Z' },
  groups: [{ id: 'after-sales', name: '售后' }],
  phrases: [
    { id: 'refund', group: 'after-sales', title: '退款到账说明', text: '亲，退款已提交，一般一到三个工作日原路退回', shortcut: 'tkdz' },
    { id: 'exchange', group: 'after-sales', title: '换货说明', text: '亲，换货请在订单页申请，寄回时附上订单号哦', shortcut: 'hhsm' },
  ],
};

const v2 = {
  ...v1,
  pack: { ...v1.pack, updatedAt: '2026-11-22T08:00:00Z' },
  phrases: [
    { id: 'refund', group: 'after-sales', title: '退款到账说明', text: '亲，退款已经提交，通常一到三个工作日内原路退回，请留意账户', shortcut: 'tkdz' },
    { id: 'invoice', group: 'after-sales', title: '发票开具', text: '亲，发票会在确认收货后七天内开具并发到您的邮箱', shortcut: 'fpkj' },
  ],
};

test('subscribe to a pack URL, refresh after it changes, personal phrases untouched, broken updates keep the copy', async ({ context, extensionId, worker }) => {
  // Only the agent's clicks fetch here: the hourly alarm is cleared, and the start-up refresh
  // (which may wait many seconds for the browser's managed storage) skips subscriptions checked in
  // the last half hour. Before that rule, it could apply v2 just before the click, which then
  // rightly but confusingly said "up to date".
  await worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }).chrome.alarms.clearAll());
  const host = packServer();
  const url = await host.start();
  try {
    host.publish(v1);
    await waitForLibrary(context, extensionId);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#subscriptions`);
    const mine = personalPhrase('own-1', '我的结束语', '感谢您的耐心，祝您生活愉快', 'wdjsy');
    await putPhrase(options, mine);

    await options.getByLabel('话术包地址（URL）').fill(url);
    await options.getByRole('button', { name: '订阅', exact: true }).click();
    await expect(options.getByRole('status').filter({ hasText: '已更新：新增 2' })).toBeVisible();
    const card = options.getByRole('listitem', { name: '订阅团队话术' });
    await expect(card).toContainText('2026-11-20T08:00:00Z');
    expect((await getPhrase(options, 'sub-team/refund'))?.text).toBe(v1.phrases[0]?.text);

    // Subscribed phrases are read-only in the manager; "copy to my phrases" is offered instead.
    await options.getByRole('tab', { name: '话术', exact: true }).click();
    await options.getByRole('searchbox').fill('tkdz');
    await rowMenuButton(options, '退款到账说明').click();
    const menu = rowMenu(options, '退款到账说明');
    await expect(menu.getByRole('menuitem')).toHaveText(['查看', '复制到我的话术']);
    await expect(menu.getByRole('menuitemcheckbox', { name: '置顶' })).toHaveAttribute('aria-checked', 'false');
    await options.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    // Sidebar on a chat page sees the subscribed phrase.
    const page = await context.newPage();
    await page.goto('/textarea.html');
    await chat.focus(page);
    await clickByRole(page, 'button', '打开话术侧栏');
    const sidebar = await sidebarFrame(page, extensionId);
    await sidebar.getByRole('searchbox').fill('tkdz');
    await expect(sidebar.getByRole('option').first()).toContainText('退款到账说明');

    // Nothing changed on the server: a conditional request, no update.
    await options.getByRole('tab', { name: '订阅', exact: true }).click();
    await options.getByRole('button', { name: '检查更新 订阅团队话术' }).click();
    await expect(options.getByRole('status').filter({ hasText: '已是最新' })).toBeVisible();

    // The team lead publishes a new version: one changed, one dropped, one added.
    host.publish(v2);
    await options.getByRole('button', { name: '检查更新 订阅团队话术' }).click();
    await expect(options.getByRole('status').filter({ hasText: '已更新：新增 1，修改 1，移除 1' })).toBeVisible();
    await expect(card).toContainText('2026-11-22T08:00:00Z');
    expect((await getPhrase(options, 'sub-team/refund'))?.text).toBe(v2.phrases[0]?.text);
    expect(await getPhrase(options, 'sub-team/exchange')).toBeUndefined();

    await sidebar.getByRole('searchbox').fill('fpkj');
    await expect(sidebar.getByRole('option').first()).toContainText('发票开具');
    await sidebar.getByRole('searchbox').press('Enter');
    await expect.poll(() => chat.text(page)).toBe(v2.phrases[1]?.text);

    // The agent's own phrase is exactly as it was.
    expect(await getPhrase(options, 'personal/own-1')).toEqual(mine);

    // The server breaks (an HTML error page): the error is shown, the copy keeps working.
    host.state.status = 500;
    host.state.contentType = 'text/html';
    host.state.body = '<html><body>Internal error</body></html>';
    await options.getByRole('button', { name: '检查更新 订阅团队话术' }).click();
    await expect(options.getByRole('status').filter({ hasText: '更新失败' })).toContainText('500');
    await expect(card).toContainText('上次错误');
    await expect(card).toContainText('当前副本仍在使用');
    expect((await getPhrase(options, 'sub-team/refund'))?.text).toBe(v2.phrases[0]?.text);
    await sidebar.getByRole('searchbox').fill('tkdz');
    await expect(sidebar.getByRole('option').first()).toContainText('退款到账说明');
  } finally {
    await host.stop();
  }
});
