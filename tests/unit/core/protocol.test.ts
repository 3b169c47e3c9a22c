import { describe, expect, it } from 'vitest';
import { createSender, dispatch, type Handlers, type ProtocolMap } from '../../../utils/protocol';

describe('typed protocol', () => {
  it('sends envelopes and dispatches them to the matching handler', async () => {
    const seen: unknown[] = [];
    const send = createSender<ProtocolMap>({
      sendMessage: async (m) => {
        seen.push(m);
        return dispatch(handlers, m, undefined);
      },
    });
    const handlers: Handlers<Pick<ProtocolMap, 'slash:search'>, undefined> = {
      'slash:search': ({ query, limit }) => [{ id: 'a', title: `${query}:${limit}`, preview: '' }],
    };
    await expect(send('slash:search', { query: 'wl', limit: 3 })).resolves.toEqual([{ id: 'a', title: 'wl:3', preview: '' }]);
    expect(seen).toEqual([{ type: 'slash:search', data: { query: 'wl', limit: 3 } }]);
  });

  it('ignores messages that are not ours or not allowed', () => {
    const handlers: Handlers<Pick<ProtocolMap, 'sidebar:close'>, undefined> = { 'sidebar:close': () => undefined };
    expect(dispatch(handlers, { type: 'nope', data: {} }, undefined)).toBeUndefined();
    expect(dispatch(handlers, 'sidebar:close', undefined)).toBeUndefined();
    expect(dispatch(handlers, { type: 'sidebar:close', data: {} }, undefined, () => false)).toBeUndefined();
  });

  it('rejects wrong message names and payloads at compile time', () => {
    const send = createSender<ProtocolMap>({ sendMessage: async () => undefined });
    // @ts-expect-error unknown message name
    void send('phrases:dump', {});
    // @ts-expect-error wrong payload shape
    void send('slash:search', { query: 1 });
    expect(typeof send).toBe('function');
  });

  it('rejects a handler map that leaves out one of its messages at compile time', () => {
    // @ts-expect-error no handler for 'sidebar:resize'
    const partial: Handlers<Pick<ProtocolMap, 'sidebar:close' | 'sidebar:resize'>, undefined> = { 'sidebar:close': () => undefined };
    const total: Handlers<Pick<ProtocolMap, 'sidebar:close' | 'sidebar:resize'>, undefined> = {
      'sidebar:close': () => undefined,
      'sidebar:resize': () => undefined,
    };
    expect(Object.keys(partial)).toEqual(['sidebar:close']);
    expect(Object.keys(total)).toEqual(['sidebar:close', 'sidebar:resize']);
  });
});
