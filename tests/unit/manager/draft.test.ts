import { describe, expect, it } from 'vitest';
import { parseTags, validateDraft } from '../../../components/manager/draft';

describe('phrase form validation', () => {
  it('splits tags on ASCII and full-width commas and drops repeats', () => {
    expect(parseTags('物流, 售后，催单、物流 ,')).toEqual(['物流', '售后', '催单']);
  });

  it('names each problem: empty text, spaces in a shortcut, a shortcut another phrase uses', () => {
    const others = [{ id: 'x', shortcut: 'WL', title: '物流查询' }];
    expect(validateDraft({ group: 'g', title: '', text: '  ', shortcut: 'a b', tags: [] }, others)).toEqual([
      { field: 'text', problem: 'empty' },
      { field: 'shortcut', problem: 'spaces' },
    ]);
    expect(validateDraft({ group: 'g', title: 't', text: '好的', shortcut: 'wl', tags: [] }, others)).toEqual([
      { field: 'shortcut', problem: 'shortcutTaken', other: '物流查询' },
    ]);
    // Its own shortcut is not a clash.
    expect(validateDraft({ id: 'x', group: 'g', title: 't', text: '好的', shortcut: 'wl', tags: [] }, others)).toEqual([]);
  });
});
