import type { UiLocale } from '../../../utils/settings';

/**
 * Finds text in the wrong script for a UI locale: Han characters (or Chinese punctuation) in the English UI, Latin
 * words in the Chinese UIs. Any UI may quote words in another language (a draft's own words, a file's column
 * names): quoted text is left alone. What a Chinese UI may still spell in Latin letters is the short list below.
 */
const QUOTED = /“[^”]*”|「[^」]*」|"[^"]*"|‘[^’]*’/g;

const ALLOWED_IN_CHINESE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bAlt\+\{\w+\}/g, why: 'a key whose number is filled at run time (Alt+1)' },
  { pattern: /\{\w+\}/g, why: 'placeholders, filled at run time' },
  { pattern: /\b(?:https?|chrome):\/\/[^\s，。；、）)]*/g, why: 'web addresses (examples and the browser’s own pages)' },
  { pattern: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn)\b/g, why: 'host names' },
  { pattern: /\.(?:json|csv|txt)\b/g, why: 'file extensions' },
  { pattern: /\b(?:JSON|CSV|TXT|UTF-8|UTF-16|GBK|GB18030|Big5|BOM|URL|ID|ISO)\b|http\(s\)/g, why: 'formats, encodings and terms Chinese software writes in Latin letters' },
  { pattern: /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\b|\b(?:zh-CN|zh-TW|en)\b|\blocalhost\b/g, why: 'example values a field must hold (ISO date-time, language tags, the local host)' },
  { pattern: /\b(?:(?:Ctrl|Alt|Shift)\+)*(?:Enter|Esc|Tab|PageUp|PageDown|[A-Z])\b/g, why: 'key names as printed on the keys (also Alt+Shift+H)' },
  { pattern: /\b(?:Huashu|Excel|Windows|WhatsApp|Zendesk|Intercom|Freshdesk|Gorgias)\b/g, why: 'product names (these consoles have no Chinese name)' },
];

const HAN_OR_CHINESE_PUNCTUATION = /[\p{Script=Han}，。：；！？、（）「」『』【】《》]+/gu;
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** The wrong-script fragments of `text` in `locale` ([] when it is clean). */
export function wrongScript(text: string, locale: UiLocale): string[] {
  const unquoted = text.replace(QUOTED, ' ');
  if (locale === 'en') return unquoted.match(HAN_OR_CHINESE_PUNCTUATION) ?? [];
  let rest = unquoted;
  for (const { pattern } of ALLOWED_IN_CHINESE) rest = rest.replace(pattern, ' ');
  return rest.match(LATIN_WORD) ?? [];
}
