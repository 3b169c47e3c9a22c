import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type ProtocolMap } from '../../utils/protocol';
import { OptionsApp } from '../../components/OptionsApp';
import { hasSidePanel } from '../../utils/side-panel';
import { downloadWithLink } from '../../components/manager/shared';
import { NEW_PHRASE_PREFIX } from '../../utils/new-phrase-link';
import '../../components/theme.css';
import '../../components/manager/manager.css';

// A "#new=…" hash (the sidebar's "create a phrase with this text") is read once and cleared, so a reload does not
// open the editor again.
const hash = location.hash;
const newPhrase = hash.startsWith(NEW_PHRASE_PREFIX);
if (newPhrase) history.replaceState(null, '', location.pathname);
const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
render(
  <OptionsApp
    db={openLibrary()}
    send={send}
    languages={navigator.languages}
    removeOrigin={(pattern) => browser.permissions.remove({ origins: [pattern] })}
    requestOrigin={async (pattern) =>
      (await browser.permissions.contains({ origins: [pattern] })) || browser.permissions.request({ origins: [pattern] })
    }
    download={(name, content, type) => downloadWithLink(document, name, content, type)}
    initialTab={hash.slice(1)}
    sidePanel={hasSidePanel(browser)}
    {...(newPhrase ? { newPhraseHash: hash } : {})}
  />,
  document.getElementById('app')!,
);
