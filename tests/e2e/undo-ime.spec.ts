import type { Page } from '@playwright/test';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { axBox, chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import zhCN from '../../phrases/builtin/zh-CN.json' with { type: 'json' };

const fhsj = zhCN.phrases.find((p) => p.shortcut === 'fhsj');
if (!fhsj) throw new Error('built-in zh-CN pack lost its "fhsj" phrase');

/** A real IME composition (trusted composition events), as a pinyin IME produces it. */
async function compose(page: Page, pinyin: string, commit: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  // While composing, the suggestion list must not react to the pinyin being typed.
  await page.waitForTimeout(300);
  expect(await axBox(page, 'option', '')).toBeNull();
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

for (const fixture of FIXTURE_PAGES) {
  test(`${fixture.label}: Ctrl+Z in the page's editor takes a sidebar insertion back`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const page = await context.newPage();
    await page.goto(`/${fixture.file}`);
    await chat.focus(page);
    await page.keyboard.type('亲，');
    // Editors merge edits closer than ~500 ms into one undo step; an agent searching takes longer.
    await page.waitForTimeout(800);
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
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
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
    await compose(page, 'fahuoshijian', '发货时间');
    await expect.poll(() => axBox(page, 'listbox', '话术建议')).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.text(page)).toBe(`亲，${fhsj.text}`);
    expect(await chat.sent(page)).toEqual([]);
  });
}
