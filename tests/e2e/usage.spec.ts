import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attached, chat, expect, launchWithExtension, serviceWorker, test, waitForLibrary } from './extension';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { ChatPage } from './pages/chat-page';

const TEXTAREA = FIXTURE_PAGES.find((f) => f.editor === 'textarea')!;
// A built-in phrase (every profile has it, under the same pack and phrase id) without blanks.
const WAIT = { title: '请稍等', code: 'qsd', text: '好的，请您稍等，我正在为您查询，1 分钟内回复您。' };

test('an agent sends a phrase as is and once edited; the anonymous usage file, imported by the lead in another profile, shows the counts', async ({
  context,
  extensionId,
}) => {
  await waitForLibrary(context, extensionId);
  const chatPage = await ChatPage.open(context, TEXTAREA);
  const { page } = chatPage;
  await attached(page);

  // Sent as inserted.
  await chatPage.type(`/${WAIT.code}`);
  await chatPage.slash.offersFirst(WAIT.title);
  await chatPage.press('Enter');
  await expect.poll(() => chatPage.text()).toBe(WAIT.text);
  await chatPage.press('Enter');
  await expect.poll(() => chatPage.sent()).toEqual([WAIT.text]);

  // Inserted again, its end rewritten before sending.
  await chatPage.type(`/${WAIT.code}`);
  await chatPage.slash.offersFirst(WAIT.title);
  await chatPage.press('Enter');
  await expect.poll(() => chatPage.text()).toBe(WAIT.text);
  for (let i = 0; i < 6; i++) await chatPage.press('Backspace');
  await chatPage.type('马上回复您');
  await chatPage.press('Enter');
  await expect.poll(() => chat.sent(page)).toHaveLength(2);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#usage`);
  const mine = options.getByRole('region', { name: '本机' });
  const row = mine.getByRole('table', { name: '最常用' }).getByRole('row').filter({ hasText: WAIT.title });
  // Inserted 2; sent as is 1, edited 1, removed 0.
  await expect(row).toContainText('2');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1 / 1 / 0');

  const team = options.getByRole('region', { name: '团队使用情况' });
  const [download] = await Promise.all([options.waitForEvent('download'), team.getByRole('button', { name: '导出匿名使用文件' }).click()]);
  const file = await readFile((await download.path()) ?? '', 'utf8');
  // Ids and counts only: neither the phrase's text nor what the agent typed.
  expect(file).not.toContain('稍等');
  expect(file).not.toContain('马上回复');
  expect(JSON.parse(file)).toMatchObject({ format: 'huashu.usage', version: 1, phrases: [{ pack: 'builtin-zh-CN', inserted: 2, asIs: 1, edited: 1, removed: 0 }] });

  // The lead's own browser: another profile, which never used the phrase.
  const leadDir = await mkdtemp(join(tmpdir(), 'huashu-lead-'));
  const lead = await launchWithExtension(leadDir);
  try {
    const leadId = new URL((await serviceWorker(lead)).url()).host;
    await waitForLibrary(lead, leadId);
    const manager = await lead.newPage();
    await manager.goto(`chrome-extension://${leadId}/options.html#usage`);
    const view = manager.getByRole('region', { name: '团队使用情况' });
    const input = view.getByLabel('导入使用文件（可多选）');
    const usage = { name: 'agent-1.json', mimeType: 'application/json', buffer: Buffer.from(file) };
    const pack = { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'huashu.pack', version: 1 })) };
    await input.setInputFiles([usage, { ...usage, name: 'agent-1-again.json' }, pack]);
    await expect(view.getByRole('alert')).toContainText('agent-1-again.json：这份文件已经导入过，只计一次。');
    await expect(view.getByRole('alert')).toContainText('pack.json：不是话术助手的使用文件');
    await expect(view.getByRole('status')).toContainText('1 份使用文件');
    const teamRow = view.getByRole('table', { name: '最常用' }).getByRole('row').filter({ hasText: WAIT.title });
    // Agents 1, inserted 2, sent as is / edited / removed.
    await expect(teamRow.getByRole('cell').nth(2)).toHaveText('1');
    await expect(teamRow.getByRole('cell').nth(3)).toHaveText('2');
    await expect(teamRow.getByRole('cell').nth(4)).toHaveText('1 / 1 / 0');
    // Every other phrase of the pack the file names: nobody on the team used it in 30 days (folded until asked for).
    await view.getByText(/^30 天内未使用（\d+ 条）$/).click();
    const idle = view.getByRole('table', { name: /^30 天内未使用/ });
    await expect(idle).toContainText('退款说明');
    await expect(idle).not.toContainText(WAIT.title);
    // The lead's own counts are untouched.
    await expect(manager.getByRole('region', { name: '本机' }).getByRole('table', { name: '最常用' })).toHaveCount(0);
  } finally {
    await lead.close();
    await rm(leadDir, { recursive: true, force: true });
  }
});
