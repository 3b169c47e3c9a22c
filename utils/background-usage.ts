/**
 * The background's side of usage outcomes: every insertion into a tab gets a number the content script reports back
 * with the share of the phrase the agent changed before sending (utils/page/usage-watch.ts). A number is good once,
 * only from the tab it was given to, and for 30 minutes; the phrase's counts are kept on its record (no text).
 */
import type { HuashuDB } from './db/database';
import type { Handlers, ProtocolMap } from './protocol';
import { tabOf, type MessageContext } from './sender-binding';
import { withOutcome } from './usage/outcomes';

export type UsageMessages = Pick<ProtocolMap, 'usage:sent'>;

const PENDING_MAX = 20;
const PENDING_MS = 30 * 60_000;

export function createUsageHandlers(deps: { db: HuashuDB; now(): number }) {
  const byTab = new Map<number, Map<number, { phraseId: string; at: number }>>();
  let next = 1;

  const handlers: Handlers<UsageMessages, MessageContext> = {
    'usage:sent': async ({ uses }, ctx) => {
      const pending = byTab.get(tabOf(ctx));
      for (const { use, changed } of uses) {
        const entry = pending?.get(use);
        if (!entry) continue;
        pending?.delete(use);
        if (deps.now() - entry.at > PENDING_MS) continue;
        await deps.db.phrases
          .where('id')
          .equals(entry.phraseId)
          .modify((p) => {
            p.outcomes = withOutcome(p.outcomes, changed);
          });
      }
    },
  };

  return {
    handlers,
    /** A number for an insertion of `phraseId` into `tabId`, for its outcome to be reported with. */
    issue(tabId: number, phraseId: string): number {
      const pending = byTab.get(tabId) ?? new Map<number, { phraseId: string; at: number }>();
      byTab.set(tabId, pending);
      const use = next++;
      pending.set(use, { phraseId, at: deps.now() });
      // The oldest go first (insertions never sent).
      for (const key of pending.keys()) {
        if (pending.size <= PENDING_MAX) break;
        pending.delete(key);
      }
      return use;
    },
    forgetTab(tabId: number): void {
      byTab.delete(tabId);
    },
  };
}
