// "Send anyway": do again what the agent did, in the form the page listens to, and tell whether the message left.
// Pages send on keydown (most), on keypress (older widgets such as chatscope's MessageInput), or only from their own
// button; the synthetic events are untrusted, so our own guard lets them through.
import { readTextMap } from '../../editors/text-map';
import type { EditableElement } from '../../editors/dom';
import { findSendButtons } from './send-guard';

/** How long the page may take to take the message out of the composer. */
const LEFT_WITHIN_MS = 1500;

/** Resolves true once the composer's text changed (the page took the message), false after the time-out. */
function whenLeft(target: EditableElement, before: string, view: Window): Promise<boolean> {
  return new Promise((resolve) => {
    const started = view.performance.now();
    const look = () => {
      if (!target.isConnected || readTextMap(target).text !== before) return resolve(true);
      if (view.performance.now() - started > LEFT_WITHIN_MS) return resolve(false);
      view.requestAnimationFrame(look);
    };
    view.requestAnimationFrame(look);
  });
}

/** The send key again, as keydown, keypress and keyup; then the page's own send control if the text stayed. */
export async function replaySendKey(target: EditableElement, keyTarget: Element, init: KeyboardEventInit): Promise<boolean> {
  const view = (target.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const before = readTextMap(target).text;
  const down = new view.KeyboardEvent('keydown', init);
  keyTarget.dispatchEvent(down);
  if (!down.defaultPrevented && readTextMap(target).text === before) {
    keyTarget.dispatchEvent(new view.KeyboardEvent('keypress', { ...init, charCode: 13 }));
  }
  keyTarget.dispatchEvent(new view.KeyboardEvent('keyup', init));
  if (await whenLeft(target, before, view)) return true;
  return replaySendClick(target, findSendButtons(target)[0] ?? null, before);
}

/** The page's send control, clicked once; true when the message then left. */
export async function replaySendClick(target: EditableElement, button: Element | null, before = readTextMap(target).text): Promise<boolean> {
  const view = (target.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  if (!(button instanceof view.HTMLElement) || (button as HTMLButtonElement).disabled) return false;
  button.click();
  return whenLeft(target, before, view);
}
