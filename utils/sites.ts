import type { MessageKey } from './locales/en';

/**
 * Where Huashu runs by default. Each entry is a web chat console customer-service agents work in;
 * the README documents the list. Teams add their own sites in the options page (optional host
 * permissions, requested at run time).
 */
export interface DefaultSite {
  pattern: string;
  /** The console's name in the UI language (utils/locales/*). */
  nameKey: MessageKey;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { pattern: 'https://*.taobao.com/*', nameKey: 'site.taobao' },
  { pattern: 'https://*.tmall.com/*', nameKey: 'site.tmall' },
  { pattern: 'https://*.jd.com/*', nameKey: 'site.jd' },
  { pattern: 'https://mms.pinduoduo.com/*', nameKey: 'site.pinduoduo' },
  { pattern: 'https://*.jinritemai.com/*', nameKey: 'site.douyin' },
  { pattern: 'https://*.kwaixiaodian.com/*', nameKey: 'site.kuaishou' },
  { pattern: 'https://*.xiaohongshu.com/*', nameKey: 'site.xiaohongshu' },
  { pattern: 'https://web.whatsapp.com/*', nameKey: 'site.whatsapp' },
  { pattern: 'https://*.zendesk.com/*', nameKey: 'site.zendesk' },
  { pattern: 'https://app.intercom.com/*', nameKey: 'site.intercom' },
  { pattern: 'https://*.freshdesk.com/*', nameKey: 'site.freshdesk' },
  { pattern: 'https://*.gorgias.com/*', nameKey: 'site.gorgias' },
  { pattern: 'https://*.shopee.cn/*', nameKey: 'site.shopee' },
  { pattern: 'http://localhost/*', nameKey: 'site.local' },
  { pattern: 'http://127.0.0.1/*', nameKey: 'site.local' },
];

export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.map((s) => s.pattern);

const PATTERN = /^(\*|https?|file):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d+)?(\/.*)$/;

/** True when `pattern` is a valid extension match pattern for a web page. */
export function isValidMatchPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || PATTERN.test(pattern.trim());
}

/** The origin pattern ("https://shop.example.com/*") a page URL is enabled by. */
export function originPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Does a URL fall under a match pattern? (Ports are ignored, as extension patterns do.) */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):/.test(url);
  const m = PATTERN.exec(pattern.trim());
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host, , path] = m as unknown as [string, string, string, string | undefined, string];
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(parsed.pathname + parsed.search);
}
