// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLog } from '../../../../utils/page/transcript/find-log';
import { NO_LAYOUT } from '../../../../utils/page/transcript/layout';
import { LIMITS } from '../../../../utils/page/transcript/limits';
import { isMetaText, messageText } from '../../../../utils/page/transcript/messages';
import { lastCustomerMessage, readTranscript } from '../../../../utils/page/transcript/read';
import { alignPage, box, classesLog, consolePage, CONVERSATION, fakeLayout } from './pages';

const sides = (composer: Element, options = {}) =>
  readTranscript(composer, { layout: NO_LAYOUT, ...options }).messages.map((m) => [m.side, m.text]);

describe('finding the chat log', () => {
  it('takes the message list over the conversation list beside it, and reads the header above it', () => {
    const composer = consolePage(classesLog(CONVERSATION));
    const transcript = readTranscript(composer, { layout: NO_LAYOUT });
    expect(transcript.log?.className).toBe('msg-list');
    expect(transcript.source).toBe('guess');
    expect(transcript.header).toEqual({ title: '买家：小林 · 订单 2024110518', label: null });
    expect(transcript.confidence).toBeGreaterThan(0.5);
  });

  it('finds a role="log" region whose entries sit in a wrapper, and its label', () => {
    const composer = consolePage(`<div role="log" aria-label="与 小林 的对话" class="thread"><div class="inner">
      <article class="entry from-them"><p>你好</p><footer>10:30</footer></article>
      <article class="entry from-me"><p>您好，请问有什么可以帮您？</p><footer>10:31</footer></article>
      <article class="entry from-them"><p>能便宜点吗</p><footer>10:32</footer></article></div></div>`);
    const transcript = readTranscript(composer, { layout: NO_LAYOUT });
    expect(transcript.log?.className).toBe('inner');
    expect(transcript.header.label).toBe('与 小林 的对话');
    expect(transcript.messages.map((m) => [m.side, m.text])).toEqual([
      ['customer', '你好'],
      ['agent', '您好，请问有什么可以帮您？'],
      ['customer', '能便宜点吗'],
    ]);
  });

  it('reads messages nested a few divs deep without their names, times, avatars or receipts', () => {
    const row = (self: boolean, text: string, time: string) =>
      `<div class="message-item"><div class="message-item__inner${self ? ' is-self' : ''}"><div class="avatar"><img alt="头像"></div>
        <div class="message-main"><div class="message-meta"><span class="nick">${self ? '客服小美' : '小林'}</span><span>${time}</span></div>
        <div class="message-content"><div class="wrap"><span class="text">${text}</span></div>${self ? '<span class="state">已读</span>' : ''}</div></div></div></div>`;
    const composer = consolePage(`<div class="chat-body"><div class="group-time">2024-11-05 10:30</div>
      ${row(false, '这件有 M 码吗', '10:30:12')}${row(true, '有的亲', '10:30:40')}${row(false, '好的，那我拍了', '10:31:05')}</div>`);
    expect(sides(composer)).toEqual([
      ['unknown', '这件有 M 码吗'],
      ['agent', '有的亲'],
      ['unknown', '好的，那我拍了'],
    ]);
  });

  it('takes no log when none is there: one message, the conversation list beside the composer, icon buttons', () => {
    const composer = consolePage(
      '<div class="log"><div class="bubble">你好</div></div><div class="tools"><i class="icon"></i><i class="icon"></i><i class="icon"></i></div>',
    );
    const contacts = document.querySelector('.contacts') as Element;
    const chat = document.querySelector('.chat') as Element;
    const layout = fakeLayout((el) => (contacts.contains(el) ? box(0, 0, 200, 800) : chat.contains(el) ? box(200, 0, 600, 800) : null));
    expect(readTranscript(composer, { layout })).toMatchObject({ log: null, messages: [], source: 'none', confidence: 0 });
    // Without layout, the conversation list is the only list there is.
    expect(readTranscript(composer, { layout: NO_LAYOUT }).log).toBe(contacts);
  });

  it('lets geometry pick a list without side classes: the one over the composer', () => {
    const { composer, conv, layout } = alignPage(['你好', '您好', '在吗', '在的']);
    expect(findLog(composer, layout)?.log).toBe(conv);
    expect(sides(composer, { layout })).toEqual([
      ['customer', '你好'],
      ['agent', '您好'],
      ['customer', '在吗'],
      ['agent', '在的'],
    ]);
    // Without layout the same page tells no side.
    expect(sides(composer).map(([side]) => side)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('orders rows by where they show when the page is laid out, and leaves hidden ones out', () => {
    const composer = consolePage(classesLog(CONVERSATION));
    const rows = [...document.querySelectorAll('.msg')];
    const list = document.querySelector('.msg-list');
    // A recycled list: the first node now shows the newest message, placed last; the third node is parked out of view.
    const tops = [900, 100, -1, 300, 500];
    const layout = fakeLayout((el) => {
      if (el === list) return box(0, 0, 600, 1000);
      if (el === composer) return box(0, 1010, 600, 80);
      const i = rows.findIndex((r) => r === el || r.contains(el));
      const top = tops[i];
      return top === undefined || top < 0 ? null : box(0, top, 300, 40);
    });
    expect(readTranscript(composer, { layout }).messages.map((m) => m.text)).toEqual([
      '您好，请问有什么可以帮您？',
      '亲，麻烦提供一下订单号',
      '订单号 202411051823456789',
      '你好，在吗？',
    ]);
  });

  it('finds the log from a composer inside an open shadow root (a web-component console)', () => {
    const textarea = consolePage(classesLog(CONVERSATION));
    const host = document.createElement('chat-composer');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    host.attachShadow({ mode: 'open' }).append(editable);
    textarea.replaceWith(host);
    const transcript = readTranscript(editable, { layout: NO_LAYOUT });
    expect(transcript.log?.className).toBe('msg-list');
    expect(lastCustomerMessage(transcript)?.text).toBe('订单号 202411051823456789');
  });

  it('reads the customer\'s latest message', () => {
    const composer = consolePage(classesLog([...CONVERSATION, ['seller', '好的，正在查询']]));
    expect(lastCustomerMessage(readTranscript(composer, { layout: NO_LAYOUT }))?.text).toBe('订单号 202411051823456789');
  });
});

describe('a hostile page', () => {
  it('reads at most LIMITS.messages messages of LIMITS.messageText characters, the newest', () => {
    const long = 'x'.repeat(LIMITS.messageText * 3);
    const many = Array.from({ length: 2000 }, (_, i): ['buyer' | 'seller', string] => [i % 2 ? 'seller' : 'buyer', i === 1999 ? long : `消息 ${i}`]);
    const composer = consolePage(classesLog(many));
    const { messages } = readTranscript(composer, { layout: NO_LAYOUT });
    expect(messages).toHaveLength(LIMITS.messages);
    expect(messages[0]?.text).toBe(`消息 ${2000 - LIMITS.messages}`);
    expect(messages.at(-1)?.text).toHaveLength(LIMITS.messageText);
  });

  it('never runs what the page put in a message, and changes nothing', () => {
    const composer = consolePage(
      classesLog([['buyer', '<img src=x onerror="window.ran=1">'], ['seller', '好的'], ['buyer', '<script>window.ran=2</script>在吗']]),
    );
    const before = document.body.innerHTML;
    const { messages } = readTranscript(composer, { layout: NO_LAYOUT });
    expect((window as Window & { ran?: number }).ran).toBeUndefined();
    expect(messages.map((m) => m.text)).toEqual(['好的', '在吗']);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('message text', () => {
  it.each(['10:30', '10:30:12', '下午 3:05', '2024-11-05 10:30', '11月5日 10:30', '5 min ago', '3分钟前', '已读', 'Delivered'])(
    '%s is a time or a receipt',
    (text) => expect(isMetaText(text)).toBe(true),
  );

  it.each(['10:30可以吗', '订单号 2024110518', '好的', '3 件'])('%s is something someone wrote', (text) => {
    expect(isMetaText(text)).toBe(false);
  });

  it('keeps lines apart and collapses whitespace', () => {
    document.body.innerHTML = '<div id="m"><p>第一行</p><p>第二行</p>  <span>末尾</span></div>';
    expect(messageText(document.getElementById('m') as Element).text).toBe('第一行 第二行 末尾');
  });
});
