import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCHES } from './utils/sites';
import { ICON_PATHS } from './utils/icons';
import { SIDEBAR_COMMAND } from './utils/popup-info';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The default consoles as host permissions too (the content script's matches already ask the same of the agent):
    // the background injects the linear-time matcher for team tone rules there (scripting needs host access).
    // sidePanel: the sidebar may live in Chrome's own side panel (the agent's choice; utils/side-panel.ts).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', ...(manifestVersion === 3 ? ['sidePanel'] : DEFAULT_MATCHES)],
    ...(manifestVersion === 3 ? { host_permissions: DEFAULT_MATCHES } : {}),
    storage: { managed_schema: 'managed_schema.json' },
    // Sites beyond the defaults are enabled one by one at run time ("Enable on this site").
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    browser_specific_settings: {
      gecko: { id: 'huashu@huashu.app', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
    },
    commands: {
      [SIDEBAR_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    // Rendered from assets/icon.svg by scripts/render-icons.ts. WXT would find public/icon/<size>.png by itself;
    // listing them (utils/icons.ts) keeps the toolbar icon explicit.
    icons: ICON_PATHS,
    action: { default_title: '__MSG_extName__', default_icon: ICON_PATHS },
    // Firefox lists the sidebar page in its own sidebar menu (View → Sidebar); it acts on the active tab there.
    ...(manifestVersion === 2 ? { sidebar_action: { default_panel: 'sidebar.html', default_title: '__MSG_extName__' } } : {}),
    web_accessible_resources: [
      // A dynamic URL (new each browser session) keeps sites from fingerprinting the extension by
      // fetching or framing a fixed URL; Firefox already uses a random per-install host.
      { resources: ['sidebar.html'], matches: ['<all_urls>'], ...(manifestVersion === 3 ? { use_dynamic_url: true } : {}) },
    ],
  }),
});
