/** What the toolbar popup tells the agent about the current tab and the browser's shortcut for the sidebar. */

/** The browser command that opens and closes the sidebar (manifest `commands`). */
export const SIDEBAR_COMMAND = 'toggle-sidebar';

/** Where Chromium lets the agent set extension shortcuts. */
export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export interface BrowserCommand {
  name?: string;
  shortcut?: string;
}

/** The sidebar's shortcut as the browser has it ("Alt+Shift+H", "⌥⇧H"), or null when the agent has none set. */
export function sidebarShortcut(commands: readonly BrowserCommand[]): string | null {
  const shortcut = commands.find((c) => c.name === SIDEBAR_COMMAND)?.shortcut?.trim();
  return shortcut ? shortcut : null;
}

/** The host name to name a web page by ("shop.example.com"), or null for pages that are not web sites (chrome://, about:). */
export function pageHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname ? parsed.hostname : null;
  } catch {
    return null;
  }
}
