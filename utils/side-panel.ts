/**
 * The browser's own side panel as the sidebar's place (Chrome's `sidePanel`): it narrows the page's viewport instead
 * of lying over it, so no layout, fixed or not, is covered. The agent chooses it (UiSettings.sidebarPlace); the panel
 * is offered only then, so opening it fails, and the in-page sidebar opens instead, whenever the agent did not.
 */
import type { SidebarPlace } from './settings';

export interface SidePanel {
  /**
   * Opens the panel beside a tab. Must be called in the same task as the agent's click or key reached the extension:
   * the browser refuses it after any await. Rejects when the panel is not offered (the in-page sidebar is wanted) or
   * the browser has none.
   */
  open(tabId: number): Promise<void>;
  /** Offer the panel or withdraw it, following the agent's choice. */
  follow(place: SidebarPlace): Promise<void>;
}

/** The part of `chrome.sidePanel` used here. */
export interface ChromeSidePanelApi {
  open(options: { tabId: number }): Promise<void>;
  setOptions(options: { path?: string; enabled?: boolean }): Promise<void>;
}

/** `path`: the sidebar page. The manifest declares no default panel, so none is offered until `follow('browser')`. */
export function chromeSidePanel(api: ChromeSidePanelApi | undefined, path: string): SidePanel {
  if (!api) {
    return {
      open: () => Promise.reject(new Error('This browser has no side panel for extensions.')),
      follow: () => Promise.resolve(),
    };
  }
  return {
    open: (tabId) => api.open({ tabId }),
    follow: (place) => api.setOptions(place === 'browser' ? { path, enabled: true } : { enabled: false }),
  };
}

/** Whether this browser can show the sidebar in its side panel (the options page offers the choice only then). */
export function hasSidePanel(browserApi: { sidePanel?: unknown }): boolean {
  return typeof browserApi.sidePanel === 'object' && browserApi.sidePanel !== null;
}
