/**
 * The launcher: the small tab on the page's right edge that opens the sidebar. It keeps clear of the chat input and
 * the tone badge above it (a full-width composer reaches the right edge), the agent can drag it up or down (or move
 * it with Alt+↑/↓), and hide it on a site from its menu (right click, Shift+F10 or the menu key); both are
 * remembered per site. It lives in the sidebar's closed shadow root (utils/page/sidebar-frame.ts).
 */
import type { Translate } from '../i18n';
import type { Box } from '../editors/text-map';
import { DEFAULT_SITE_STATE } from '../settings';

export const LAUNCHER_WIDTH = 36;
export const LAUNCHER_HEIGHT = 40;
/** Room kept above an input for the tone badge (utils/page/tone/overlay.ts draws it just above the top-right corner). */
export const BADGE_ROOM = 26;
const GAP = 8;
/** Alt+↑/↓ moves the launcher by this much. */
export const STEP = 40;
/** A press that moves less than this is a click, not a drag. */
const DRAG_SLOP = 5;

/** The launcher's distance from the bottom, kept inside the window. */
export function clampBottom(bottom: number, viewportHeight: number): number {
  return Math.round(Math.max(GAP, Math.min(viewportHeight - LAUNCHER_HEIGHT - GAP, bottom)));
}

/**
 * Where the launcher goes: at the agent's `preferred` distance from the bottom, unless that lands on one of the
 * `avoid` boxes (the chat input with its badge room) at the right edge; then just above the highest box it meets,
 * or, where there is no room above, just below it.
 */
export function clearBottom(preferred: number, viewport: { width: number; height: number }, avoid: readonly Box[]): number {
  let bottom = clampBottom(preferred, viewport.height);
  const left = viewport.width - LAUNCHER_WIDTH;
  const boxes = avoid.filter((b) => b.left + b.width > left && b.width > 0 && b.height > 0);
  for (let i = 0; i <= boxes.length; i++) {
    const top = viewport.height - bottom - LAUNCHER_HEIGHT;
    const hit = boxes.find((b) => top < b.top + b.height && top + LAUNCHER_HEIGHT > b.top - BADGE_ROOM);
    if (!hit) return bottom;
    const above = viewport.height - (hit.top - BADGE_ROOM) + GAP;
    const below = viewport.height - (hit.top + hit.height) - LAUNCHER_HEIGHT - GAP;
    bottom = above <= viewport.height - LAUNCHER_HEIGHT - GAP ? above : Math.max(GAP, below);
  }
  return bottom;
}

export interface LauncherOptions {
  doc: Document;
  /** Where its elements go (the closed shadow root). */
  root: ShadowRoot;
  bottom: number;
  hidden: boolean;
  t: Translate;
  /** A trusted click (not the end of a drag). */
  onPress(): void;
  /** The agent moved it or hid it: remember for the site. */
  onChange(place: { bottom: number; hidden: boolean }): void;
}

export interface Launcher {
  /** Shown unless the agent hid it on this site (the sidebar hides it while open). */
  setVisible(visible: boolean): void;
  /** Keep clear of these boxes (the focused chat input), in the page's viewport. */
  avoid(boxes: readonly Box[]): void;
  setLabels(t: Translate): void;
}

interface LauncherParts {
  button: HTMLButtonElement;
  menu: HTMLDivElement;
  hideItem: HTMLButtonElement;
  resetItem: HTMLButtonElement;
}

/** The launcher's elements, appended to `root`: the button and its menu (hide on this site, reset the place). */
function buildLauncher(doc: Document, root: ShadowRoot): LauncherParts {
  const button = doc.createElement('button');
  button.className = 'launcher';
  button.type = 'button';
  button.textContent = '话';
  button.setAttribute('aria-haspopup', 'menu');
  const menu = doc.createElement('div');
  menu.className = 'launcher-menu';
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  const hideItem = doc.createElement('button');
  const resetItem = doc.createElement('button');
  for (const item of [hideItem, resetItem]) {
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    menu.append(item);
  }
  root.append(button, menu);
  return { button, menu, hideItem, resetItem };
}

/** Where the agent wants the launcher, and what it must keep clear of. */
interface LauncherState {
  preferred: number;
  hidden: boolean;
  visible: boolean;
  avoided: readonly Box[];
}

/**
 * Dragging the button up or down (trusted pointer events only; the click that ends a drag is not a press) and Alt+↑/↓
 * on it. `moved` is called after the agent put it somewhere new.
 */
function wireMoves(button: HTMLButtonElement, view: Window, state: LauncherState, moved: () => void, press: () => void): void {
  const shownAt = () => clearBottom(state.preferred, { width: view.innerWidth, height: view.innerHeight }, state.avoided);
  let drag: { startY: number; startBottom: number; moved: boolean } | null = null;
  let dragged = false;
  button.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the chat input
  button.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted || e.button !== 0) return;
    drag = { startY: e.clientY, startBottom: shownAt(), moved: false };
    button.setPointerCapture(e.pointerId);
  });
  button.addEventListener('pointermove', (e) => {
    if (!e.isTrusted || !drag) return;
    const dy = e.clientY - drag.startY;
    if (!drag.moved && Math.abs(dy) < DRAG_SLOP) return;
    drag.moved = true;
    state.preferred = clampBottom(drag.startBottom - dy, view.innerHeight);
    // While dragging, the launcher goes exactly where the pointer is.
    button.style.bottom = `${state.preferred}px`;
  });
  button.addEventListener('pointerup', (e) => {
    if (!e.isTrusted || !drag) return;
    dragged = drag.moved;
    drag = null;
    if (dragged) moved();
  });
  button.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    if (dragged) {
      dragged = false;
      return;
    }
    press();
  });
  button.addEventListener('keydown', (e) => {
    if (!e.isTrusted || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    state.preferred = clampBottom(shownAt() + (e.key === 'ArrowUp' ? STEP : -STEP), view.innerHeight);
    moved();
  });
}

/** The menu (right click, Shift+F10, the menu key): ↑/↓ between its items, Esc back to the button. */
function wireMenu(parts: LauncherParts, root: ShadowRoot, actions: { hide(): void; reset(): void }): { close(refocus: boolean): void } {
  const { button, menu, hideItem, resetItem } = parts;
  function close(refocus: boolean): void {
    if (menu.hidden) return;
    menu.hidden = true;
    if (refocus && !button.hidden) button.focus();
  }
  button.addEventListener('contextmenu', (e) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    menu.hidden = false;
    hideItem.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    const items = [hideItem, resetItem];
    const at = items.indexOf(root.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close(true);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    else return;
    e.preventDefault();
  });
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget as Node | null)) close(false);
  });
  hideItem.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    close(false);
    actions.hide();
  });
  resetItem.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    close(true);
    actions.reset();
  });
  return { close };
}

export function mountLauncher(options: LauncherOptions): Launcher {
  const { doc, root } = options;
  const view = doc.defaultView ?? window;
  const state: LauncherState = { preferred: options.bottom, hidden: options.hidden, visible: true, avoided: [] };
  const parts = buildLauncher(doc, root);
  const { button, menu } = parts;

  function setLabels(t: Translate): void {
    button.setAttribute('aria-label', t('launcher.open'));
    button.title = t('launcher.moveHint');
    menu.setAttribute('aria-label', t('launcher.menu'));
    parts.hideItem.textContent = t('launcher.hide');
    parts.resetItem.textContent = t('launcher.reset');
  }

  function place(): void {
    button.hidden = state.hidden || !state.visible;
    if (button.hidden) return;
    const bottom = clearBottom(state.preferred, { width: view.innerWidth, height: view.innerHeight }, state.avoided);
    button.style.bottom = `${bottom}px`;
    menu.style.bottom = `${bottom}px`;
  }

  /** Show the change and remember it for the site. */
  function changed(): void {
    place();
    options.onChange({ bottom: state.preferred, hidden: state.hidden });
  }

  const menuControl = wireMenu(parts, root, {
    hide: () => {
      state.hidden = true;
      changed();
    },
    reset: () => {
      state.preferred = DEFAULT_SITE_STATE.launcherBottom;
      changed();
    },
  });
  wireMoves(button, view, state, changed, () => {
    menuControl.close(false);
    options.onPress();
  });
  setLabels(options.t);
  view.addEventListener('resize', place);
  place();

  return {
    setVisible(next) {
      state.visible = next;
      if (!next) menuControl.close(false);
      place();
    },
    avoid(boxes) {
      state.avoided = boxes;
      place();
    },
    setLabels,
  };
}
