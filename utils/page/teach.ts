/**
 * The teach step on the chat page (issue 15): when the agent asks from the sidebar, wait for their click on one
 * customer message and one of their own (utils/page/transcript/teach.ts, loaded with the reader), save the rule for
 * this site and read the transcript by it. The site's rule comes from the background, checked there when read.
 */
import type { EditorTracker } from '../editors/tracker';
import type { ProtocolMap, Sender, TeachOutcome } from '../protocol';
import type { TranscriptReader } from './transcript/api';
import type { TaughtRule } from './transcript/rule-schema';

export interface TeachDeps {
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  reader: () => Promise<TranscriptReader | null>;
  origin: string;
  /** The rule changed (taught or reset): read the transcript again. */
  onRuleChanged(): void;
}

export function startTeach({ tracker, send, reader, origin, onRuleChanged }: TeachDeps) {
  const docs: Document[] = [];
  tracker.onDocument((doc) => docs.push(doc));
  let rule: Promise<TaughtRule | null> | null = null;
  let running: { cancel: () => void } | null = null;

  async function teach(): Promise<TeachOutcome> {
    const api = await reader();
    if (!api) return { ok: false, reason: 'unavailable' };
    // A second request replaces the first (the agent pressed the button again).
    running?.cancel();
    const step = api.teachByClicks({ docs });
    running = step;
    const outcome = await step.result;
    if (running === step) running = null;
    if (!outcome.ok) return outcome;
    await send('teach:save', { origin, rule: outcome.rule });
    rule = Promise.resolve(outcome.rule);
    onRuleChanged();
    return { ok: true };
  }

  return {
    teach,
    /** This site's taught rule (asked once; again after a change). */
    rule(): Promise<TaughtRule | null> {
      rule ??= send('teach:get', { origin }).then(({ rule: taught }) => taught, () => null);
      return rule;
    },
    changed(): void {
      rule = null;
      onRuleChanged();
    },
    dispose(): void {
      running?.cancel();
    },
  };
}
