// The page's send gestures as the tone check hears them (capture phase, trusted events only): the send key, the send
// button, the form's submit. Each goes through the send check; what passes is noted as sent.
import { asEditable, deepActiveElement, type EditableElement } from '../../editors/dom';
import { isImeKey } from '../../editors/keys';
import { isSendKey, sendButtonFor, stopEvent } from './send-guard';
import { replaySendClick } from './replay';
import type { Hover } from './hover';
import type { SendCheck } from './send-check';
import type { ToneContext } from './state';

/** The key event "Send anyway" dispatches again: the same key with the modifiers pages send with. */
export function sendKeyInit(event: Pick<KeyboardEvent, 'key' | 'code' | 'keyCode' | 'ctrlKey' | 'metaKey'>): KeyboardEventInit {
  const { key, code, keyCode, ctrlKey, metaKey } = event;
  return { key, code, keyCode, ctrlKey, metaKey, bubbles: true, cancelable: true, composed: true };
}

/** The element an event started at, when it is an element. */
function originElement(event: Event): Element | null {
  const origin = event.composedPath()[0] as Node | undefined;
  return origin?.nodeType === 1 ? (origin as Element) : null;
}

export interface Gestures {
  onKeyDown(event: KeyboardEvent): void;
  onClick(event: MouseEvent): void;
  onSubmit(event: Event): void;
}

export function createGestures(ctx: ToneContext, check: SendCheck, hover: Hover): Gestures {
  const { state, tracker } = ctx;

  function inTrackedEditor(): EditableElement | null {
    const active = asEditable(deepActiveElement(ctx.topDoc));
    const current = tracker.current()?.el ?? null;
    return active && active === current ? active : null;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || state.disposed || !state.enabled) return;
    if (isImeKey(event) || tracker.isComposing()) return;
    const target = inTrackedEditor();
    if (!target) return;
    if (state.busy) {
      // A dialog or a rewrite is in progress: keys must not reach the page's send handler meanwhile.
      if (event.key === 'Enter') stopEvent(event);
      return;
    }
    if (hover.onKey(event, target) || !isSendKey(event)) return;
    const keyTarget = originElement(event) ?? target;
    const init = sendKeyInit(event);
    if (check.guard(target, () => check.replayKey(target, keyTarget, init))) stopEvent(event);
    else check.noteSent(target);
  }

  function onClick(event: MouseEvent): void {
    if (!event.isTrusted || state.disposed || !state.enabled) return;
    const current = tracker.current()?.el;
    const origin = originElement(event);
    if (!current || !origin) return;
    const button = sendButtonFor(origin, current);
    if (!button) return;
    if (check.guard(current, () => void replaySendClick(current, button).then((left) => check.notSent(current, left)))) stopEvent(event);
    else check.noteSent(current);
  }

  function onSubmit(event: Event): void {
    if (state.disposed || !state.enabled) return;
    const form = event.target as HTMLFormElement;
    if (state.letSubmitThrough === form) {
      state.letSubmitThrough = null;
      return;
    }
    const current = tracker.current()?.el;
    if (!current || !form.contains(current)) return;
    const replay = () => {
      state.letSubmitThrough = form;
      form.requestSubmit();
    };
    if (check.guard(current, replay)) stopEvent(event);
    else check.noteSent(current);
  }

  return { onKeyDown, onClick, onSubmit };
}
