/** Recognising the page's "send" gestures: the send key in the chat input and its send button. */
import { isImeKey, type KeyLike } from '../../editors/keys';

/** Enter without Shift (plain, or with Ctrl/Cmd where pages use that to send), and never a key an input method owns. */
export function isSendKey(event: KeyLike): boolean {
  if (event.key !== 'Enter' || isImeKey(event)) return false;
  if (event.shiftKey || event.altKey) return false;
  return true;
}

const SEND_WORDS = /^(?:发送|發送|傳送|send|send message|发送消息|發送訊息|发 送)$/i;

function label(el: Element): string {
  const text = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '').replace(/\s+/g, ' ').trim();
  // Labels such as "发送(S)" or "Send ⏎" carry a shortcut hint.
  return text.replace(/\s*[(（][^)）]*[)）]\s*$/, '').replace(/[\s⏎↵]+$/, '');
}

function isButtonLike(el: Element): boolean {
  const name = el.localName;
  if (name === 'button') return true;
  if (name === 'input') return ['submit', 'button'].includes((el as HTMLInputElement).type);
  return el.getAttribute('role') === 'button';
}

/** Class names, ids and test ids that name a send control (cs-button--send, btn-send, sendBtn, send-button). */
const SEND_HINT = /(?:^|[-_\s])send(?:$|[-_\s]|btn|button)|btn-?send|sendbtn/i;
/** Icons a label-less send button draws (Font Awesome's and Material's paper plane / send). */
const SEND_ICON = '[data-icon="paper-plane"], .fa-paper-plane, [data-testid="SendIcon"]';

/** An icon button the page marks as its send control although it has no name. */
function hintsSend(el: Element): boolean {
  const names = [el.getAttribute('class'), el.id, el.getAttribute('data-testid'), el.getAttribute('name')].filter(Boolean).join(' ');
  return SEND_HINT.test(names) || el.querySelector(SEND_ICON) !== null;
}

/** True when `el` is a button whose name says "send" (发送/發送/Send), or one the page marks as its send control. */
export function looksLikeSend(el: Element): boolean {
  if (!isButtonLike(el)) return false;
  if (SEND_WORDS.test(label(el))) return true;
  if (label(el) === '' && hintsSend(el)) return true;
  const value = el.localName === 'input' ? (el as HTMLInputElement).value.trim() : '';
  return value !== '' && SEND_WORDS.test(value);
}

/** How many ancestor levels around the input may hold its composer. */
const NEAR = 6;
const BUTTONS = 'button, [role=button], input[type=submit], input[type=button]';

function parentOf(node: Element): Element | null {
  const host = (node.getRootNode() as Partial<ShadowRoot>).host;
  return node.parentElement ?? host ?? (node.ownerDocument.defaultView?.frameElement as Element | null) ?? null;
}

/**
 * The input's composer: the nearest ancestor (crossing open shadow roots and same-origin frames, a
 * few levels at most) that is a form or holds a send-labelled button.
 */
function composerOf(input: Element): Element | null {
  let node: Element | null = input;
  for (let i = 0; node && i <= NEAR; i++, node = parentOf(node)) {
    if (node.localName === 'form') return node;
    if (Array.from(node.querySelectorAll(BUTTONS)).some(looksLikeSend)) return node;
  }
  return null;
}

/**
 * The page's send button for an input, when `target` (what was clicked) is one: a send-labelled
 * button, or a form's submit button, inside the input's composer.
 */
export function sendButtonFor(target: Element, input: Element): Element | null {
  const button = target.closest(BUTTONS);
  const composer = button ? composerOf(input) : null;
  if (!button || !composer?.contains(button)) return null;
  if (looksLikeSend(button)) return button;
  if (composer.localName === 'form' && (button as HTMLButtonElement).type === 'submit') return button;
  return null;
}

/** The send buttons of the input's composer (to keep the badge off them, and for "Send anyway" after a key). */
export function findSendButtons(input: Element): Element[] {
  const composer = composerOf(input);
  return composer ? Array.from(composer.querySelectorAll(BUTTONS)).filter(looksLikeSend) : [];
}

/** Keeps an event from the page: its default action and every listener after ours. */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
