/**
 * Suggested replies (issue 15) with the built extension on the transcript fixtures: a new customer message makes the
 * phrase that answers it one of the sidebar's "推荐回复", Alt+1 in the chat input inserts it into the page editor's
 * model; text the agent selects gets suggestions of its own; a site that is not enabled has nothing read; the page's
 * scripts find no suggestion.
 */
import type { Frame, Page, Worker } from '@playwright/test';
import { TRANSCRIPT_PAGES } from '../fixtures/pages';
import { axBox, chat, expect, sidebarFrame, test, waitForLibrary } from './extension';

/** The built-in zh-CN phrase that answers the question below (payment-06 开发票), and its text. */
const QUESTION = '你好，请问发票怎么开？';
const ANSWER_TITLE = '开发票';
const ANSWER_TEXT = '本店可以开具电子发票。请您把发票抬头和税号发给我，确认收货后 3 个工作日内发送到您的邮箱。';

const receive = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { chatFixture: { receive(text: string): void } }).chatFixture.receive(t), text);

async function open(page: Page, file: string): Promise<void> {
  await page.goto(`/${file}`);
  await page.waitForFunction(() => (window as unknown as { chatFixture?: unknown }).chatFixture !== undefined);
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
}

/** The sidebar's suggested replies (their titles, best first). */
function suggested(sidebar: Frame) {
  return sidebar.getByRole('listbox', { name: '推荐回复' }).getByRole('option');
}

/** Every message the background receives from now on, with the origin of the page that sent it. */
async function recordMessages(worker: Worker): Promise<() => Promise<{ type: string; origin: string }[]>> {
  await worker.evaluate(() => {
    type Listener = (m: { type?: string }, sender: { origin?: string; url?: string }) => undefined;
    const g = globalThis as unknown as { __heard?: unknown[]; chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } };
    g.__heard = [];
    g.chrome.runtime.onMessage.addListener((m, sender) => {
      g.__heard?.push({ type: m.type, origin: sender.origin ?? (sender.url ? new URL(sender.url).origin : '') });
      return undefined;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __heard: { type: string; origin: string }[] }).__heard.slice());
}

for (const fixture of TRANSCRIPT_PAGES) {
  test(`${fixture.shape}: a new customer message puts its answer in the suggestions, and Alt+1 inserts it`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await open(page, fixture.file);
    await chat.focus(page);
    await page.keyboard.press('Alt+Shift+H');
    const sidebar = await sidebarFrame(page, extensionId);
    // The conversation's latest customer message (the parcel) is answered first…
    await expect(suggested(sidebar).first()).toContainText('物流查询');
    // …then the customer asks something new, and the suggestions follow.
    await receive(page, QUESTION);
    await expect(sidebar.getByText(`针对：${QUESTION}`)).toBeVisible();
    await expect(suggested(sidebar)).toHaveCount(3);
    await expect(suggested(sidebar).first()).toContainText(ANSWER_TITLE);
    // Why, on hover: the words of the message that matched.
    await expect(suggested(sidebar).first()).toHaveAttribute('title', /发票/);
    // Back in the chat input, Alt+1 inserts the first suggestion through the editor's own input path.
    await page.keyboard.press('Escape');
    await chat.focus(page);
    await page.keyboard.press('Alt+1');
    await expect.poll(() => chat.text(page)).toBe(ANSWER_TEXT);
    // The page's own scripts find no suggestion anywhere they can look.
    const found = await page.evaluate((title) => {
      const find = (window as unknown as { find(text: string): boolean }).find;
      return find.call(window, title) || document.documentElement.outerHTML.includes(title);
    }, ANSWER_TITLE);
    expect(found).toBe(false);
  });
}

test('text the agent selects on the page gets suggestions for it', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await open(page, 'transcript-classes.html');
  // A note on the page outside the chat (an e-mail the customer forwarded, an order remark).
  await page.evaluate((q) => {
    const note = document.createElement('p');
    note.id = 'remark';
    note.textContent = q;
    document.body.prepend(note);
  }, '买家留言：退货的运费谁来出？');
  await page.keyboard.press('Alt+Shift+H');
  const sidebar = await sidebarFrame(page, extensionId);
  await page.locator('#remark').click({ clickCount: 3 });
  await expect(sidebar.getByText('针对：买家留言：退货的运费谁来出？')).toBeVisible();
  await expect(suggested(sidebar).first()).toContainText('退货运费');
});

test('nothing is read on a site that is not enabled', async ({ context, extensionId, worker }) => {
  await waitForLibrary(context, extensionId);
  const heard = await recordMessages(worker);
  const elsewhere = await context.newPage();
  await elsewhere.goto('http://attacker.localhost:5180/transcript-classes.html');
  await elsewhere.waitForFunction(() => (window as unknown as { chatFixture?: unknown }).chatFixture !== undefined);
  await chat.focus(elsewhere);
  await receive(elsewhere, QUESTION);
  await expect(elsewhere.getByText(QUESTION)).toBeVisible();
  // The positive signal: on an enabled site the same steps reach the background…
  const page = await context.newPage();
  await open(page, 'transcript-classes.html');
  await chat.focus(page);
  await receive(page, QUESTION);
  const origin = new URL(page.url()).origin;
  await expect.poll(async () => (await heard()).some((m) => m.type === 'suggest:message' && m.origin === origin)).toBe(true);
  // …and from the site not enabled, nothing at all came (no reader loaded, no message read).
  expect((await heard()).filter((m) => m.origin === 'http://attacker.localhost:5180')).toEqual([]);
});
