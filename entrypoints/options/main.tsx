import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openLibrary } from '../../utils/db/database';
import { createSender, type ProtocolMap } from '../../utils/protocol';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/theme.css';

const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
render(
  <OptionsApp
    db={openLibrary()}
    send={send}
    languages={navigator.languages}
    removeOrigin={(pattern) => browser.permissions.remove({ origins: [pattern] })}
  />,
  document.getElementById('app')!,
);
