/**
 * The background's side of the reply clock: each content script asks its site's target and reports its wait; the
 * background keeps the wait per tab for that tab's sidebar, and times each answer itself into the local record
 * (utils/db/replies.ts: the day, the site, the duration; never text). Bound to the sender's tab and origin.
 */
import type { HuashuDB } from './db/database';
import { getClockSettings, recordReply, setClockSettings } from './db/replies';
import type { Handlers, ProtocolMap } from './protocol';
import { ownOrigin, senderOrigin, tabOf, type MessageContext } from './sender-binding';
import { targetSeconds, type ReplyTarget } from './clock/targets';
import { localDay } from './validity/dates';

export type ClockMessages = Pick<ProtocolMap, 'clock:get' | 'clock:state' | 'clock:view' | 'clock:set'>;

export interface ClockHandlerDeps {
  db: HuashuDB;
  targets: readonly ReplyTarget[];
  now(): number;
  /** Tell the extension pages that a tab's clock changed (they ask for their own). */
  changed(): Promise<void>;
  /** The settings changed: every chat page asks again. */
  settingsChanged(): Promise<void>;
}

interface TabWait {
  readonly origin: string;
  readonly since: number;
  readonly targetMs: number;
}

export function createClockHandlers(deps: ClockHandlerDeps) {
  const byTab = new Map<number, TabWait>();

  async function targetMsFor(origin: string): Promise<{ enabled: boolean; targetMs: number }> {
    const settings = await getClockSettings(deps.db);
    return { enabled: settings.enabled, targetMs: targetSeconds(origin, deps.targets, settings.targets) * 1000 };
  }

  const handlers: Handlers<ClockMessages, MessageContext> = {
    'clock:get': ({ origin }, ctx) => targetMsFor(ownOrigin(ctx, origin)),
    'clock:state': async ({ state, waitedMs }, ctx) => {
      const tabId = tabOf(ctx);
      const origin = senderOrigin(ctx.sender) ?? '';
      const before = byTab.get(tabId);
      const { enabled, targetMs } = await targetMsFor(origin);
      if (state === 'waiting' && enabled) {
        // A wait already running on this page keeps its start.
        if (before?.origin !== origin) byTab.set(tabId, { origin, since: deps.now() - waitedMs, targetMs });
      } else {
        byTab.delete(tabId);
        if (state === 'answered' && before?.origin === origin) {
          const now = deps.now();
          await recordReply(deps.db, { day: localDay(now), origin, ms: now - before.since, targetMs: before.targetMs });
        }
      }
      await deps.changed().catch(() => undefined);
    },
    'clock:view': async (_data, ctx) => {
      const wait = byTab.get(tabOf(ctx));
      if (!wait) return { since: null, targetMs: 0 };
      // Switched off meanwhile: no wait shown.
      return (await getClockSettings(deps.db)).enabled ? { since: wait.since, targetMs: wait.targetMs } : { since: null, targetMs: 0 };
    },
    'clock:set': async (patch) => {
      const next = await setClockSettings(deps.db, patch);
      if (!next.enabled) byTab.clear();
      await Promise.all([deps.settingsChanged().catch(() => undefined), deps.changed().catch(() => undefined)]);
      return next;
    },
  };

  return {
    handlers,
    forgetTab(tabId: number): void {
      byTab.delete(tabId);
    },
  };
}
