/**
 * Where Huashu runs by default. Each entry is a web chat console customer-service agents work in;
 * the README documents the list. Teams add their own sites in the options page (optional host
 * permissions, requested at run time).
 */
export interface DefaultSite {
  pattern: string;
  name: string;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { pattern: 'https://*.taobao.com/*', name: 'Taobao / Qianniu web workbench (千牛工作台)' },
  { pattern: 'https://*.tmall.com/*', name: 'Tmall seller center (天猫)' },
  { pattern: 'https://*.jd.com/*', name: 'JD merchant chat (京东咚咚)' },
  { pattern: 'https://mms.pinduoduo.com/*', name: 'Pinduoduo merchant backend (拼多多商家后台)' },
  { pattern: 'https://*.jinritemai.com/*', name: 'Douyin shop / Feige (抖店飞鸽)' },
  { pattern: 'https://*.kwaixiaodian.com/*', name: 'Kuaishou shop (快手小店)' },
  { pattern: 'https://*.xiaohongshu.com/*', name: 'Xiaohongshu ark (小红书千帆)' },
  { pattern: 'https://web.whatsapp.com/*', name: 'WhatsApp Web' },
  { pattern: 'https://*.zendesk.com/*', name: 'Zendesk' },
  { pattern: 'https://app.intercom.com/*', name: 'Intercom' },
  { pattern: 'https://*.freshdesk.com/*', name: 'Freshdesk' },
  { pattern: 'https://*.gorgias.com/*', name: 'Gorgias' },
  { pattern: 'https://*.shopee.cn/*', name: 'Shopee seller center (虾皮)' },
  { pattern: 'http://localhost/*', name: "Teams' own tools on this computer" },
  { pattern: 'http://127.0.0.1/*', name: "Teams' own tools on this computer" },
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
