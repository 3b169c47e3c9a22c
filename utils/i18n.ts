import { en, type Dictionary, type MessageKey } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import type { UiLocale } from './settings';

export type { MessageKey } from './locales/en';

const dictionaries: Record<UiLocale, Dictionary> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** Pick the UI locale from a setting (null = follow) and the browser's language list. */
export function resolveLocale(setting: UiLocale | null, languages: readonly string[]): UiLocale {
  if (setting) return setting;
  for (const raw of languages) {
    const lang = raw.toLowerCase();
    if (lang === 'zh-tw' || lang === 'zh-hk' || lang === 'zh-mo' || lang.startsWith('zh-hant')) return 'zh-TW';
    if (lang.startsWith('zh')) return 'zh-CN';
    if (lang.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Fill `{name}` placeholders from `params` (own keys only); unknown names stay as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

const translators = new Map<UiLocale, Translate>();

/** The translate function of a locale (the same function each time, so it can be compared). */
export function translator(locale: UiLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const dict = dictionaries[locale];
    t = (key, params) => (params ? fillTemplate(dict[key], params) : dict[key]);
    translators.set(locale, t);
  }
  return t;
}

/**
 * A name Huashu gave in one UI language (e.g. the "My phrases" group, named when it was made) in `locale`, or null when
 * `current` is not that message in any language (the agent renamed it) or is already in `locale`.
 */
export function defaultNameIn(current: string, key: MessageKey, locale: UiLocale): string | null {
  const wanted = dictionaries[locale][key];
  if (current === wanted) return null;
  return Object.values(dictionaries).some((d) => d[key] === current) ? wanted : null;
}
