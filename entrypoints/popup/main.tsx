import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type ProtocolMap } from '../../utils/protocol';
import { PopupApp } from '../../components/PopupApp';
import '../../components/theme.css';

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
    close={() => window.close()}
  />,
  document.getElementById('app')!,
);
