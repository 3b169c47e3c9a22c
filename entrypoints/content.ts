import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createSender, type ProtocolMap } from '../utils/protocol';
import { DEFAULT_MATCHES } from '../utils/sites';
import { startContentApp } from '../utils/page/content-app';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The script can be injected again (toolbar "Enable on this site"); run once per page.
    const marker = Symbol.for('huashu.content');
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[marker]) return;
    scope[marker] = true;
    const send = createSender<ProtocolMap>({ sendMessage: (m) => browser.runtime.sendMessage(m) });
    const app = await startContentApp({ win: window, sidebarUrl: browser.runtime.getURL('/sidebar.html'), send });
    const listener = (message: unknown) => app.onMessage(message);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      app.dispose();
    });
  },
});
