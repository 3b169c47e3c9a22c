// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { PopupApp } from '../../../components/PopupApp';
import { SidebarApp } from '../../../components/SidebarApp';
import { BUILTIN_PACKS } from '../../../utils/builtin';
import { installBuiltinPacks } from '../../../utils/packs/apply';
import { computeSearchKeys } from '../../../utils/search';
import { HuashuDB } from '../../../utils/db/database';
import { DEFAULT_GROUP } from '../../../utils/db/types';
import { setToneAllowList, setUiSettings } from '../../../utils/db/library';
import type { ProtocolMap, Sender } from '../../../utils/protocol';
import { mount, until } from '../ui/render';
import { builtInTone } from '../../../utils/tone-builtin';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

const LOCALES: readonly UiLocale[] = ['en', 'zh-CN', 'zh-TW'];
const TABS = ['phrases', 'transfer', 'subscriptions', 'packs', 'usage', 'settings'] as const;

/** The background, as far as these pages ask it something while they render. */
const send = (async (type: string) => (type === 'policy:get' ? {} : type === 'tone:get' ? { allow: [], rules: [] } : {})) as unknown as Sender<ProtocolMap>;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * The text a user meets (text nodes, and the names and hints assistive technology reads) in the wrong script.
 * Left out: <code> (addresses, patterns, ids shown as code), <kbd> (keys and shortcut codes the agent types), <q>
 * (quotations of the agent's own words) and anything
 * marked as written in another language (`lang`, e.g. the language picker naming each language in its own script).
 */
function wrongScriptIn(root: HTMLElement, locale: UiLocale): string[] {
  const skipped = (el: Element | null) => !el || el.closest('code, kbd, q') !== null || (el.closest('[lang]')?.getAttribute('lang') ?? locale) !== locale;
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node.parentElement)) continue;
    for (const w of wrongScript(node.textContent ?? '', locale)) found.push(`${w} in “${node.textContent?.trim()}”`);
  }
  for (const el of root.querySelectorAll('*')) {
    if (skipped(el)) continue;
    for (const attr of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) for (const w of wrongScript(value, locale)) found.push(`${w} in ${attr}="${value}"`);
    }
  }
  return found;
}

const RULE_IDS = new Set(builtInTone.rules.map((r) => r.id));

/** Built-in rule ids shown as text anywhere (also in <code>): the UI names rules by their localized category. */
function ruleIdsShown(root: HTMLElement): string[] {
  return (root.textContent ?? '').match(/[a-z0-9]+(?:-[a-z0-9]+)+/g)?.filter((w) => RULE_IDS.has(w)) ?? [];
}

/**
 * A library in the UI's language: its built-in pack and one allow-list entry. (Phrases are the team's data, in
 * whatever language the team writes; a library holding only phrases in the UI's script leaves every other hit to
 * the UI's own text.)
 */
async function library(locale: UiLocale): Promise<HuashuDB> {
  const db = new HuashuDB(`surfaces-${locale}-${Math.random().toString(36).slice(2)}`);
  const own = BUILTIN_PACKS.filter((p) => p.locale === locale).map((p) => {
    const pack = p.data as { phrases: { title: string; text: string }[] };
    return { ...pack, phrases: pack.phrases.filter((x) => wrongScript(`${x.title} ${x.text}`, locale).length === 0) };
  });
  await installBuiltinPacks(db, own, { computeKeys: (p) => computeSearchKeys(p) });
  await setUiSettings(db, { locale });
  await setToneAllowList(db, [{ ruleId: 'address-ni', text: locale === 'en' ? 'ok' : '你' }]);
  return db;
}

describe.each(LOCALES)('every surface in %s', (locale) => {
  it.each(TABS)('options page, %s tab', async (tab) => {
    const db = await library(locale);
    const view = mount(
      <OptionsApp db={db} send={send} languages={['en']} removeOrigin={async () => true} requestOrigin={async () => true} download={() => undefined} initialTab={tab} />,
    );
    cleanup = view.unmount;
    await until(() => view.root.querySelector(`#panel-${tab} section, #panel-${tab} form, #panel-${tab} table, #panel-${tab} ul`));
    if (tab === 'settings') await until(() => view.root.querySelector('[data-rule="address-ni"]'));
    expect(wrongScriptIn(view.root, locale)).toEqual([]);
    expect(ruleIdsShown(view.root)).toEqual([]);
  });

  it('toolbar popup', async () => {
    const db = await library(locale);
    const view = mount(
      <PopupApp
        db={db}
        send={send}
        languages={['en']}
        activeTab={async () => ({ id: 1, url: 'https://chat.example.com/' })}
        requestOrigin={async () => true}
        removeOrigin={async () => true}
        openManager={() => undefined}
        commands={async () => [{ name: 'toggle-sidebar', shortcut: 'Alt+Shift+H' }]}
        openShortcutSettings={async () => undefined}
        close={() => undefined}
      />,
    );
    cleanup = view.unmount;
    await until(() => view.root.querySelector('kbd') && view.root.textContent?.includes('chat.example.com'));
    expect(wrongScriptIn(view.root, locale)).toEqual([]);
  });

  it('sidebar', async () => {
    const db = await library(locale);
    const view = mount(<SidebarApp db={db} send={send} languages={['en']} openManager={() => undefined} close={() => undefined} copyToClipboard={async () => undefined} />);
    cleanup = view.unmount;
    await until(() => view.root.querySelectorAll('[role="option"]').length > 0, 10_000);
    expect(wrongScriptIn(view.root, locale)).toEqual([]);
  });
});

describe('switching the UI language', () => {
  it('says “Saved.” in the new language, names the allow-list rule and the own group in it', async () => {
    const db = await library('zh-CN');
    const view = mount(
      <OptionsApp db={db} send={send} languages={['zh-CN']} removeOrigin={async () => true} requestOrigin={async () => true} download={() => undefined} initialTab="settings" />,
    );
    cleanup = view.unmount;
    const picker = await until(() => [...view.root.querySelectorAll('select')].find((s) => s.querySelector('option[value="zh-TW"]')));
    await until(async () => (await db.groups.get(DEFAULT_GROUP))?.name === '我的话术');
    picker.value = 'en';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    const toast = await until(() => view.root.querySelector('.toast span')?.textContent === 'Saved.' && view.root.querySelector('.toast span'));
    expect(toast.textContent).toBe('Saved.');
    expect(view.root.querySelector('[data-rule="address-ni"]')?.textContent).toBe('Addressing the customer');
    await until(async () => (await db.groups.get(DEFAULT_GROUP))?.name === 'My phrases');
    expect(wrongScriptIn(view.root, 'en')).toEqual([]);
  });
});
