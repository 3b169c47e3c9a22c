import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { axNames, expect, test, waitForLibrary } from './extension';
import { announceChange, getPhrase, personalPhrase, pinToday, putRecords, type StoredPhrase } from './library-db';
import { ChatPage } from './pages/chat-page';
import { rowAction } from './phrase-rows';

/** Campaign phrases of a team lead: one for 双十一 only, one from 双十二 on, one that is always offered. */
const sale: StoredPhrase = { ...personalPhrase('d11', '双十一满减说明', '亲，双十一当天满三百减五十，报暗号喵喵还送小样', 'zqmj'), validFrom: '2026-11-01', validUntil: '2026-11-11' };
const next: StoredPhrase = { ...personalPhrase('d12', '双十二预售说明', '亲，双十二预售定金可以抵扣一百元，报暗号喵喵还送小样', 'zqys'), validFrom: '2026-12-01' };
const always: StoredPhrase = personalPhrase('always', '大促期间发货说明', '亲，大促期间订单较多，报暗号喵喵的订单七十二小时内发货', 'zqfh');
const policy: StoredPhrase = { ...personalPhrase('policy', '七天无理由退货政策', '亲，本店支持七天无理由退货，商品不影响二次销售即可'), reviewDate: '2026-11-10' };

const textarea = FIXTURE_PAGES.find((f) => f.editor === 'textarea')!;

async function openOptions(context: BrowserContext, extensionId: string, tab = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${tab ? `#${tab}` : ''}`);
  await expect(page.getByRole('tablist')).toBeVisible();
  return page;
}

async function seed(context: BrowserContext, extensionId: string, day: string): Promise<Page> {
  await waitForLibrary(context, extensionId);
  const options = await openOptions(context, extensionId);
  await putRecords(options, 'phrases', [sale, next, always, policy]);
  await announceChange(options);
  await pinToday(options, day);
  return options;
}

/** The query every campaign phrase of this spec matches (and no built-in phrase): 喵喵, and its pinyin for `/`. */
const QUERY = '喵喵';
const SLASH_QUERY = 'miaomiao';

/** The titles the `/` list offers for the query, once it lists the always-offered phrase (the positive signal). */
async function slashOffers(chat: ChatPage): Promise<string[]> {
  await chat.type(`/${SLASH_QUERY}`);
  await expect.poll(async () => (await axNames(chat.page, 'option')).some((n) => n.includes(always.title))).toBe(true);
  const names = await axNames(chat.page, 'option');
  await chat.press('Escape');
  await chat.slash.closed();
  await chat.page.keyboard.press('ControlOrMeta+A');
  await chat.page.keyboard.press('Backspace');
  return names;
}

test('a campaign phrase is offered on its last day and gone from the sidebar and / the day after; the lint names it', async ({ context, extensionId }) => {
  const options = await seed(context, extensionId, '2026-11-11');
  const chat = await ChatPage.open(context, textarea);

  // Its last day: the sidebar finds it, and `/` offers it.
  const sidebar = await chat.openSidebar();
  await sidebar.find('zqmj', sale.title);
  await chat.focus();
  expect((await slashOffers(chat)).some((n) => n.includes(sale.title))).toBe(true);

  // The day after: the always-offered phrase is still found, the campaign phrase is not.
  await pinToday(options, '2026-11-12');
  await sidebar.search.fill(QUERY);
  await expect(sidebar.options.filter({ hasText: always.title })).toHaveCount(1);
  await expect(sidebar.options.filter({ hasText: sale.title })).toHaveCount(0);
  await chat.focus();
  expect((await slashOffers(chat)).some((n) => n.includes(sale.title))).toBe(false);

  // The lint of "我的话术" warns that the expired phrase is still there, by its title.
  await options.getByRole('tab', { name: '话术包' }).click();
  await options.getByRole('button', { name: '检查', exact: true }).click();
  const row = options.getByRole('row').filter({ hasText: sale.title });
  await expect(row).toContainText('有效期已过，仍在话术包中：最后一天是 2026-11-11');
});

test('a phrase that is not active yet appears in the sidebar and / on its first day', async ({ context, extensionId }) => {
  const options = await seed(context, extensionId, '2026-11-30');
  const chat = await ChatPage.open(context, textarea);
  const sidebar = await chat.openSidebar();
  await sidebar.search.fill(QUERY);
  await expect(sidebar.options.filter({ hasText: always.title })).toHaveCount(1);
  await expect(sidebar.options.filter({ hasText: next.title })).toHaveCount(0);
  await chat.focus();
  expect((await slashOffers(chat)).some((n) => n.includes(next.title))).toBe(false);

  await pinToday(options, '2026-12-01');
  await expect(sidebar.options.filter({ hasText: next.title })).toHaveCount(1);
  await chat.focus();
  expect((await slashOffers(chat)).some((n) => n.includes(next.title))).toBe(true);
});

test('the manager shows "未生效" / "已过期", lists policy phrases under "需要复核", and refuses a window that ends before it starts', async ({
  context,
  extensionId,
}) => {
  const options = await seed(context, extensionId, '2026-11-12');
  await options.setViewportSize({ width: 1024, height: 900 });
  await options.reload();
  const row = (title: string) => options.getByRole('row').filter({ hasText: title });
  await expect(row(sale.title)).toContainText('已过期');
  await expect(row(next.title)).toContainText('未生效');
  await expect(row(always.title)).not.toContainText(/已过期|未生效/);

  const review = options.getByRole('region', { name: '需要复核（1）' });
  await expect(review).toContainText(policy.title);
  await options.screenshot({ path: test.info().outputPath('manager-states-1024.png') });
  await expect(review).toContainText('复核日期 2026-11-10');
  await review.getByRole('button', { name: policy.title }).click();
  const editor = options.getByRole('form', { name: '编辑话术' });
  await expect(editor.getByLabel('复核日期')).toHaveValue('2026-11-10');
  await editor.getByLabel('复核日期').fill('2027-05-10');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.getByRole('region', { name: /需要复核/ })).toHaveCount(0);
  expect((await getPhrase(options, policy.id))?.reviewDate).toBe('2027-05-10');

  // A window that ends before it starts is refused, and nothing of the edit is saved.
  await rowAction(options, always.title, '编辑');
  await expect(editor.getByLabel('标题')).toHaveValue(always.title);
  await editor.getByLabel('标题').fill('改过的标题');
  await editor.getByLabel('开始日期').fill('2026-11-20');
  await editor.getByLabel('最后一天').fill('2026-11-10');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('alert')).toContainText('最后一天早于开始日期。');
  expect(await getPhrase(options, always.id)).toMatchObject({ title: always.title });
  expect((await getPhrase(options, always.id))?.validFrom).toBeUndefined();

  // The 双十一 preset after this year's sale: next year's days.
  await editor.getByLabel('大促').selectOption({ label: '双十一 · 2027-11-01 – 2027-11-11' });
  await expect(editor.getByLabel('开始日期')).toHaveValue('2027-11-01');
  await editor.screenshot({ path: test.info().outputPath('editor-dates-1024.png') });
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(row('改过的标题')).toContainText('未生效');
  expect(await getPhrase(options, always.id)).toMatchObject({ title: '改过的标题', validFrom: '2027-11-01', validUntil: '2027-11-11' });

  // A whole group: every phrase in it waits for the group's first day.
  await options.getByRole('region', { name: '我的话术' }).getByRole('button', { name: /^我的话术/ }).click();
  await options.getByRole('button', { name: '有效期…' }).click();
  const groupForm = options.getByRole('form', { name: '有效期 · 我的话术' });
  await groupForm.getByLabel('开始日期').fill('2026-11-20');
  await groupForm.getByLabel('最后一天').fill('2026-11-19');
  await groupForm.getByRole('button', { name: '保存' }).click();
  await expect(groupForm.getByRole('alert')).toContainText('最后一天早于开始日期。');
  await groupForm.getByLabel('最后一天').fill('2026-11-30');
  await groupForm.getByRole('button', { name: '保存' }).click();
  await expect(groupForm).toHaveCount(0);
  await expect(options.getByRole('group', { name: '分组操作' })).toContainText('分组 · 未生效');
  await expect(row(policy.title)).toContainText('未生效');
});
