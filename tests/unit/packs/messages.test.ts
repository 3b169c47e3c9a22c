import { describe, expect, it } from 'vitest';
import { packMessage, type PackMessageCode } from '../../../utils/packs/messages';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../../utils/packs/messages.ts', import.meta.url), 'utf8');
const codes = [...new Set([...source.matchAll(/^ {2}'?([a-zA-Z.]+)'?: '/gm)].map((m) => m[1] as PackMessageCode))];

describe('pack messages', () => {
  it('has a table of codes', () => {
    expect(codes.length).toBeGreaterThan(40);
  });

  it.each(codes)('%s uses the same placeholders in zh-CN, zh-TW and en', (code) => {
    const placeholders = (locale: 'en' | 'zh-CN' | 'zh-TW') =>
      [...packMessage(code, {}, locale).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders('zh-CN')).toEqual(placeholders('en'));
    expect(placeholders('zh-TW')).toEqual(placeholders('en'));
    expect(packMessage(code, {}, 'zh-CN')).not.toBe(packMessage(code, {}, 'en'));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(packMessage('tooLong', { max: 5 })).toBe('longer than 5 characters');
    expect(packMessage('tooLong', {})).toBe('longer than {max} characters');
  });
});
