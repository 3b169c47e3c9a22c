import type { Page } from '@playwright/test';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { axNames, chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const fhsj = zhCN.phrases.find((p) => p.shortcut === 'fhsj');
if (!fhsj) throw new Error('built-in zh-CN pack lost its "fhsj" phrase');

/** What the composer shows (its DOM, not its model: editors keep an IME's uncommitted text out of their model). */
function composerDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe[data-testid=composer-frame]') as HTMLIFrameElement | null;
    const host = document.querySelector('[data-testid=composer-host]');
    const root: ParentNode = frame?.contentDocument ?? host?.shadowRoot ?? document;
    const composer = root.querySelector('[data-testid=composer]');
    if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value;
    return composer?.textContent ?? '';
  });
}

/** A real IME composition (trusted composition events), as a pinyin IME produces it. */
async function compose(page: Page, pinyin: string, commit: string, unexpectedFirst: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  // The page shows the pinyin (its input events, which the trigger listens to, have run): the list does not offer what
  // a search for the pinyin would put first.
  await expect.poll(() => composerDom(page)).toContain(pinyin);
  expect((await axNames(page, 'option'))[0] ?? '').not.toContain(unexpectedFirst);
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

for (const fixture of FIXTURE_PAGES) {
  test(`${fixture.label}: Ctrl+Z in the page's editor takes a sidebar insertion back`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    // Editors merge edits closer than ~500 ms (by the page's clock) into one undo step; an agent searching takes
    // longer. The page's clock jumps ahead instead of the test waiting.
    await page.clock.install();
    await page.goto(`/${fixture.file}`);
    await chat.focus(page);
    await page.keyboard.type('亲，');
    await expect.poll(() => chat.text(page)).toBe('亲，');
    await page.clock.fastForward(1000);
    await clickByRole(page, 'button', '打开话术侧栏');
    const sidebar = await sidebarFrame(page, extensionId);
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toContainText(fhsj.title);
    await sidebar.getByRole('searchbox').press('Enter');
    const inserted = fixture.multiline ? `亲，${fhsj.text}` : `亲，${fhsj.text.replace(/\n/g, ' ')}`;
    await expect.poll(() => chat.text(page)).toBe(inserted);
    await page.keyboard.press('Control+z');
    if (fixture.editor === 'slate') {
      // slate-history merges adjacent text insertions into one undo step (typed text included).
      await expect.poll(() => chat.text(page)).toMatch(/^(亲，)?$/);
    } else {
      await expect.poll(() => chat.text(page)).toBe('亲，');
    }
  });

  /** The text selected in the page's editor (in its frame or open shadow root, where the composer lives). */
  const selectedText = (page: Page) =>
    page.evaluate(() => {
      const control = document.activeElement;
      if (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement) {
        return control.value.slice(control.selectionStart ?? 0, control.selectionEnd ?? 0);
      }
      const frame = document.querySelector('iframe[data-testid=composer-frame]') as HTMLIFrameElement | null;
      const host = document.querySelector('[data-testid=composer-host]');
      const root = (host?.shadowRoot as unknown as { getSelection?: () => Selection | null } | undefined) ?? null;
      const selection = frame?.contentDocument?.getSelection() ?? root?.getSelection?.() ?? document.getSelection();
      return selection?.toString() ?? '';
    });

  test(`${fixture.label}: insertion goes in at the caret and replaces the selection, keeping the text around it`, async ({
    context,
    extensionId,
  }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto(`/${fixture.file}`);
    await chat.focus(page);
    await page.keyboard.type('亲，谢谢');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await clickByRole(page, 'button', '打开话术侧栏');
    const sidebar = await sidebarFrame(page, extensionId);
    await sidebar.getByRole('searchbox').fill('fhsj');
    await expect(sidebar.getByRole('option').first()).toContainText(fhsj.title);
    await sidebar.getByRole('searchbox').press('Enter');
    await expect.poll(() => chat.text(page)).toBe(`亲，${fhsj.text}谢谢`);
    // The caret is right after the phrase (the editor has settled its selection after the insertion): select the two
    // characters after it and replace them.
    const after = `亲，${fhsj.text}`.length;
    if (fixture.reportsCaret) await expect.poll(() => chat.caret(page)).toBe(after);
    // One key selects both (Shift+End): two quick Shift+→ race Slate's own throttled selection sync, which can put the
    // DOM selection back to one character before the second key lands.
    await page.keyboard.press('Shift+End');
    // Both characters are selected in the page before the agent moves to the sidebar.
    await expect.poll(() => selectedText(page)).toBe('谢谢');
    await sidebar.getByRole('searchbox').fill('fhsj');
    await sidebar.getByRole('searchbox').press('Enter');
    await expect.poll(() => chat.text(page)).toBe(`亲，${fhsj.text}${fhsj.text}`);
  });

  test(`${fixture.label}: the slash query can be typed through a pinyin IME`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto(`/${fixture.file}`);
    await chat.focus(page);
    await page.keyboard.type('亲，/');
    await compose(page, 'fahuoshijian', '发货时间', fhsj.title);
    // The list answers the committed query: its first option is the fhsj phrase, which Enter takes.
    await expect.poll(async () => (await axNames(page, 'option'))[0] ?? '').toContain(fhsj.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.text(page)).toBe(`亲，${fhsj.text}`);
    expect(await chat.sent(page)).toEqual([]);
  });
}
