import type { HuashuDB } from './db/database';
import { installBuiltinPacks, setPackHidden } from './packs/apply';
import { computeSearchKeys } from './search';
import { resolveLocale } from './i18n';
import zhCN from '../phrases/builtin/zh-CN.json';
import zhTW from '../phrases/builtin/zh-TW.json';
import en from '../phrases/builtin/en.json';

export const BUILTIN_PACKS: readonly { locale: 'zh-CN' | 'zh-TW' | 'en'; data: unknown }[] = [
  { locale: 'zh-CN', data: zhCN },
  { locale: 'zh-TW', data: zhTW },
  { locale: 'en', data: en },
];

/**
 * Install (or update) the built-in packs. On first install only the pack in the agent's language
 * is shown; the others are installed hidden and can be shown in the options page.
 */
export async function installBuiltinLibrary(db: HuashuDB, languages: readonly string[] = navigatorLanguages()) {
  const results = await installBuiltinPacks(
    db,
    BUILTIN_PACKS.map((p) => p.data),
    { computeKeys: (p) => computeSearchKeys(p) },
  );
  const locale = resolveLocale(null, languages);
  for (const [i, result] of results.entries()) {
    if (result.status === 'installed' && BUILTIN_PACKS[i]?.locale !== locale) await setPackHidden(db, result.packId, true);
    if (result.status === 'invalid') console.error('huashu: built-in pack is invalid', result.packId, result.errors);
  }
  return results;
}

function navigatorLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}
