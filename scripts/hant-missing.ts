// Prints the Simplified characters used by the Chinese tone rules that utils/tone/hant.ts cannot widen yet, and
// their Taiwan forms (opencc-js), as two lines to append to HANS and HANT. `npx tsx scripts/hant-missing.ts --write` appends them.
import * as OpenCC from 'opencc-js';
import { builtInTone } from '../utils/tone-builtin';
import { hantOf } from '../utils/tone/hant';
const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const DELIBERATE: Record<string, string> = { 签: '簽', 钟: '鐘', 账: '帳', 台: '台' };
let hans = '', hant = '';
const seen = new Set<string>();
for (const rule of builtInTone.rules.filter((r) => r.lang === 'zh')) {
  const text = [...rule.patterns, ...(rule.exceptions ?? []), ...rule.suggestions].join('');
  for (const ch of new Set(text)) {
    if (!/\p{Script=Han}/u.test(ch) || seen.has(ch)) continue;
    seen.add(ch);
    const expected = DELIBERATE[ch] ?? cn2tw(ch);
    if ((hantOf(ch) ?? ch) !== expected) { hans += ch; hant += expected; }
  }
}
console.log(hans); console.log(hant);
if (process.argv.includes('--write') && hans) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const file = new URL('../utils/tone/hant.ts', import.meta.url);
  const src = readFileSync(file, 'utf8')
    .replace(/const HANS = '([^']*)';/u, (_, s: string) => `const HANS = '${s}${hans}';`)
    .replace(/const HANT = '([^']*)';/u, (_, s: string) => `const HANT = '${s}${hant}';`);
  writeFileSync(file, src);
  console.log('appended to utils/tone/hant.ts');
}
