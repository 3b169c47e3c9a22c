import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type PageProtocolMap, type ProtocolMap } from '../../utils/protocol';
import { resolveLocale, translator } from '../../utils/i18n';
import { takeSessionKey } from '../../utils/sidebar-key';
import { newPhraseHash } from '../../utils/new-phrase-link';
import { SidebarApp } from '../../components/SidebarApp';
import { SidebarGate } from '../../components/SidebarGate';
import '../../components/theme.css';
import './style.css';

const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
const key = takeSessionKey(location, history);
// Not framed: the browser's own side panel (utils/side-panel.ts), which needs no key; the background tells the two apart.
const inSidePanel = window.top === window;
/** A ping of the background without content (the sidebar then asks for its own tab's suggestions, or clock). */
const onPing = (type: keyof PageProtocolMap) => (listener: () => void) => {
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === type) listener();
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
};
const onSuggestionsChanged = onPing('pages:suggestions-changed');
const onClockChanged = onPing('pages:clock-changed');
render(
  <SidebarGate t={translator(resolveLocale(null, navigator.languages))} claim={async () => (key !== '' || inSidePanel) && (await send('sidebar:claim', { key })).ok}>
    {() => (
      <SidebarApp
        db={openLibrary()}
        send={send}
        languages={navigator.languages}
        openManager={() => void browser.runtime.openOptionsPage()}
        close={() => (inSidePanel ? window.close() : void send('sidebar:close', {}))}
        openNewPhrase={(text) => void browser.tabs.create({ url: browser.runtime.getURL('/options.html') + newPhraseHash(text) })}
        copyToClipboard={(text) => navigator.clipboard.writeText(text)}
        onSuggestionsChanged={onSuggestionsChanged}
        onClockChanged={onClockChanged}
      />
    )}
  </SidebarGate>,
  document.getElementById('app')!,
);
