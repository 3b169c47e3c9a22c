// Property tests: any input, including emoji, lone surrogates and 100k characters, gives well-formed findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterGreeting, isClauseMark } from '../../../utils/tone/context';
import { checkTone } from '../../../utils/tone-builtin';
import { applySuggestions, type ToneFinding } from '../../../utils/tone/index';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

/** Every problem with the findings, as text (collected without expect() so 100k-character drafts stay fast). */
function problems(draft: string, findings: readonly ToneFinding[]): string[] {
  const out: string[] = [];
  findings.forEach((f, i) => {
    const where = `${f.ruleId}@${f.start}-${f.end}`;
    if (!(f.start >= 0 && f.end >= f.start && f.end <= draft.length)) out.push(`${where}: offsets out of range`);
    if (f.text !== draft.slice(f.start, f.end)) out.push(`${where}: text differs from the slice`);
    if (splitsPair(draft, f.start) || splitsPair(draft, f.end)) out.push(`${where}: splits a surrogate pair`);
    const before = draft[f.start - 1];
    const atClause = f.start === 0 || isClauseMark(before) || /\s/u.test(before ?? '') || afterGreeting(draft) === f.start;
    if (f.start === f.end && !atClause) out.push(`${where}: empty finding neither at a clause start nor after the greeting`);
    const prev = findings[i - 1];
    if (prev && !(prev.start < f.start || (prev.start === f.start && prev.end <= f.end))) out.push(`${where}: not sorted`);
  });
  const lastEnd = new Map<string, number>();
  for (const f of findings) {
    const end = lastEnd.get(f.ruleId);
    if (end !== undefined && end > f.start) out.push(`${f.ruleId}@${f.start}: overlaps the previous finding of its rule`);
    lastEnd.set(f.ruleId, f.end);
  }
  return out;
}

function wellFormed(draft: string, findings: readonly ToneFinding[]): void {
  expect(problems(draft, findings)).toEqual([]);
}

// Pieces that exercise the rules, mixed with arbitrary code points, emoji and lone surrogates.
const piece = fc.oneof(
  fc.constantFrom('不能', '我们不能', '但是', '不过', '你', '您', '嗯', '我', '不行', '行不行', '大概', '虽然', '。', '，', ' ', '\n'),
  fc.constantFrom("I can't", 'but ', 'great ', 'probably', 'as I said', 'ok', '.', '不能讓您', '這個不行'),
  fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '\uD83D', '\uDE00', '\u0301', '\u200D', '\uFEFF'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const draftArb = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('checkTone properties', () => {
  it('never throws and returns valid, sorted, per-rule non-overlapping findings', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom('zh-CN', 'zh-TW', 'en', 'xx'), (draft, locale) => {
        wellFormed(draft, checkTone(draft, { locale }));
      }),
      { numRuns: 1500 },
    );
  });

  it('applySuggestions always returns a string that checkTone accepts', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const fixed = applySuggestions(draft, checkTone(draft));
        expect(typeof fixed).toBe('string');
        wellFormed(fixed, checkTone(fixed));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 100k-character drafts, random and adversarial', () => {
    const random = fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 42 })[0] as string;
    const drafts = [
      random,
      '虽'.repeat(100_000),
      '但是你不能'.repeat(20_000),
      '😀我'.repeat(50_000),
      `${'great '.repeat(16_000)}but`,
      'a'.repeat(100_000),
    ];
    for (const draft of drafts) wellFormed(draft, checkTone(draft));
  });
});
