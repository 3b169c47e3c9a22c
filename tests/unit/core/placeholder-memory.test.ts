import { describe, expect, it } from 'vitest';
import { PlaceholderMemory, RECALL_FIELDS_MAX, RECALL_TTL_MS, VALUE_MAX } from '../../../utils/placeholder-memory';

const CHAT = 'https://console.example.com/chat/1';

function memory() {
  let t = 1_000_000;
  const mem = new PlaceholderMemory(() => t);
  return { mem, later: (ms: number) => (t += ms) };
}

describe('placeholder values remembered in this chat', () => {
  it('offers what the agent typed for the same blank, and only for the blanks asked', () => {
    const { mem } = memory();
    mem.remember(CHAT, { 客户: ' 王女士 ', 订单号: '202612010001' });
    expect(mem.recall(CHAT, ['客户'])).toEqual({ 客户: '王女士' });
    expect(mem.recall(CHAT, ['订单号', '尺码'])).toEqual({ 订单号: '202612010001' });
  });

  it('does not remember a blank left empty, and keeps the earlier value for it', () => {
    const { mem } = memory();
    mem.remember(CHAT, { 客户: '王女士' });
    mem.remember(CHAT, { 客户: '  ' });
    expect(mem.recall(CHAT, ['客户'])).toEqual({ 客户: '王女士' });
  });

  it('forgets everything when the page moves to another address (another conversation)', () => {
    const { mem } = memory();
    mem.remember(CHAT, { 客户: '王女士' });
    expect(mem.recall('https://console.example.com/chat/2', ['客户'])).toEqual({});
    expect(mem.recall(CHAT, ['客户'])).toEqual({});
  });

  it('does not offer a value unused for longer than the recall time', () => {
    const { mem, later } = memory();
    mem.remember(CHAT, { 客户: '王女士' });
    later(RECALL_TTL_MS);
    expect(mem.recall(CHAT, ['客户'])).toEqual({ 客户: '王女士' });
    later(1);
    expect(mem.recall(CHAT, ['客户'])).toEqual({});
  });

  it('keeps a bounded number of blanks (the oldest go) and cuts long values', () => {
    const { mem, later } = memory();
    for (let i = 0; i <= RECALL_FIELDS_MAX; i++) {
      mem.remember(CHAT, { [`f${i}`]: 'x'.repeat(VALUE_MAX + 5) });
      later(1);
    }
    const names = Array.from({ length: RECALL_FIELDS_MAX + 1 }, (_, i) => `f${i}`);
    const recalled = mem.recall(CHAT, names);
    expect(Object.keys(recalled)).toHaveLength(RECALL_FIELDS_MAX);
    expect(recalled.f0).toBeUndefined();
    expect(recalled[`f${RECALL_FIELDS_MAX}`]).toHaveLength(VALUE_MAX);
  });
});
