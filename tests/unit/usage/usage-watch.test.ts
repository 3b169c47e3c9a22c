// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import type { EditorTracker } from '../../../utils/editors/tracker';
import { changedShare, startUsageWatch } from '../../../utils/page/usage-watch';

it('measures only the change to the inserted phrase, not what the agent typed around it', () => {
  const phrase = '亲，您的订单已经发货了，请耐心等待。';
  expect(changedShare(phrase, `好的，${phrase}还有什么可以帮您？`)).toBe(0);
  // 2 characters of 18 replaced.
  expect(changedShare(phrase, '亲，您的订单今天发货了，请耐心等待。')).toBeCloseTo(2 / 18, 5);
  expect(changedShare(phrase, '稍等，我查一下')).toBeGreaterThanOrEqual(0.8);
  expect(changedShare('', 'anything')).toBe(0);
});

const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

function setup() {
  document.body.innerHTML = '<form><textarea></textarea><button type="submit">发送</button></form>';
  const textarea = document.querySelector('textarea')!;
  const tracker = { current: () => ({ el: textarea, caret: null }), onDocument: (l: (d: Document) => void) => l(document) } as unknown as EditorTracker;
  const later: (() => void)[] = [];
  const reports: unknown[] = [];
  const send = (async (type: string, data: unknown) => void reports.push({ type, data })) as never;
  const watch = startUsageWatch(tracker, send, (run) => void later.push(run));
  // The page's own send handler: it empties the input once the gesture is handled.
  const pageSends = () => {
    for (const run of later.splice(0)) {
      textarea.value = '';
      run();
    }
  };
  return { textarea, watch, reports, later, pageSends };
}

it('reports, when a trusted Enter sends the draft, how much of each inserted phrase was changed (numbers only)', () => {
  const { textarea, watch, reports, pageSends } = setup();
  watch.inserted(textarea, 7, '您好，请问有什么可以帮您？');
  textarea.value = '您好，请问有什么可以帮您？';
  textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  pageSends();
  expect(reports).toEqual([{ type: 'usage:sent', data: { uses: [{ use: 7, changed: 0 }] } }]);
  // Reported once: the next send has nothing to report.
  textarea.value = '还有别的吗';
  textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  pageSends();
  expect(reports).toHaveLength(1);
});

it('ignores an Enter the page made up, and a send that did not take the draft', () => {
  const { textarea, watch, reports, later } = setup();
  watch.inserted(textarea, 3, '好的');
  textarea.value = '好的';
  textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  expect(later).toHaveLength(0);
  textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  // The page did not send (the draft is still there).
  for (const run of later.splice(0)) run();
  expect(reports).toEqual([]);
  watch.dispose();
});

it('counts a phrase the agent removed before sending as removed', () => {
  const { textarea, watch, reports, pageSends } = setup();
  watch.inserted(textarea, 9, '抱歉，这款暂时没有现货，预计下周到货。');
  textarea.value = '马上帮您看';
  document.querySelector('button')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
  pageSends();
  expect(reports).toEqual([{ type: 'usage:sent', data: { uses: [{ use: 9, changed: 1 }] } }]);
});
