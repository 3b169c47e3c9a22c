import { QIANNIU_LIMITS } from './limits';
import { makeIssue, type PackIssue, type PackLocale } from './messages';
import type { PackV1 } from './schema';

const HAN = /\p{Script=Han}/u;

/**
 * Length of a phrase by Qianniu's rule: a Chinese character takes 2, anything else
 * (letters, digits, punctuation, spaces, emoji) takes 1 per character.
 */
export function qianniuLength(text: string): number {
  let length = 0;
  for (const char of text) length += HAN.test(char) ? 2 : 1;
  return length;
}

export interface QianniuReport {
  ok: boolean;
  count: number;
  /** Problems with their paths (`phrases[3].text: Qianniu length 912 exceeds 800…`). */
  issues: PackIssue[];
  overLong: { index: number; id: string; length: number }[];
}

/** Checks a pack against Qianniu's quick-phrase limits (≤ 500 phrases, ≤ 800 per phrase). */
export function checkQianniuLimits(pack: Pick<PackV1, 'phrases'>, locale: PackLocale = 'en'): QianniuReport {
  const issues: PackIssue[] = [];
  const count = pack.phrases.length;
  if (count > QIANNIU_LIMITS.maxPhrases) {
    issues.push(makeIssue('phrases', 'qianniu.tooMany', { max: QIANNIU_LIMITS.maxPhrases, count }, locale));
  }
  const overLong: QianniuReport['overLong'] = [];
  pack.phrases.forEach((phrase, index) => {
    const length = qianniuLength(phrase.text);
    if (length > QIANNIU_LIMITS.maxLength) {
      overLong.push({ index, id: phrase.id, length });
      issues.push(makeIssue(`phrases[${index}].text`, 'qianniu.tooLong', { length, max: QIANNIU_LIMITS.maxLength }, locale));
    }
  });
  return { ok: issues.length === 0, count, issues, overLong };
}
