import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { checkTone } from '../../utils/tone-builtin';
import { applyFixes, chooseFixes } from '../../utils/tone/index';
import { axBox, chat, clickByRole, expect, setToneMode, test } from './extension';
import { clickInPopover, flaggedSpans, type MarkBox, markBoxes, markedSpans } from './pages/tone-overlay';
import { familiar } from '../unit/tone/team-rule';
import { getSetting } from './library-db';

/** Four flagged spans (你 ×2, safe to fix; 我不能 — an error —; 但是) and two whole-message findings. */
const DRAFT = '你好，我不能给你退款，但是只能换货。';
/** A draft with warnings only (你 → 您): the default settings let it go. */
const WARNING_DRAFT = '你好，马上为你查询。';
/** A draft with an error-level finding (blaming the customer), for the default settings. */
const ERROR_DRAFT = '这不是我们的问题，您再看看。';


/**
 * What the page renders under a point (top-window coordinates), found with the browser's own hit
 * test inside the focused editor (through an iframe or an open shadow root): the characters right
 * before and after the caret position at that point.
 */
function charsAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      let doc: Document = document;
      let left = px;
      let top = py;
      const roots: ShadowRoot[] = [];
      for (let active = doc.activeElement; active; ) {
        if (active instanceof HTMLIFrameElement && active.contentDocument) {
          const r = active.getBoundingClientRect();
          left -= r.left + active.clientLeft;
          top -= r.top + active.clientTop;
          doc = active.contentDocument;
          active = doc.activeElement;
        } else if (active.shadowRoot) {
          roots.push(active.shadowRoot);
          active = active.shadowRoot.activeElement;
        } else break;
      }
      const pos = doc.caretPositionFromPoint(left, top, { shadowRoots: roots });
      if (!pos) return '';
      const node = pos.offsetNode;
      const text =
        node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
          ? node.value
          : node.nodeType === Node.TEXT_NODE
            ? (node as Text).data
            : '';
      return text.slice(Math.max(0, pos.offset - 1), pos.offset + 1);
    },
    [x, y] as const,
  );
}

async function open(context: BrowserContext, fixture: FixturePage, { clock = false } = {}): Promise<Page> {
  const page = await context.newPage();
  // clock: the page's own clock (editors group undo steps by it) is the test's to move on (page.clock.fastForward).
  if (clock) await page.clock.install();
  await page.goto(`/${fixture.file}`);
  await chat.focus(page);
  return page;
}


for (const fixture of FIXTURE_PAGES) {
  test.describe(`tone check in ${fixture.label}`, () => {
    // These are about the stop before sending: the team chose "block" (the default only warns).
    test.beforeEach(({ context, extensionId }) => setToneMode(context, extensionId, 'block'));

    test('underlines sit on the flagged characters; a suggestion rewrites the editor model', async ({ context }) => {
      const page = await open(context, fixture, { clock: true });
      await page.keyboard.type(DRAFT);
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT));

      // Each underline covers the characters it flags, as the page renders them.
      let marks: MarkBox[] = [];
      await expect
        .poll(async () => {
          marks = await markBoxes(page);
          return [...new Set(marks.map((m) => `${m.start}-${m.end}`))].sort();
        })
        .toEqual(flaggedSpans(DRAFT));
      for (const m of marks) {
        const flagged = DRAFT.slice(m.start, m.end);
        const under = await charsAt(page, m.x + m.width / 2, m.y + m.height / 2);
        expect([...under].some((c) => flagged.includes(c)), `mark ${m.start}-${m.end} "${flagged}" lies over "${under}"`).toBe(true);
        expect(m.height).toBeGreaterThan(8);
      }
      const findings = checkTone(DRAFT);
      await expect.poll(() => axBox(page, 'status', `语气检查：${findings.length} 处待看`)).not.toBeNull();

      // Editors merge edits closer than ~500 ms (by the page's clock) into one undo step; an agent reading the popover
      // takes longer. The page's clock jumps ahead instead of the test waiting.
      await page.clock.fastForward(1000);
      // Hover "但是" (where it is drawn now that the page's timers ran) and click its first suggestion: the page's
      // editor model changes, the focus stays in the input.
      await clickInPopover(page, (m) => DRAFT.slice(m.start, m.end) === '但是', '删去“但是”');
      await expect.poll(() => chat.text(page)).toBe(DRAFT.replace('但是', ''));
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT.replace('但是', '')));
      // Ctrl+Z in the page's editor takes the rewrite back.
      await page.keyboard.press('Control+z');
      await expect.poll(() => chat.text(page)).toBe(DRAFT);
      expect(await chat.sent(page)).toEqual([]);
    });

    test('moving the caret into a flagged span opens its popover; Tab applies the first rewrite', async ({ context }) => {
      const page = await open(context, fixture);
      await page.keyboard.type(DRAFT);
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT));
      expect(await axBox(page, 'dialog', '语气建议')).toBeNull();
      // From the end back into "但是" (between 但 and 是).
      for (let i = 0; i < DRAFT.length - DRAFT.indexOf('但是') - 1; i++) await page.keyboard.press('ArrowLeft');
      // The popover is the one for "但是" (the caret passed no other span on its way): Tab takes its first rewrite.
      await expect.poll(() => axBox(page, 'button', '删去“但是”')).not.toBeNull();
      await page.keyboard.press('Tab');
      await expect.poll(() => chat.text(page)).toBe(DRAFT.replace('但是', ''));
      await expect.poll(() => axBox(page, 'dialog', '语气建议')).toBeNull();
      // Enter is the page's again once the popover is gone: the dialog asks about the remaining findings.
      await page.keyboard.press('Enter');
      await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
      expect(await chat.sent(page)).toEqual([]);
    });

    test('Enter with findings opens the dialog and sends nothing; Fix all, then Enter sends a clean message', async ({ context }) => {
      const page = await open(context, fixture);
      await page.keyboard.type(DRAFT);
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT));
      await page.keyboard.press('Enter');
      await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
      expect(await chat.sent(page)).toEqual([]);
      expect(await chat.text(page)).toBe(DRAFT);

      // 一键修改 replaces only the safe wording (你 → 您); the refusal needs the agent's choice, so the dialog stays.
      await clickByRole(page, 'button', '一键修改');
      const safe = applyFixes(DRAFT, chooseFixes(checkTone(DRAFT), { safeOnly: true }));
      expect(safe).toBe('您好，我不能给您退款，但是只能换货。');
      await expect.poll(() => chat.text(page)).toBe(safe);
      await expect.poll(() => axBox(page, 'button', '改为“我无法”')).not.toBeNull();
      expect(await chat.sent(page)).toEqual([]);

      await clickByRole(page, 'button', '改为“我无法”');
      await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
      const fixed = safe.replace('我不能', '我无法');
      await expect.poll(() => chat.text(page)).toBe(fixed);
      expect(await chat.sent(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await expect.poll(() => chat.sent(page)).toEqual([fixed]);
      expect(checkTone(fixed).filter((f) => f.severity === 'error')).toEqual([]);
    });

    test('a draft whose only finding needs a choice keeps the dialog open with that choice; Fix all changes nothing', async ({ context }) => {
      const page = await open(context, fixture);
      const draft = '这个订单我们不能修改地址了';
      expect(checkTone(draft).some((f) => f.safe)).toBe(false);
      await page.keyboard.type(draft);
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(draft));
      await page.keyboard.press('Enter');
      await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
      // 一键修改 has nothing safe to apply here: clicking it leaves the draft and the dialog as they are, and the
      // rewrite that needs the agent's eye stays offered as a choice.
      await clickByRole(page, 'button', '一键修改');
      await expect.poll(() => axBox(page, 'button', '改为“我们无法”')).not.toBeNull();
      expect(await axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
      expect(await chat.text(page)).toBe(draft);
      expect(await chat.sent(page)).toEqual([]);

      await clickByRole(page, 'button', '改为“我们无法”');
      await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
      const fixed = '这个订单我们无法修改地址了';
      await expect.poll(() => chat.text(page)).toBe(fixed);
      expect(await chat.sent(page)).toEqual([]);
      // The chosen rewrite reads as a sentence and re-checks clean, so Enter now sends it.
      expect(checkTone(fixed)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => chat.sent(page)).toEqual([fixed]);
    });

    test('"Send anyway" sends the draft unchanged through the page', async ({ context }) => {
      const page = await open(context, fixture);
      await page.keyboard.type(DRAFT);
      // The check has read the draft (its rules come from the background) before the agent sends.
      await expect.poll(() => markedSpans(page)).toEqual(flaggedSpans(DRAFT));
      await page.keyboard.press('Enter');
      await clickByRole(page, 'button', '仍然发送');
      await expect.poll(() => chat.sent(page)).toEqual([DRAFT]);
    });

    test('Enter during an IME composition sends nothing and opens no dialog', async ({ context }) => {
      const page = await open(context, fixture);
      await page.keyboard.type('你好，我不能给你退款，');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'danshi', selectionStart: 6, selectionEnd: 6 });
      // Enter that confirms the IME candidate: the browser reports it as keyCode 229 while composing;
      // macOS IMEs send one more keyCode 229 Enter right after compositionend.
      const imeEnter = async () => {
        await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
      };
      await imeEnter();
      await cdp.send('Input.insertText', { text: '但是' });
      await imeEnter();
      await cdp.detach();
      await expect.poll(() => chat.text(page)).toBe('你好，我不能给你退款，但是');
      expect(await axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
      expect(await chat.sent(page)).toEqual([]);
      // After compositionend the draft is checked again: 但是 is underlined.
      await expect.poll(() => markedSpans(page)).toContain('11-13');
    });
  });
}

test.describe('tone check defaults and page changes', () => {
  test('by default the check warns: an error-level draft is underlined and goes out on Enter without a dialog', async ({ context }) => {
    const page = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await page.keyboard.type(ERROR_DRAFT);
    await expect.poll(() => axBox(page, 'status', `语气检查：${checkTone(ERROR_DRAFT).length} 处待看`)).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.sent(page)).toEqual([ERROR_DRAFT]);
    expect(await axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
  });

  test('"block" stops an error-level draft on the send button; warnings alone pass', async ({ context, extensionId }) => {
    await setToneMode(context, extensionId, 'block');
    const page = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await page.keyboard.type(ERROR_DRAFT);
    await expect.poll(() => axBox(page, 'status', `语气检查：${checkTone(ERROR_DRAFT).length} 处待看`)).not.toBeNull();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).not.toBeNull();
    expect(await chat.sent(page)).toEqual([]);
    await clickByRole(page, 'button', '取消');
    await expect.poll(() => axBox(page, 'alertdialog', '发送前请检查措辞')).toBeNull();
    // Cancel gives the input back: typing goes on in the draft.
    await page.keyboard.type('好');
    await expect.poll(() => chat.text(page)).toBe(`${ERROR_DRAFT}好`);
    await page.keyboard.press('Enter');
    await clickByRole(page, 'button', '仍然发送');
    await expect.poll(() => chat.sent(page)).toEqual([`${ERROR_DRAFT}好`]);

    // Warnings only: with the default threshold (errors), Enter sends at once.
    await page.keyboard.type(WARNING_DRAFT);
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.sent(page)).toEqual([`${ERROR_DRAFT}好`, WARNING_DRAFT]);
  });

  test('the overlay never covers the send button nor takes focus, and goes away with the input', async ({ context }) => {
    const page = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await page.keyboard.type(DRAFT);
    const status = `语气检查：${checkTone(DRAFT).length} 处待看`;
    await expect.poll(() => axBox(page, 'status', status)).not.toBeNull();
    // The element at the send button's centre is the send button itself.
    const hit = await page.evaluate(() => {
      const b = document.querySelector('[data-testid=send]') as HTMLElement;
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
    });
    expect(hit).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    // The composer is re-rendered away: the underlines and the badge go with it.
    await page.evaluate(() => document.querySelector('textarea')?.remove());
    await expect.poll(() => markBoxes(page)).toEqual([]);
    await expect.poll(() => axBox(page, 'status', status)).toBeNull();
  });

  test("a team pack's own tone rule, imported in the options page, underlines in the chat page", async ({ context, extensionId }) => {
    const draft = '亲爱的，这边帮您查一下';
    expect(checkTone(draft)).toEqual([]);

    const before = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await before.keyboard.type(draft);
    // Nothing flagged by the built-in rules (the underline check below would fail if it were).
    await expect.poll(() => markedSpans(before)).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#transfer`);
    const pack = { format: 'huashu.pack', version: 1, pack: { id: 'house-style', name: '本店用语规范' }, phrases: [], rules: [familiar] };
    await options
      .locator('input[type="file"]')
      .and(options.getByLabel(/导入/))
      .setInputFiles({ name: 'house.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    const preview = options.getByRole('form', { name: '导入预览' });
    await expect(preview.locator('[data-count="rules"]')).toHaveText('1');
    await preview.getByRole('button', { name: '导入 0 条话术和 1 条语气规则' }).click();
    await expect(options.getByRole('status').filter({ hasText: '已导入“本店用语规范”' }).first()).toBeVisible();

    // Coming back to the chat page (focus) reads the team's rules: 亲爱的 is underlined.
    await before.bringToFront();
    await before.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => markedSpans(before)).toEqual(['0-3']);
    const page = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await page.keyboard.type(draft);
    await expect.poll(() => markedSpans(page)).toEqual(['0-3']);
    await clickInPopover(page, () => true, '改为“您好”');
    await expect.poll(() => chat.text(page)).toBe('您好，这边帮您查一下');
  });

  test('"Don\'t flag this again" is remembered for the next page', async ({ context, extensionId }) => {
    const page = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await page.keyboard.type('但是');
    await expect.poll(() => markedSpans(page)).toEqual(['0-2']);
    await clickInPopover(page, () => true, '不再提示此处');
    await expect.poll(() => markedSpans(page)).toEqual([]);
    // The library holds the entry before the next page loads its settings.
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => getSetting(ext, 'tone-allow')).toEqual([expect.objectContaining({ text: '但是' })]);
    const next = await open(context, FIXTURE_PAGES[0] as FixturePage);
    await next.keyboard.type('你好但是');
    await expect.poll(() => markedSpans(next)).toEqual(['0-1']);
  });
});
