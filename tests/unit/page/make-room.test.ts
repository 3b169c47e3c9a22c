// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRoom } from '../../../utils/page/make-room';

function fixed(css: string, rect: { left: number; width: number }): HTMLElement {
  const el = document.createElement('div');
  el.className = `fx-${document.body.children.length}`;
  const style = document.createElement('style');
  style.textContent = `.${el.className} { position: fixed; ${css} }`;
  document.head.append(style);
  document.body.append(el);
  // happy-dom does no layout: give the element the box a browser would.
  el.getBoundingClientRect = () => ({ left: rect.left, right: rect.left + rect.width, width: rect.width, top: 0, bottom: 100, height: 100, x: rect.left, y: 0, toJSON: () => ({}) }) as DOMRect;
  return el;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('making room for the sidebar', () => {
  it('ends a full-viewport fixed layer where the sidebar begins, slides a right-edge panel left, leaves the rest', () => {
    const vw = window.innerWidth;
    const grid = fixed('inset: 0;', { left: 0, width: vw });
    const widget = fixed('right: 12px; bottom: 12px;', { left: vw - 72, width: 60 });
    const leftBubble = fixed('left: 12px; bottom: 12px;', { left: 12, width: 60 });
    leftBubble.setAttribute('style', 'color: red');
    const room = createRoom(document, () => false);
    room.make(366);
    expect(grid.style.getPropertyValue('right')).toBe('366px');
    expect(grid.style.getPropertyValue('width')).toBe('auto');
    expect(widget.style.getPropertyValue('right')).toBe('378px');
    expect(leftBubble.getAttribute('style')).toBe('color: red');
    expect(document.head.textContent).toContain('margin-right: 366px');

    room.make(400); // resized: the same elements follow
    expect(grid.style.getPropertyValue('right')).toBe('400px');
    expect(widget.style.getPropertyValue('right')).toBe('412px');

    room.release();
    expect(grid.getAttribute('style')).toBeNull();
    expect(widget.getAttribute('style')).toBeNull();
    expect(leftBubble.getAttribute('style')).toBe('color: red');
    expect(document.head.textContent).not.toContain('margin-right');
  });

  it('gives back the inline styles a page set itself, with their priority', () => {
    const vw = window.innerWidth;
    const bar = fixed('', { left: 0, width: vw });
    bar.setAttribute('style', 'position: fixed; right: 0px !important; width: 100vw');
    const room = createRoom(document, () => false);
    room.make(300);
    expect(bar.style.getPropertyValue('right')).toBe('300px');
    room.release();
    expect(bar.style.getPropertyValue('right')).toBe('0px');
    expect(bar.style.getPropertyPriority('right')).toBe('important');
    expect(bar.style.getPropertyValue('width')).toBe('100vw');
  });
});
