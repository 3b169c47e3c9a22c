import { axBox, chat, clickByRole, expect, isSidebarUrl, sidebarFrame, test, waitForLibrary } from './extension';
import { personalPhrase, putPhrase } from './library-db';

const HOSTILE = '<img src=x onerror=alert(1)>您好，这是测试<b>粗体</b>';
/** What a page script writes into the composer itself: a slash query. */
const SCRIPTED = '/wl';

test('phrase text with HTML is shown and inserted as plain text, never as markup', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await putPhrase(ext, personalPhrase('xss', 'XSS 测试', HOSTILE, 'xss'));

  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/contenteditable.html');
  await chat.focus(page);
  await clickByRole(page, 'button', '打开话术侧栏');
  const sidebar = await sidebarFrame(page, extensionId);
  await sidebar.getByRole('searchbox').fill('xss');
  const option = sidebar.getByRole('option').first();
  await expect(option).toContainText('<img src=x onerror=alert(1)>');
  expect(await sidebar.locator('img, b').count()).toBe(0);
  await sidebar.getByRole('searchbox').press('Enter');

  await expect.poll(() => chat.text(page)).toBe(HOSTILE);
  expect(await page.locator('[data-testid=composer] img, [data-testid=composer] b').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('page scripts cannot read the library, open the sidebar or trigger an insertion', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const page = await context.newPage();
  await page.goto('/textarea.html');
  await chat.focus(page);
  // The launcher exists for the agent (in the accessibility tree)...
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();

  const probe = await page.evaluate(async () => {
    // The extension's hosts have random names: the page finds them as what it did not add itself.
    const hosts = Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body);
    const host = hosts[0] ?? null;
    // Every string the page can reach in its DOM, through open shadow roots.
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      texts.push((root as Document).documentElement?.outerHTML ?? (root as ShadowRoot).innerHTML);
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    walk(document);
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    // Synthetic (untrusted) shortcut, launcher click and postMessage attempts.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
    (host as HTMLElement | null)?.click();
    const seen = new Promise<boolean>((resolve) => window.addEventListener('message', () => resolve(true), { once: true }));
    window.postMessage({ type: 'content:insert', data: { text: 'INJECTED', caretBack: 0 } }, '*');
    const messageSeen = await seen;
    return {
      messageSeen,
      hostShadow: host ? hosts.map((h) => h.shadowRoot).find((r) => r !== null) ?? null : 'no host',
      iframes: document.querySelectorAll('iframe').length,
      pageText: texts.join('\n'),
      dbs,
    };
  });
  expect(probe.hostShadow).toBeNull();
  expect(probe.iframes).toBe(0);
  expect(probe.dbs).not.toContain('huashu');
  // No phrase of the built-in library is in anything the page can read.
  for (const needle of ['发货', '物流', '退款', '优惠券']) expect(probe.pageText).not.toContain(needle);

  // Typing "/wl" with synthetic events and a synthetic Enter inserts nothing.
  await page.evaluate((scripted) => {
    const ta = document.querySelector('textarea')!;
    ta.value = scripted;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'l', inputType: 'insertText' }));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }, SCRIPTED);
  // The page handles its own events, synthetic ones too: it sent what its script typed (its composer is empty again).
  await expect.poll(() => chat.sent(page)).toEqual([SCRIPTED]);
  // A trusted key after them has its normal effect: the page, and the extension listening to the same events, have
  // handled everything before it. Then nothing else happened. (The probe clicked the extension's host: the agent's
  // focus goes back to the input first.)
  await chat.focus(page);
  await page.keyboard.type('ok');
  await expect.poll(() => chat.text(page)).toBe('ok');
  expect(probe.messageSeen).toBe(true);
  expect(page.frames().some((f) => isSidebarUrl(f.url()) || f.url().includes(extensionId))).toBe(false);
  expect(await chat.text(page)).not.toContain('INJECTED');
  expect(await axBox(page, 'listbox', '话术建议')).toBeNull();
});
