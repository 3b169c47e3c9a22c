// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../../components/PopupApp';
import { HuashuDB } from '../../../utils/db/database';
import type { BrowserCommand } from '../../../utils/popup-info';
import type { ProtocolMap, Sender } from '../../../utils/protocol';
import { mount, until } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function popup({ url, shortcuts, ...overrides }: Partial<PopupAppProps> & { url?: string; shortcuts?: readonly BrowserCommand[] } = {}) {
  const calls: string[] = [];
  const props: PopupAppProps = {
    db: new HuashuDB(`popup-${Math.random().toString(36).slice(2)}`),
    send: (async () => ({})) as unknown as Sender<ProtocolMap>,
    languages: ['en-US'],
    activeTab: async () => ({ id: 1, url: url ?? 'https://chat.example.com/inbox?id=3' }),
    requestOrigin: async () => false,
    removeOrigin: async () => false,
    openManager: () => calls.push('manager'),
    commands: async () => shortcuts ?? [{ name: 'toggle-sidebar', shortcut: 'Alt+Shift+H' }],
    openShortcutSettings: async () => {
      calls.push('shortcuts');
    },
    close: () => calls.push('close'),
    ...overrides,
  };
  const view = mount(<PopupApp {...props} />);
  cleanup = view.unmount;
  return { root: view.root, calls };
}

const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('toolbar popup', () => {
  it('names the site by its host and shows the shortcut the browser has for the sidebar', async () => {
    const { root } = popup({ shortcuts: [{ name: '_execute_action', shortcut: '' }, { name: 'toggle-sidebar', shortcut: 'Ctrl+Shift+Y' }] });
    await until(() => root.textContent?.includes('Ctrl+Shift+Y'));
    expect(root.textContent).toContain('This site: chat.example.com');
    expect(root.textContent).toContain('Huashu is not active on this site.');
    expect(root.querySelector('kbd')?.textContent).toBe('Ctrl+Shift+Y');
    expect(button(root, 'Enable on this site')).toBeDefined();
  });

  it('says when no shortcut is set and offers to set one in the browser', async () => {
    const { root, calls } = popup({ shortcuts: [{ name: 'toggle-sidebar', shortcut: '' }] });
    const set = await until(() => button(root, 'Set a shortcut'));
    expect(root.textContent).toContain('No keyboard shortcut is set for the sidebar.');
    expect(root.querySelector('kbd')).toBeNull();
    set.click();
    await until(() => calls.includes('close'));
    expect(calls).toEqual(['shortcuts', 'close']);
  });

  it('says where to go when the browser refuses to open its shortcut page', async () => {
    const { root, calls } = popup({
      openShortcutSettings: async () => {
        throw new Error('refused');
      },
    });
    (await until(() => button(root, 'Change'))).click();
    const alert = await until(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe('The shortcut page could not be opened here: open chrome://extensions/shortcuts in a new tab.');
    expect(calls).not.toContain('close');
  });

  it('names no site on a browser page', async () => {
    const { root } = popup({ url: 'chrome://newtab/' });
    await until(() => root.textContent?.includes('Huashu cannot run on this page.'));
    expect(root.textContent).not.toContain('This site');
  });
});
