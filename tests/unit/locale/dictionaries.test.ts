import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../utils/locales/en';
import { zhCN } from '../../../utils/locales/zh-CN';
import { zhTW } from '../../../utils/locales/zh-TW';
import { PACK_MESSAGE_CODES, packMessage } from '../../../utils/packs/messages';
import { builtInTone } from '../../../utils/tone-builtin';
import { wrongScript } from './script-check';
import type { UiLocale } from '../../../utils/settings';

const DICTIONARIES: readonly [UiLocale, Readonly<Record<MessageKey, string>>][] = [
  ['en', en],
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
];
const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Where OpenCC's Simplified → Taiwan table writes another Traditional form than Taiwan's everyday one: it turns 台
 * into 臺, but 平台, 後台 and 工作台 are written with 台 in Taiwan (both forms are Traditional; neither is Simplified).
 */
const TW_SAME_CHARACTERS: readonly { opencc: string; taiwan: string }[] = [{ opencc: '臺', taiwan: '台' }];
const everyday = (s: string) => TW_SAME_CHARACTERS.reduce((out, c) => out.replaceAll(c.opencc, c.taiwan), s);

describe.each(DICTIONARIES)('%s dictionary', (locale, dict) => {
  it('has every message key, each with text', () => {
    expect(Object.keys(dict).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((k) => dict[k].trim() === '')).toEqual([]);
  });

  it('fills the same placeholders as English', () => {
    expect(KEYS.filter((k) => placeholders(dict[k]).join() !== placeholders(en[k]).join())).toEqual([]);
  });

  it('is written in its own script (no Han in English, no Latin words in Chinese beyond the allow-list)', () => {
    const wrong = KEYS.flatMap((k) => wrongScript(dict[k], locale).map((fragment) => `${k}: ${fragment}`));
    expect(wrong).toEqual([]);
  });
});

/** The other UI text that is data: import and subscription messages, tone-rule and tone-model messages. */
function otherMessages(locale: UiLocale): [string, string][] {
  return [
    ...PACK_MESSAGE_CODES.map((code): [string, string] => [`pack ${code}`, packMessage(code, {}, locale)]),
    ...builtInTone.rules.map((rule): [string, string] => [`rule ${rule.id}`, rule.message[locale]]),
    ...Object.entries(builtInTone.tables.modelMessages).map(([category, message]): [string, string] => [`model ${category}`, message[locale]]),
  ];
}

describe.each(['en', 'zh-CN', 'zh-TW'] as const)('%s pack, tone-rule and tone-model messages', (locale) => {
  it('have text and are written in the UI language’s script', () => {
    const messages = otherMessages(locale);
    expect(messages.filter(([, text]) => text.trim() === '').map(([id]) => id)).toEqual([]);
    expect(messages.flatMap(([id, text]) => wrongScript(text, locale).map((fragment) => `${id}: ${fragment}`))).toEqual([]);
  });
});

describe('zh-TW dictionary', () => {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it('uses no Simplified-only characters (converting Simplified to Taiwan Traditional leaves every string as it is)', () => {
    const all: [string, string][] = [...KEYS.map((k): [string, string] => [k, zhTW[k]]), ...otherMessages('zh-TW')];
    const changed = all.filter(([, text]) => everyday(toTaiwan(text)) !== text);
    expect(changed.map(([id, text]) => `${id}: ${text} → ${toTaiwan(text)}`)).toEqual([]);
  });

  it('is not the Simplified text with converted characters only (Taiwan wording differs on some strings)', () => {
    const sameAsConverted = KEYS.filter((k) => toTaiwan(zhCN[k]) === zhTW[k]);
    expect(sameAsConverted.length).toBeLessThan(KEYS.length * 0.9);
    // Words that differ between the two: 导入/匯入, 文件/檔案, 设置/設定, 默认/預設.
    expect(zhTW['mgr.import']).toBe('匯入');
    expect(zhTW['mgr.exportButton']).toBe('匯出檔案');
  });

  it('catches a Simplified-only character (the check can fail)', () => {
    expect(toTaiwan('话术侧栏')).not.toBe('话术侧栏');
    expect(wrongScript('导入 file', 'zh-CN')).toEqual(['file']);
    expect(wrongScript('Import 话术', 'en')).toEqual(['话术']);
  });
});
