import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { checkTone } from '../../utils/tone-builtin';
import type { ToneRule } from '../../utils/tone/index';
import { familiar } from '../unit/tone/team-rule';
import { axBox, axNames, chat, expect, setToneMode, test } from './extension';

/**
 * Issue 11 ("A pack must not freeze the chat page or switch the check off"): a team pack's tone rules are untrusted
 * code. On main before the fix, `(\w|\d)*!` stalled the chat tab for seconds on a 30-digit order number.
 */

async function importRules(context: BrowserContext, extensionId: string, rules: ToneRule[]): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#transfer`);
  const pack = { format: 'huashu.pack', version: 1, pack: { id: 'hostile-rules', name: '外来规则' }, phrases: [], rules };
  await options
    .locator('input[type="file"]')
    .and(options.getByLabel(/导入/))
    .setInputFiles({ name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  const preview = options.getByRole('form', { name: '导入预览' });
  await expect(preview.locator('[data-count="rules"]')).toHaveText(String(rules.length));
  await preview.getByRole('button', { name: `导入 0 条话术和 ${rules.length} 条语气规则` }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入“外来规则”' }).first()).toBeVisible();
  await options.close();
}

async function openChat(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${(FIXTURE_PAGES[0] as FixturePage).file}`);
  await chat.focus(page);
  return page;
}

/** Long tasks (≥ 50 ms on the page's main thread, where the content script runs) from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());
}

const bang: ToneRule = {
  ...familiar,
  id: 'team-no-bang',
  lang: 'en',
  patterns: ['(\\w|\\d)*!'],
  suggestions: ['.'],
  examples: { match: ['ab12!'], noMatch: ['ab12.'] },
};

test('a team rule that backtracks on the browser engine checks a 30-digit order number without freezing the page', async ({ context, extensionId }) => {
  await importRules(context, extensionId, [bang]);
  const page = await openChat(context);
  // The team rule runs in the page: "ab12!" is flagged (one finding more than the built-in rules and model make).
  const warm = 'ab12!';
  await page.keyboard.type(warm);
  await expect.poll(() => axBox(page, 'status', `语气检查：${checkTone(warm).length + 1} 处待看`)).not.toBeNull();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => axBox(page, 'status', `语气检查：${checkTone(warm).length + 1} 处待看`)).toBeNull();

  const longTasks = await watchLongTasks(page);
  const draft = 'order 123456789012345678901234567890 x!';
  await page.keyboard.type(draft);
  await expect.poll(() => axBox(page, 'status', `语气检查：${checkTone(draft).length + 1} 处待看`)).not.toBeNull();
  expect(await longTasks()).toEqual([]);
});

test('when the team rules cannot finish in time, the badge says only the built-in rules ran and sending asks first', async ({
  context,
  extensionId,
}) => {
  // Each rule alone is quick; a thousand of them over a long draft are not: the check stops at its time budget.
  const slow = Array.from({ length: 1000 }, (_, i): ToneRule => ({
    ...familiar,
    id: `team-slow-${i}`,
    patterns: ['[亲]{2}[^亲]'],
    examples: { match: ['亲亲的'], noMatch: ['亲'] },
  }));
  await importRules(context, extensionId, slow);
  await setToneMode(context, extensionId, 'block');
  const page = await openChat(context);
  await page.keyboard.insertText('亲'.repeat(900));
  const partial = '只用了内置规则';
  await expect.poll(async () => (await axNames(page, 'status')).some((name) => name.includes(partial))).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
  expect((await axNames(page, 'alertdialog')).length).toBe(1);
  expect(await chat.sent(page)).toEqual([]);
});
