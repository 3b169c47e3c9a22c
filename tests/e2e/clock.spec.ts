/**
 * The reply clock (issue 15) with the built extension on a transcript fixture: a new customer message starts the
 * badge beside the chat input and in the sidebar header, it turns amber near the site's target and red past it, it
 * never covers the chat input or the send button, and it stops when the agent sends; the options page then lists the
 * reply; switched off, nothing shows. The site's target is set short in the options page (as an agent may), so the
 * test waits seconds, not minutes: the content script's timers run in its isolated world, which Playwright's
 * page.clock does not reach.
 */
import type { Page } from '@playwright/test';
import { axBox, axNames, chat, expect, sidebarFrame, test, waitForLibrary } from './extension';

const QUESTION = '你好，请问发票怎么开？';
const TARGET_S = 8;

const receive = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { chatFixture: { receive(text: string): void } }).chatFixture.receive(t), text);

/** What the clock badge on the page says (its accessible name), or '' when none shows. */
async function clockName(page: Page): Promise<string> {
  return (await axNames(page, 'timer')).find((n) => n.startsWith('客户已等待')) ?? '';
}

/** The badge's box in the page's viewport (found through the accessibility tree: it lives in a closed shadow root). */
async function clockRect(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role: 'timer' });
    const node = nodes.find((n) => n.backendDOMNodeId !== undefined && !n.ignored);
    if (!node?.backendDOMNodeId) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function setClock(page: Page, data: { enabled?: boolean; targets?: Record<string, number> }): Promise<void> {
  await page.evaluate(async (d) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
    await chrome.runtime.sendMessage({ type: 'clock:set', data: d });
  }, data);
}

async function open(page: Page): Promise<void> {
  await page.goto('/transcript-classes.html');
  await page.waitForFunction(() => (window as unknown as { chatFixture?: unknown }).chatFixture !== undefined);
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
  await chat.focus(page);
}

test('the clock starts on a customer message, turns at the target, keeps clear of the chat input and stops on send', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#clock`);
  const page = await context.newPage();
  await setClock(options, { targets: { [new URL('/', 'http://127.0.0.1:5180').origin]: TARGET_S } });
  await open(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  // The conversation already on the page is not a new message: no clock yet (the suggestions show it was read).
  await expect(sidebar.getByRole('listbox', { name: '推荐回复' }).getByRole('option').first()).toContainText('物流查询');
  expect(await clockName(page)).toBe('');

  await receive(page, QUESTION);
  await expect.poll(() => clockName(page)).toMatch(new RegExp(`^客户已等待 00:0[0-2]（目标 ${TARGET_S} 秒）$`));
  // In the sidebar's header too.
  await expect(sidebar.getByRole('timer')).toHaveAttribute('aria-label', /^客户已等待 00:0\d（目标 8 秒）/);
  // Amber from 70% of the target, red past it.
  // (Amber from 5.6 s to 8 s: the 6 s and 7 s ticks.)
  await expect.poll(() => clockName(page), { timeout: 12_000, intervals: [200] }).toContain('快到目标时间');
  await expect.poll(() => clockName(page), { timeout: 12_000, intervals: [200] }).toContain('已超过目标时间');
  await expect(sidebar.getByRole('timer')).toHaveAttribute('data-phase', 'over');

  // Beside the chat input, on neither it nor the page's send button.
  const badge = await clockRect(page);
  expect(badge).not.toBeNull();
  for (const selector of ['textarea', '[data-testid="send"]']) {
    const box = await page.locator(selector).boundingBox();
    expect(box).not.toBeNull();
    expect(overlaps(badge!, box!), selector).toBe(false);
  }

  // The agent answers (Enter in the chat input): the clock stops on the page and in the sidebar.
  await page.keyboard.press('Escape');
  await chat.focus(page);
  await page.keyboard.type('您好，发票可以开的');
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.sent(page)).toEqual(['您好，发票可以开的']);
  await expect.poll(() => clockName(page)).toBe('');
  await expect(sidebar.getByRole('timer')).toHaveCount(0);

  // The options page lists the reply: one today, past the target.
  await options.reload();
  const row = options.getByRole('table', { name: '我的回复时间' }).getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('1');
  await expect(row.getByRole('cell').nth(2)).toHaveText('0%');
});

test('switched off, no clock shows for a new customer message', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#clock`);
  await options.getByRole('checkbox', { name: /显示客户已等待的时间/ }).uncheck();
  const page = await context.newPage();
  await open(page);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  await receive(page, QUESTION);
  // The message was read (its suggestions came)…
  await expect(sidebar.getByText(`针对：${QUESTION}`)).toBeVisible();
  await expect(sidebar.getByRole('listbox', { name: '推荐回复' }).getByRole('option').first()).toContainText('开发票');
  // …and no clock, on the page or in the sidebar.
  expect(await clockName(page)).toBe('');
  await expect(sidebar.getByRole('timer')).toHaveCount(0);
});
