/**
 * The background's side of the teach step: the sidebar starts it in its own tab, the content script of that tab
 * waits for the agent's clicks and saves the rule for its own origin (bound to the sender); the options page resets.
 */
import type { HuashuDB } from './db/database';
import { getTaughtRule, resetTaughtRule, setTaughtRule } from './db/taught';
import type { ContentProtocolMap, Handlers, ProtocolMap, Req, Res } from './protocol';
import { ownOrigin, tabOf, type MessageContext } from './sender-binding';

export type TeachMessages = Pick<ProtocolMap, 'teach:get' | 'teach:save' | 'teach:start' | 'teach:reset'>;

export interface TeachHandlerDeps {
  db: HuashuDB;
  sendToTab<K extends keyof ContentProtocolMap & string>(tabId: number, type: K, data: Req<ContentProtocolMap, K>): Promise<Res<ContentProtocolMap, K>>;
  broadcast<K extends keyof ContentProtocolMap & string>(type: K, data: Req<ContentProtocolMap, K>): Promise<void>;
}

export function createTeachHandlers({ db, sendToTab, broadcast }: TeachHandlerDeps): Handlers<TeachMessages, MessageContext> {
  return {
    'teach:get': async ({ origin }, ctx) => ({ rule: await getTaughtRule(db, ownOrigin(ctx, origin)) }),
    'teach:save': ({ origin, rule }, ctx) => setTaughtRule(db, ownOrigin(ctx, origin), rule),
    'teach:start': (_data, ctx) => sendToTab(tabOf(ctx), 'content:teach', {}).catch(() => ({ ok: false, reason: 'unavailable' }) as const),
    'teach:reset': async ({ origin }) => {
      await resetTaughtRule(db, origin);
      await broadcast('content:teach-changed', {}).catch(() => undefined);
    },
  };
}
