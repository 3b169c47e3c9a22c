import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type ProtocolMap } from '../../utils/protocol';
import { PopupApp } from '../../components/PopupApp';
import { CHROMIUM_SHORTCUTS_URL } from '../../utils/popup-info';
import '../../components/theme.css';
import './style.css';

// Firefox (137+) opens its own shortcut page; chrome:// URLs are Chromium's.
const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
render(
  <PopupApp
    db={openLibrary()}
    send={send}
    languages={navigator.languages}
    activeTab={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]}
    requestOrigin={(pattern) => browser.permissions.request({ origins: [pattern] })}
    removeOrigin={(pattern) => browser.permissions.remove({ origins: [pattern] })}
    openManager={() => void browser.runtime.openOptionsPage()}
    commands={() => browser.commands.getAll()}
    openShortcutSettings={async () => {
      if (commands.openShortcutSettings) await commands.openShortcutSettings();
      else await browser.tabs.create({ url: CHROMIUM_SHORTCUTS_URL });
    }}
    close={() => window.close()}
  />,
  document.getElementById('app')!,
);
