import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { checkTone } from '../../utils/tone-builtin';
import { zhCN } from '../../utils/locales/zh-CN';
import { attached, axBox, chat, clickByRole, expect, setToneMode, sidebarFrame, test, waitForLibrary } from './extension';
import { flaggedSpans, markedSpans } from './pages/tone-overlay';

/** An error-level draft (blaming the customer): the default settings stop it at Enter. */
const ERROR_DRAFT = '这不是我们的问题，您再看看。';
/** Flags 你 (address), 我不能 (refusal) and 但是 (contrast), among others. */
const DRAFT = '你好，我不能给你退款，但是只能换货。';
const TEXTAREA = FIXTURE_PAGES[0] as FixturePage;

async function openChat(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${TEXTAREA.file}`);
  await chat.focus(page);
  return page;
}

async function openSettings(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await expect(options.getByRole('heading', { name: '语气检查' })).toBeVisible();
  return options;
}

/** The agent goes back to the chat tab (settings changed meanwhile reach it at once). */
async function backTo(page: Page): Promise<void> {
  await page.bringToFront();
  await chat.focus(page);
}

test('mode "off" in the options page: an error draft is sent by Enter without a dialog, on the already open chat page', async ({
  context,
  extensionId,
}) => {
  const page = await openChat(context);
  const options = await openSettings(context, extensionId);
  const modes = options.getByRole('radiogroup', { name: '草稿有措辞问题时' });
  // The default only warns; a team that wants the stop chooses it.
  await expect(modes.getByRole('radio', { name: /只提醒/ })).toBeChecked();
  await modes.getByRole('radio', { name: /关闭/ }).check();
  await expect(options.getByRole('status')).toContainText('已保存');

  await backTo(page);
  await page.keyboard.type(ERROR_DRAFT);
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.sent(page)).toEqual([ERROR_DRAFT]);
  expect(await axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
  // Off means no underlines and no badge either.
  expect(await markedSpans(page)).toEqual([]);

  // The setting is kept: a page opened later has the check off too; back to "block" stops the draft again.
  const later = await openChat(context);
  await later.keyboard.type(ERROR_DRAFT);
  await later.keyboard.press('Enter');
  await expect.poll(() => chat.sent(later)).toEqual([ERROR_DRAFT]);

  await options.bringToFront();
  await modes.getByRole('radio', { name: /有错误时拦截/ }).check();
  await backTo(later);
  await later.keyboard.type(ERROR_DRAFT);
  await later.keyboard.press('Enter');
  await expect.poll(() => axBox(later, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
  expect(await chat.sent(later)).toEqual([ERROR_DRAFT]);
});

test('switching a rule category off removes its underlines; the threshold "warning" stops a warning-only draft', async ({
  context,
  extensionId,
}) => {
  const page = await openChat(context);
  await page.keyboard.type(DRAFT);
  await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT));
  expect(flaggedSpans(DRAFT)).toContain('11-13');

  const options = await openSettings(context, extensionId);
  const contrast = options.getByRole('checkbox', { name: '“但是”转折' });
  await expect(contrast).toBeChecked();
  await contrast.uncheck();
  await expect(options.getByRole('status')).toContainText('已保存');

  await backTo(page);
  await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT, ['contrast']));
  expect(await markedSpans(page)).not.toContain('11-13');

  // Warnings stop the send once the mode is "block" and the threshold "warning".
  await options.bringToFront();
  await options.getByRole('radiogroup', { name: '草稿有措辞问题时' }).getByRole('radio', { name: /有错误时拦截/ }).check();
  await expect(options.getByRole('status')).toContainText('已保存');
  await options.getByRole('radiogroup', { name: '发送前询问的最低级别' }).getByRole('radio', { name: '警告' }).check();
  await expect(options.getByRole('radio', { name: '警告' })).toBeChecked();
  await backTo(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('你好，马上为你查询。');
  await page.keyboard.press('Enter');
  await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
  expect(await chat.sent(page)).toEqual([]);
});

test('per-site off list and allow-list: add and remove in the options page', async ({ context, extensionId }) => {
  const page = await openChat(context);
  const origin = new URL(page.url()).origin;
  const options = await openSettings(context, extensionId);
  await options.getByRole('textbox', { name: '网站地址' }).fill('not a site');
  await options.getByRole('button', { name: '在此网站关闭' }).click();
  await expect(options.getByRole('alert')).toContainText('请输入网站地址');
  await options.getByRole('textbox', { name: '网站地址' }).fill(`${origin}/chat/index.html`);
  await options.getByRole('button', { name: '在此网站关闭' }).click();
  await expect(options.getByRole('list', { name: '关闭语气检查的网站' })).toContainText(origin);

  await backTo(page);
  await page.keyboard.type(ERROR_DRAFT);
  await page.keyboard.press('Enter');
  await expect.poll(() => chat.sent(page)).toEqual([ERROR_DRAFT]);

  await options.bringToFront();
  await options.getByRole('button', { name: `在 ${origin} 重新开启语气检查` }).click();
  await expect(options.getByText('所有网站都开启了语气检查。')).toBeVisible();

  // "Don't flag this again" from the page shows up in the allow-list; removing it there flags the words again.
  await expect(options.getByText('暂无：在页面中点“不再提示此处”会加到这里。')).toBeVisible();
  await backTo(page);
  await page.keyboard.type('但是');
  await expect.poll(() => markedSpans(page)).toEqual(['0-2']);
  await page.keyboard.press('ArrowLeft');
  await clickByRole(page, 'button', '不再提示此处');
  await expect.poll(() => markedSpans(page)).toEqual([]);
  // The entry names the rule by its category, in the UI language (rule ids are for packs).
  const category = checkTone('但是').find((f) => f.end > f.start)?.category ?? '';
  expect(category).toBe('contrast');
  await options.bringToFront();
  const remove = options.getByRole('button', { name: `移除“但是”（${zhCN['toneSet.cat.contrast']}）` });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(options.getByText('暂无：在页面中点“不再提示此处”会加到这里。')).toBeVisible();
  await backTo(page);
  await expect.poll(() => markedSpans(page)).toEqual(['0-2']);
});

test('sidebar "Draft check": lists the draft\'s findings, applies a rewrite in the page editor, keeps the sent messages', async ({
  context,
  extensionId,
}) => {
  await setToneMode(context, extensionId, 'block');
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/lexical.html');
  await attached(page);
  await chat.focus(page);
  await page.keyboard.type(DRAFT);
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  const toggle = sidebar.getByRole('button', { name: '草稿检查' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const current = sidebar.getByRole('list', { name: '当前草稿' });
  const findings = checkTone(DRAFT);
  await expect(current.getByRole('listitem')).toHaveCount(findings.length);
  const refusal = findings.find((f) => f.text === '我不能');
  if (!refusal) throw new Error('no finding on 我不能');
  await expect(current).toContainText(refusal.message);

  await current.getByRole('button', { name: '删去“但是”' }).click();
  await expect.poll(() => chat.text(page)).toBe(DRAFT.replace('但是', ''));
  await expect(sidebar.getByRole('status').filter({ hasText: '已在聊天输入框中修改。' })).toBeVisible();
  // The list follows the draft: 但是 is gone from it.
  await expect(current.getByRole('listitem')).toHaveCount(checkTone(DRAFT.replace('但是', '')).length);
  expect(await chat.sent(page)).toEqual([]);

  // Sent messages of this page: "Send anyway" on the rest, and its findings are listed under "Recently sent".
  await chat.focus(page);
  await page.keyboard.press('Enter');
  await clickByRole(page, 'button', '仍然发送');
  const sentText = DRAFT.replace('但是', '');
  await expect.poll(() => chat.sent(page)).toEqual([sentText]);
  const recent = sidebar.getByRole('list', { name: '最近发送' });
  await expect(recent.getByRole('listitem').first()).toContainText(sentText);
  await expect(recent.getByRole('list', { name: sentText }).getByRole('listitem')).toHaveCount(checkTone(sentText).length);
  await expect(sidebar.getByText('草稿没有需要注意的地方。')).toBeVisible();
});
