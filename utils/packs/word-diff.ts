// What changed inside a phrase, word by word, as a lead reading a new release (or an import preview) wants to see it:
// Chinese split into words by the browser's segmenter (ICU's dictionary), Latin text into words and the spaces and
// punctuation between them. The diff itself is jsdiff's (Myers) over those words.
import { diffArrays } from 'diff';

export type WordChange = 'same' | 'added' | 'removed';

export interface WordPart {
  change: WordChange;
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The text as words, with every character kept (the pieces joined give the text back). */
export function wordsOf(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The words of `before` and `after` in reading order, each marked same, removed (only in `before`) or added (only in
 * `after`); neighbouring pieces of the same kind are joined. Joining the same and removed pieces gives `before` back,
 * the same and added ones `after`.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const piece of diffArrays(wordsOf(before), wordsOf(after))) {
    const change: WordChange = piece.added ? 'added' : piece.removed ? 'removed' : 'same';
    const text = piece.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.change === change) last.text += text;
    else if (text !== '') parts.push({ change, text });
  }
  return parts;
}

/** Both sides of a diff, rebuilt: what the text read before and what it reads now. */
export function sidesOf(parts: readonly WordPart[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const { change, text } of parts) {
    if (change !== 'added') before += text;
    if (change !== 'removed') after += text;
  }
  return { before, after };
}
