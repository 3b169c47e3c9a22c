import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, isValidMatchPattern, matchesPattern, originPattern } from '../../../utils/sites';
import { isActiveOn, siteStatus } from '../../../utils/site-access';

describe('match patterns', () => {
  it.each([
    ['https://*.taobao.com/*', 'https://myseller.taobao.com/home', true],
    ['https://*.taobao.com/*', 'https://taobao.com/', true],
    ['https://*.taobao.com/*', 'https://evil-taobao.com/', false],
    ['https://*.taobao.com/*', 'http://myseller.taobao.com/', false],
    ['http://localhost/*', 'http://localhost:5178/chat.html', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/', true],
    ['https://web.whatsapp.com/*', 'https://web.whatsapp.com/', true],
    ['*://shop.example.com/chat/*', 'https://shop.example.com/chat/1?x=2', true],
    ['*://shop.example.com/chat/*', 'https://shop.example.com/other', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('validates patterns and derives a site pattern from a URL', () => {
    expect(DEFAULT_MATCHES.every(isValidMatchPattern)).toBe(true);
    expect(isValidMatchPattern('https://example.com')).toBe(false);
    expect(isValidMatchPattern('javascript:alert(1)')).toBe(false);
    expect(originPattern('https://support.example.com:8443/a?b')).toBe('https://support.example.com/*');
    expect(originPattern('chrome://settings')).toBeNull();
  });

  it('tells the popup what it can offer on a tab', () => {
    expect(siteStatus('http://localhost:3000/', [])).toEqual({ kind: 'default', pattern: 'http://localhost/*' });
    expect(siteStatus('https://desk.acme.cn/t/1', [])).toEqual({ kind: 'available', pattern: 'https://desk.acme.cn/*' });
    expect(siteStatus('https://desk.acme.cn/t/1', ['https://desk.acme.cn/*'])).toEqual({ kind: 'enabled', pattern: 'https://desk.acme.cn/*' });
    expect(siteStatus('chrome://extensions', [])).toEqual({ kind: 'unsupported' });
    expect(isActiveOn('https://desk.acme.cn/', [])).toBe(false);
  });
});
