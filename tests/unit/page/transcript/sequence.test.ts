import { describe, expect, it } from 'vitest';
import { alignWindow, mergeWindow, messageKey, SEEN_MAX } from '../../../../utils/page/transcript/sequence';

describe('lining a read window up with what was seen', () => {
  it.each([
    ['the same messages', 'abc', 'abc', 0],
    ['one more at the end', 'abc', 'abcd', 0],
    ['a virtualised window moved down by one', 'abcde', 'cdef', 2],
    ['scrolled up to older ones', 'cdef', 'abcd', -2],
    ['inside what was seen', 'abcdef', 'cd', 2],
    ['a repeated message', 'abc', 'abcc', 0],
    ['another conversation', 'abc', 'xyz', null],
    ['one shared message is not enough', 'abc', 'cxy', null],
  ] as const)('%s', (_name, seen, window, expected) => {
    expect(alignWindow([...seen], [...window])).toBe(expected);
  });

  it('prefers the later place on a tie (fewer messages taken for new)', () => {
    expect(alignWindow([...'abab'], [...'ab'])).toBe(2);
  });
});

describe('merging', () => {
  it('marks only what comes after everything seen as fresh, and keeps older messages it scrolls into', () => {
    expect(mergeWindow([...'bcd'], [...'cdef'])).toEqual({ seen: [...'bcdef'], fresh: [2, 3] });
    expect(mergeWindow([...'cdef'], [...'abcd'])).toEqual({ seen: [...'abcdef'], fresh: [] });
  });

  it('starts over without fresh messages when the window does not line up, and changes nothing for an empty one', () => {
    expect(mergeWindow([...'abc'], [...'xyz'])).toEqual({ seen: [...'xyz'], fresh: [] });
    expect(mergeWindow([...'abc'], [])).toEqual({ seen: [...'abc'], fresh: [] });
  });

  it('takes every message of a log that was empty as fresh', () => {
    expect(mergeWindow([], [...'ab'])).toEqual({ seen: [...'ab'], fresh: [0, 1] });
  });

  it('keeps at most SEEN_MAX keys', () => {
    const seen = Array.from({ length: SEEN_MAX }, (_, i) => `m${i}`);
    expect(mergeWindow(seen, [...seen.slice(-3), 'new']).seen).toHaveLength(SEEN_MAX);
  });

  it('knows a message by its side and text', () => {
    expect(messageKey({ side: 'customer', text: '好的' })).not.toBe(messageKey({ side: 'agent', text: '好的' }));
  });
});
