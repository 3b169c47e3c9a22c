import type { Frame, Page } from '@playwright/test';
import { wrongScript } from '../unit/locale/script-check';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import { translator } from '../../utils/i18n';
import type { UiLocale } from '../../utils/settings';

/**
 * The built extension, as an agent meets it in each UI language: every options tab, the sidebar on a chat page and
 * the toolbar popup hold no text in the wrong script (Han in the English UI, Latin words in the Chinese ones; the
 * same checker and exceptions as the unit test that renders each surface).
 *
 * The library is the team's data, in whatever language the team writes, so it is left out: a finding inside text
 * that is (part of) a phrase, group or pack stored in the library does not count (an action's name like
 * “编辑 Case closed” is checked without the phrase title it names). The UI's own strings never come
 * from the library, so they are all checked.
 */
const LOCALES: readonly UiLocale[] = ['en', 'zh-CN', 'zh-TW'];

interface Seen {
  text: string;
  where: string;
}

/** Text nodes and the names/hints assistive technology reads, skipping <code>/<kbd>/<q> and parts marked `lang`. */
function visibleTexts(target: Page | Frame, locale: UiLocale): Promise<Seen[]> {
  return target.evaluate((locale) => {
    const skipped = (el: Element | null) =>
      !el || el.closest('code, kbd, q') !== null || (el.closest('[lang]')?.getAttribute('lang') ?? locale) !== locale;
    const seen: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && !skipped(node.parentElement)) seen.push({ text, where: 'text' });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (skipped(el)) continue;
      for (const attr of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) seen.push({ text: value, where: attr });
      }
    }
    seen.push({ text: document.title, where: 'title' });
    return seen;
  }, locale);
}

/** Every string of the library's data (phrase titles, texts, shortcuts and tags, group and pack names), read raw. */
function libraryStrings(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['phrases', 'groups', 'packs']);
          const out: string[] = [];
          const read = (store: string, fields: string[]) => {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => {
              for (const r of all.result as Record<string, unknown>[]) for (const f of fields) out.push(...[r[f]].flat().filter((v): v is string => typeof v === 'string'));
            };
          };
          read('phrases', ['title', 'text', 'shortcut', 'group', 'tags', 'questions']);
          read('groups', ['name']);
          read('packs', ['name', 'description']);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const wholeWord = (piece: string) => new RegExp(`(?<![A-Za-z])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');

function wrongScriptOutsideData(seen: readonly Seen[], locale: UiLocale, data: readonly string[], pageText = ''): string[] {
  // Longest first, so a phrase's text goes before its title when one holds the other.
  const pieces = [...new Set(data.map((d) => d.trim()).filter((d) => d.length > 1))].sort((a, b) => b.length - a.length);
  const withoutData = (shown: string) => {
    // A preview cut short with “…” is the start of the text it shows.
    const text = shown.replace(/\s*…$/, '');
    if (pieces.some((d) => d.includes(text))) return '';
    // Whole words only: a shortcut “sh” is not taken out of “Huashu”.
    const rest = pieces.reduce((r, d) => (r.includes(d) ? r.replace(wholeWord(d), ' ') : r), text);
    // Words of the customer's messages on the page (a suggested reply names the ones it matched) are the page's.
    return pageText ? rest.replace(/\p{Script=Han}+/gu, (run) => (pageText.includes(run) ? ' ' : run)) : rest;
  };
  return seen.flatMap(({ text, where }) => wrongScript(withoutData(text), locale).map((w) => `${w} in ${where} “${text}”`));
}

async function chooseLanguage(options: Page, locale: UiLocale): Promise<void> {
  await options.getByRole('tab').last().click();
  const picker = options.locator('select').filter({ has: options.locator('option[value="zh-TW"]') });
  await picker.selectOption(locale);
  await expect(options.locator('html')).toHaveAttribute('lang', locale);
}

for (const locale of LOCALES) {
  test(`in ${locale}, no options tab, sidebar or popup shows text in the wrong script`, async ({ context, extensionId }) => {
    await waitForLibrary(context, extensionId);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await chooseLanguage(options, locale);
    const data = await libraryStrings(options);

    const tabs = options.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      const panel = options.getByRole('tabpanel');
      // Each tab shows its own content (a form, list or table) before it is read.
      await expect(panel.locator('section, form, table, ul').first()).toBeVisible();
      const name = (await tabs.nth(i).textContent()) ?? `tab ${i}`;
      expect(wrongScriptOutsideData(await visibleTexts(options, locale), locale, data), `options: ${name}`).toEqual([]);
    }

    const page = await context.newPage();
    await page.goto('/textarea.html');
    await chat.focus(page);
    await clickByRole(page, 'button', translator(locale)('launcher.open'));
    const sidebar = await sidebarFrame(page, extensionId);
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    // What the chat page shows (the customer's messages, which suggested replies name the words of) is the page's data.
    const pageText = await page.locator('body').innerText();
    expect(wrongScriptOutsideData(await visibleTexts(sidebar, locale), locale, data, pageText), 'sidebar').toEqual([]);

    const popup = await context.newPage();
    await page.bringToFront();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('kbd').first()).toBeVisible();
    expect(wrongScriptOutsideData(await visibleTexts(popup, locale), locale, data), 'popup').toEqual([]);
  });
}
