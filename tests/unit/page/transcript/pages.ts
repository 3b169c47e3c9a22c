// Chat pages in the shapes the transcript reader meets, for happy-dom (no layout: geometry comes from fakeLayout).
import type { Box, Layout } from '../../../../utils/page/transcript/layout';

/** Geometry from a function of the element (null: not laid out); a text node's box is its parent element's. */
export function fakeLayout(boxOf: (el: Element) => Box | null, scrolling: (el: Element) => boolean = () => false): Layout {
  return {
    box: boxOf,
    textBox(nodes) {
      const boxes = nodes.map((n) => (n.parentElement ? boxOf(n.parentElement) : null)).filter((b): b is Box => b !== null);
      if (boxes.length === 0) return null;
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.left + b.width));
      const bottom = Math.max(...boxes.map((b) => b.top + b.height));
      return { left, top, width: right - left, height: bottom - top };
    },
    scrolls: scrolling,
  };
}

export const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });

const CONTACTS = `<nav class="contacts" style="overflow-y: auto">
  <div class="contact"><b>小林</b><span>你好，我的快递到哪了？</span></div>
  <div class="contact"><b>陈女士</b><span>这件有没有 M 码？</span></div>
  <div class="contact"><b>Alex</b><span>Can I change the address?</span></div>
</nav>`;

/**
 * A console: title bar, log, composer (a textarea), beside its conversation list unless `contacts` is false (without
 * layout nothing tells a one-message log from the conversation list).
 */
export function consolePage(log: string, { contacts = true } = {}): HTMLTextAreaElement {
  document.body.innerHTML = `<div class="app">
    ${contacts ? CONTACTS : ''}
    <section class="chat">
      <div class="chat-title">买家：小林 · 订单 2024110518</div>
      ${log}
      <div class="composer-area"><textarea id="composer"></textarea>
        <div class="actions"><span>Enter 发送</span><button>发送</button></div></div>
    </section>
  </div>`;
  return document.getElementById('composer') as HTMLTextAreaElement;
}

/** Qianniu-like rows: `.msg.buyer` / `.msg.seller`, each with its nick and time, time dividers between. */
export function classesLog(messages: readonly [side: 'buyer' | 'seller', text: string][]): string {
  const rows = messages.map(
    ([side, text], i) =>
      `${i % 3 === 0 ? `<li class="msg-time-divider">今天 10:3${i}</li>` : ''}<li class="msg ${side}">` +
      `<span class="msg-nick">${side === 'buyer' ? '小林' : '客服小美'}</span><span class="msg-time">10:3${i}:12</span>` +
      `<div class="msg-body">${text}</div></li>`,
  );
  return `<ul class="msg-list" style="overflow-y: auto">${rows.join('')}</ul>`;
}

export const CONVERSATION: readonly [side: 'buyer' | 'seller', text: string][] = [
  ['buyer', '你好，在吗？'],
  ['seller', '您好，请问有什么可以帮您？'],
  ['buyer', '我的快递到哪了？'],
  ['seller', '亲，麻烦提供一下订单号'],
  ['buyer', '订单号 202411051823456789'],
];

/**
 * Bubbles told apart only by where they sit: even rows on the left, odd rows on the right (the customer first),
 * with the layout that puts them there.
 */
export function alignPage(texts: readonly string[]): { composer: HTMLTextAreaElement; conv: Element; layout: Layout } {
  const composer = consolePage(`<div class="conv">${texts.map((t) => `<div class="row"><div class="bubble">${t}</div></div>`).join('')}</div>`);
  const conv = document.querySelector('.conv') as Element;
  const contacts = document.querySelector('.contacts') as Element;
  const layout = fakeLayout((el) => {
    if (el === composer) return box(200, 700, 600, 80);
    if (contacts.contains(el)) return box(0, 0, 200, 800);
    if (el === conv) return box(200, 40, 600, 640);
    const i = [...conv.children].findIndex((c) => c.contains(el));
    if (i < 0) return null;
    const bubble = el.classList.contains('bubble');
    return box(bubble && i % 2 === 1 ? 704 : 216, 60 + i * 50, bubble ? 80 : 568, 40);
  });
  return { composer, conv, layout };
}
