// @vitest-environment happy-dom
// The one way the extension puts UI on a page (the slash list, the sidebar, the tone overlay): a guarded host with
// a closed shadow root holding its style sheet and its elements.
import { describe, expect, it } from 'vitest';
import { HOST_STYLE, mountShadowHost } from '../../../utils/page/guarded-host';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mountShadowHost', () => {
  it('adds a randomly named host at the end of the page, its shadow root closed, holding the sheet and then the elements', () => {
    const last = document.createElement('div');
    document.documentElement.append(last);
    const a = document.createElement('div');
    const b = document.createElement('ul');
    const { host, shadow } = mountShadowHost(document, '.a { color: red; }', [a, b]);
    expect(document.documentElement.lastElementChild).toBe(host);
    expect(host.localName).toMatch(/^[a-z]{6}-\d{6}$/);
    expect(host.shadowRoot).toBeNull();
    expect([...shadow.children].map((el) => el.localName)).toEqual(['style', 'div', 'ul']);
    expect(shadow.children[0]?.textContent).toBe('.a { color: red; }');
    for (const [name, value] of Object.entries(HOST_STYLE)) {
      expect(host.style.getPropertyValue(name), name).toBe(value);
      expect(host.style.getPropertyPriority(name), name).toBe('important');
    }
  });

  it('puts its styles back when the page changes the host, until it is disposed and gone', async () => {
    const ui = mountShadowHost(document, '', []);
    ui.host.setAttribute('hidden', '');
    ui.host.style.setProperty('opacity', '0', 'important');
    await tick();
    expect(ui.host.hasAttribute('hidden')).toBe(false);
    expect(ui.host.style.getPropertyValue('opacity')).toBe('1');
    ui.dispose();
    expect(ui.host.isConnected).toBe(false);
    ui.host.setAttribute('hidden', '');
    await tick();
    expect(ui.host.hasAttribute('hidden')).toBe(true);
  });
});
