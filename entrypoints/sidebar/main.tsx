import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type ProtocolMap } from '../../utils/protocol';
import { SidebarApp } from '../../components/SidebarApp';
import '../../components/theme.css';
import './style.css';

const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
render(
  <SidebarApp
    db={openLibrary()}
    send={send}
    languages={navigator.languages}
    openManager={() => void browser.runtime.openOptionsPage()}
    copyToClipboard={(text) => navigator.clipboard.writeText(text)}
  />,
  document.getElementById('app')!,
);
