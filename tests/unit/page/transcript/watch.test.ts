// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NO_LAYOUT } from '../../../../utils/page/transcript/layout';
import { watchTranscript, type WatchOptions } from '../../../../utils/page/transcript/watch';
import { classesLog, consolePage, CONVERSATION } from './pages';

/** Batches run when the test says so (the watcher's animation frame); mutation records arrive as microtasks. */
function harness(composer: Element, options: Partial<WatchOptions> = {}) {
  const queue: (() => void)[] = [];
  const reports: { text: string; at: number }[] = [];
  let clock = 0;
  const stop = watchTranscript(composer, (message, event) => reports.push({ text: message.text, at: event.at }), {
    layout: NO_LAYOUT,
    schedule: (run) => queue.push(run),
    now: () => ++clock,
    ...options,
  });
  return {
    reports,
    stop,
    queued: () => queue.length,
    /** Lets the mutation records arrive, then runs the batches they asked for. */
    async frame(): Promise<string[]> {
      await new Promise<void>((done) => queueMicrotask(done));
      await new Promise<void>((done) => queueMicrotask(done));
      for (let run = queue.shift(); run; run = queue.shift()) run();
      return reports.map((r) => r.text);
    },
  };
}

function say(side: 'buyer' | 'seller', text: string, list = document.querySelector('.msg-list')): void {
  const row = document.createElement('li');
  row.className = `msg ${side}`;
  const body = document.createElement('div');
  body.className = 'msg-body';
  body.textContent = text;
  row.append(body);
  list?.append(row);
}

describe('watching the transcript', () => {
  it('reports a new customer message once, and neither the agent\'s reply nor a batch without news', async () => {
    const watch = harness(consolePage(classesLog(CONVERSATION)));
    expect(await watch.frame()).toEqual([]);
    say('buyer', '快递到哪了？');
    expect(await watch.frame()).toEqual(['快递到哪了？']);
    document.querySelector('.msg-list')?.setAttribute('class', 'msg-list scrolled');
    expect(await watch.frame()).toEqual(['快递到哪了？']);
    say('seller', '正在为您查询');
    expect(await watch.frame()).toEqual(['快递到哪了？']);
    say('buyer', '快递到哪了？');
    expect(await watch.frame()).toEqual(['快递到哪了？', '快递到哪了？']);
  });

  it('runs one read per batch of mutations, and reports the newest customer message of the batch', async () => {
    const watch = harness(consolePage(classesLog(CONVERSATION)));
    say('buyer', '在吗');
    say('buyer', '能改地址吗');
    say('seller', '可以的');
    expect(watch.queued()).toBe(0);
    await watch.frame();
    expect(watch.reports).toEqual([{ text: '能改地址吗', at: 1 }]);
  });

  it('does not report what recycled nodes show again as a virtualised list scrolls', async () => {
    const messages = Array.from({ length: 10 }, (_, i): ['buyer' | 'seller', string] => [i % 2 ? 'seller' : 'buyer', `第 ${i} 条`]);
    const composer = consolePage(classesLog(messages.slice(6)));
    const rows = [...document.querySelectorAll('.msg')];
    /** Shows messages[first..first+3] in the same four nodes, as a list that recycles them does. */
    const show = (first: number) =>
      rows.forEach((row, i) => {
        const [side, text] = messages[first + i] ?? ['buyer', ''];
        row.className = `msg ${side}`;
        const body = row.querySelector('.msg-body');
        if (body) body.textContent = text;
      });
    const watch = harness(composer);
    show(2);
    expect(await watch.frame()).toEqual([]);
    show(0);
    expect(await watch.frame()).toEqual([]);
    show(6);
    expect(await watch.frame()).toEqual([]);
    messages.push(['buyer', '第 10 条']);
    show(7);
    expect(await watch.frame()).toEqual(['第 10 条']);
    show(6);
    show(7);
    expect(await watch.frame()).toEqual(['第 10 条']);
  });

  it('stops: nothing is read or reported after stop()', async () => {
    const watch = harness(consolePage(classesLog(CONVERSATION)));
    watch.stop();
    say('buyer', '还在吗');
    expect(await watch.frame()).toEqual([]);
    expect(watch.queued()).toBe(0);
  });

  it('watches a log that replaced the old one (another conversation) from what it shows then', async () => {
    const watch = harness(consolePage(classesLog(CONVERSATION)));
    const chat = document.querySelector('.chat');
    chat?.querySelector('.msg-list')?.remove();
    chat?.querySelector('.chat-title')?.insertAdjacentHTML('afterend', classesLog([['buyer', '我是陈女士'], ['seller', '您好'], ['buyer', '有 M 码吗']]));
    expect(await watch.frame()).toEqual([]);
    say('buyer', '还有别的颜色吗');
    expect(await watch.frame()).toEqual(['还有别的颜色吗']);
  });

  it('waits for a log that is not there yet, and ignores what the agent types meanwhile', async () => {
    const composer = consolePage('<div class="empty">暂无消息</div>', { contacts: false });
    const watch = harness(composer);
    composer.append('typing');
    await watch.frame();
    expect(watch.queued()).toBe(0);
    document.querySelector('.empty')?.insertAdjacentHTML('afterend', classesLog([['buyer', '你好'], ['seller', '您好']]));
    expect(await watch.frame()).toEqual([]);
    say('buyer', '在吗');
    expect(await watch.frame()).toEqual(['在吗']);
  });

  it('asks for the agent\'s sent texts on every read', async () => {
    let asked = 0;
    const watch = harness(consolePage(classesLog(CONVERSATION)), { sent: () => (asked++, ['正在为您查询']) });
    expect(asked).toBe(1);
    say('seller', '正在为您查询');
    await watch.frame();
    expect(asked).toBe(2);
  });
});
