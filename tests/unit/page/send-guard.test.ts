// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSendButtons, isSendKey, looksLikeSend, sendButtonFor } from '../../../utils/page/tone/send-guard';

const key = (over: Partial<Parameters<typeof isSendKey>[0]>) => ({
  key: 'Enter',
  keyCode: 13,
  isComposing: false,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...over,
});

describe('send gestures', () => {
  it.each([
    ['plain Enter', key({}), true],
    ['Ctrl+Enter', key({ ctrlKey: true }), true],
    ['Shift+Enter (new line)', key({ shiftKey: true }), false],
    ['Enter confirming an IME candidate', key({ isComposing: true }), false],
    ['keyCode 229 Enter right after compositionend', key({ keyCode: 229 }), false],
    ['another key', key({ key: 'a', keyCode: 65 }), false],
  ])('%s', (_name, event, expected) => {
    expect(isSendKey(event)).toBe(expected);
  });

  it('recognises send buttons by text, aria-label or title in three languages', () => {
    document.body.innerHTML = `
      <button id="a">发送</button><button id="b">發送</button><div role="button" id="c" aria-label="Send"></div>
      <button id="d" title="发送">➤</button><button id="e">发送(S)</button><button id="f">Cancel</button><span id="g">发送</span>`;
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].filter((id) => looksLikeSend(document.getElementById(id) as Element));
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('only counts the send button of the input\'s own composer, and a form\'s submit button', () => {
    document.body.innerHTML = `
      <section id="composer"><div><textarea id="input"></textarea></div><div class="actions"><button id="send"><span id="label">Send</span></button></div></section>
      <aside><button id="other">Send</button></aside>
      <form id="form"><input id="field"><button id="go" type="submit">Go</button></form>`;
    const input = document.getElementById('input') as Element;
    expect(sendButtonFor(document.getElementById('label') as Element, input)?.id).toBe('send');
    expect(findSendButtons(input).map((b) => b.id)).toEqual(['send']);
    // The composer is the nearest container with a send button (or a form): a far-away Send button is not its own.
    expect(sendButtonFor(document.getElementById('other') as Element, document.getElementById('field') as Element)).toBeNull();
    expect(sendButtonFor(document.getElementById('go') as Element, document.getElementById('field') as Element)?.id).toBe('go');
  });

  it('recognises an unlabelled icon button the page marks as its send control, not just any icon button', () => {
    document.body.innerHTML = `
      <button id="cs" class="cs-button cs-button--send"><svg data-icon="paper-plane"></svg></button>
      <button id="plane"><svg class="svg-inline--fa fa-paper-plane"></svg></button>
      <button id="btn" class="btn-send"></button>
      <button id="resend" class="resend-code"></button>
      <button id="attach" class="cs-button--attachment"><svg data-icon="paperclip"></svg></button>
      <button id="labelled" class="btn-send">Cancel</button>`;
    const ids = ['cs', 'plane', 'btn', 'resend', 'attach', 'labelled'].filter((id) => looksLikeSend(document.getElementById(id) as Element));
    expect(ids).toEqual(['cs', 'plane', 'btn']);
  });
});
