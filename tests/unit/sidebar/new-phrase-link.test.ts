import { describe, expect, it } from 'vitest';
import { NEW_PHRASE_MAX, newPhraseHash, readNewPhraseHash } from '../../../utils/new-phrase-link';

describe('the #new= link from the sidebar to the new-phrase editor', () => {
  it.each(['周末也发货吗？', 'a & b # c % d', '<img src=x onerror=alert(1)>', 'line one\nline two', '😀 {客户}'])('carries %j unchanged', (text) => {
    expect(readNewPhraseHash(newPhraseHash(text))).toBe(text);
  });

  it('cuts what it sends to the limit, and refuses longer or malformed hashes instead of guessing', () => {
    const long = '好'.repeat(NEW_PHRASE_MAX + 20);
    expect(readNewPhraseHash(newPhraseHash(long))).toBe('好'.repeat(NEW_PHRASE_MAX));
    expect(readNewPhraseHash(`#new=${'x'.repeat(NEW_PHRASE_MAX + 1)}`)).toBeNull();
    expect(readNewPhraseHash('#new=%E0%A4%A')).toBeNull();
    expect(readNewPhraseHash('#new=')).toBeNull();
    expect(readNewPhraseHash('#new=%20%20')).toBeNull();
    expect(readNewPhraseHash('#settings')).toBeNull();
    expect(readNewPhraseHash('')).toBeNull();
  });

  it('drops control and bidirectional-override characters', () => {
    expect(readNewPhraseHash(`#new=${encodeURIComponent('a\u0000b\u202ec\u0007d\re')}`)).toBe('abcde');
  });
});
