import { resolveLocale, translator, type Translate } from '../i18n';
import { DEFAULT_UI_SETTINGS, type UiLocale, type UiSettings } from '../settings';

/**
 * The agent's UI preferences as the in-page features read them. Features start at once with the
 * browser's language and the default trigger (so a draft typed right after the page loads is
 * already checked), and see the saved settings as soon as the background answers.
 */
export interface LivePrefs {
  readonly locale: UiLocale;
  readonly trigger: string;
  /** Translates in the current locale (safe to hand out: it follows later changes). */
  readonly t: Translate;
  apply(settings: UiSettings): void;
}

export function createLivePrefs(languages: readonly string[]): LivePrefs {
  let locale = resolveLocale(null, languages);
  let trigger = DEFAULT_UI_SETTINGS.trigger;
  let current = translator(locale);
  return {
    get locale() {
      return locale;
    },
    get trigger() {
      return trigger;
    },
    t: (key, params) => current(key, params),
    apply(settings) {
      locale = resolveLocale(settings.locale, languages);
      trigger = settings.trigger || DEFAULT_UI_SETTINGS.trigger;
      current = translator(locale);
    },
  };
}
