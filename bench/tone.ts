// Tone check speed on an 800-character draft (the quick-phrase length cap), next to a naive reference:
// one big regex of the same word list (every span pattern of every built-in rule, no exceptions, no suggestions).
import { builtInTone, checkTone } from '../utils/tone-builtin';
import { foldAsciiCase } from '../utils/tone/fold';
import { compileRules, runnablePattern } from '../utils/tone/index';
import type { ToneRule } from '../utils/tone/schema';

const SENTENCES = [
  '亲，您好，欢迎光临，请问有什么可以帮您？',
  '这款衣服版型很好看，但是面料稍微有点薄，您可以搭配一件打底。',
  '快递大概三天到，偏远地区可能会慢一点。',
  '这个订单我们不能修改地址了，已经打包出库了。',
  '不能让您久等了，我马上帮您查一下库存。',
  '我们不会让您失望的，质量您尽管放心。',
  '你好，这款M码还有库存的，今天下单明天发货。',
  '不好意思，这个价格已经是活动价了，买两件还能再减十元。',
  '您看这个搭配方案行不行？不合适的话我们再换。',
  '物流显示已经到达您所在的城市，今天会派送，请保持电话畅通。',
  "I can't lower the price, but it's a great deal already.",
  '退货的时候记得把吊牌保留好哦，运费我们来承担。',
];

function draftOf(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += SENTENCES[i % SENTENCES.length];
  return out.slice(0, length);
}

function naiveRegex(rules: readonly ToneRule[], flags: string): RegExp {
  let n = 0;
  const body = rules
    .filter((r) => r.scope !== 'message')
    // Each pattern as it runs (Traditional widened, named groups made unique), without case folding.
    .flatMap((r) => r.patterns.map((p) => `(?:${runnablePattern(p, { lang: r.lang }, n++)})`))
    .join('|');
  return new RegExp(body, flags);
}

function measure(fn: () => void, runs: number): { median: number; p95: number; mean: number } {
  for (let i = 0; i < 200; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { median: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const us = (ms: number) => `${(ms * 1000).toFixed(1).padStart(8)} µs`;

export default async function bench(): Promise<void> {
  const draft = draftOf(800);
  const rules = [...builtInTone.rules];
  const t0 = performance.now();
  compileRules(rules);
  const compileMs = performance.now() - t0;

  const naive = naiveRegex(builtInTone.rules, 'giu');
  const naiveFolded = naiveRegex(
    builtInTone.rules.map((r) => (r.ignoreCase ? { ...r, patterns: r.patterns.map(foldAsciiCase) } : r)),
    'gu',
  );
  let naiveHits = 0;
  const rows = [
    { name: 'checkTone (built-in rules, cached)', ...measure(() => void checkTone(draft), 3000), findings: checkTone(draft).length },
    {
      name: 'naive single regex, same word list',
      ...measure(() => {
        naiveHits = 0;
        naive.lastIndex = 0;
        while (naive.exec(draft)) naiveHits++;
      }, 3000),
      findings: naiveHits,
    },
    {
      name: 'naive single regex, ASCII case folded',
      ...measure(() => {
        naiveHits = 0;
        naiveFolded.lastIndex = 0;
        while (naiveFolded.exec(draft)) naiveHits++;
      }, 3000),
      findings: naiveHits,
    },
  ];
  console.log(`draft: ${draft.length} UTF-16 units; ${builtInTone.rules.length} rules; first compile of a rules array: ${compileMs.toFixed(2)} ms`);
  console.log(`${'engine'.padEnd(38)}${'median'.padStart(11)}${'p95'.padStart(11)}${'mean'.padStart(11)}  findings`);
  for (const r of rows) console.log(`${r.name.padEnd(38)}${us(r.median)}${us(r.p95)}${us(r.mean)}  ${r.findings}`);
  console.log('(the naive scan has no exceptions, no message checks and no suggestions: it flags every trap phrase)');
}
