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

export function mountLauncher(options: LauncherOptions): Launcher {
  const { doc, root } = options;
  const view = doc.defaultView ?? window;
  let preferred = options.bottom;
  let hidden = options.hidden;
  let visible = true;
  let avoided: readonly Box[] = [];
  let t = options.t;

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

  function setLabels(next: Translate): void {
    t = next;
    button.setAttribute('aria-label', t('launcher.open'));
    button.title = t('launcher.moveHint');
    menu.setAttribute('aria-label', t('launcher.menu'));
    hideItem.textContent = t('launcher.hide');
    resetItem.textContent = t('launcher.reset');
  }
  setLabels(t);

  function place(): void {
    button.hidden = hidden || !visible;
    if (button.hidden) return;
    const bottom = clearBottom(preferred, { width: view.innerWidth, height: view.innerHeight }, avoided);
    button.style.bottom = `${bottom}px`;
    menu.style.bottom = `${bottom}px`;
  }

  function remember(): void {
    options.onChange({ bottom: preferred, hidden });
  }

  function openMenu(): void {
    menu.hidden = false;
    hideItem.focus();
  }
  function closeMenu(refocus: boolean): void {
    if (menu.hidden) return;
    menu.hidden = true;
    if (refocus && !button.hidden) button.focus();
  }

  let drag: { startY: number; startBottom: number; moved: boolean } | null = null;
  /** The click that ends a drag is not a press. */
  let dragged = false;
  button.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the chat input
  button.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted || e.button !== 0) return;
    drag = { startY: e.clientY, startBottom: clearBottom(preferred, { width: view.innerWidth, height: view.innerHeight }, avoided), moved: false };
    button.setPointerCapture(e.pointerId);
  });
  button.addEventListener('pointermove', (e) => {
    if (!e.isTrusted || !drag) return;
    const dy = e.clientY - drag.startY;
    if (!drag.moved && Math.abs(dy) < DRAG_SLOP) return;
    drag.moved = true;
    preferred = clampBottom(drag.startBottom - dy, view.innerHeight);
    // While dragging, the launcher goes exactly where the pointer is.
    button.style.bottom = `${preferred}px`;
  });
  button.addEventListener('pointerup', (e) => {
    if (!e.isTrusted || !drag) return;
    dragged = drag.moved;
    drag = null;
    if (dragged) {
      remember();
      place();
    }
  });
  button.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    if (dragged) {
      dragged = false;
      return;
    }
    closeMenu(false);
    options.onPress();
  });
  button.addEventListener('contextmenu', (e) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    openMenu();
  });
  button.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const current = clearBottom(preferred, { width: view.innerWidth, height: view.innerHeight }, avoided);
      preferred = clampBottom(current + (e.key === 'ArrowUp' ? STEP : -STEP), view.innerHeight);
      place();
      remember();
    }
  });
  menu.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    const items = [hideItem, resetItem];
    const at = items.indexOf(root.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') closeMenu(true);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    else return;
    e.preventDefault();
  });
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget as Node | null)) closeMenu(false);
  });
  hideItem.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    hidden = true;
    closeMenu(false);
    place();
    remember();
  });
  resetItem.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    preferred = DEFAULT_SITE_STATE.launcherBottom;
    closeMenu(true);
    place();
    remember();
  });
  view.addEventListener('resize', place);
  place();

  return {
    setVisible(next) {
      visible = next;
      if (!next) closeMenu(false);
      place();
    },
    avoid(boxes) {
      avoided = boxes;
      place();
    },
    setLabels(next) {
      setLabels(next);
    },
  };
}
