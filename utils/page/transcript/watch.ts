// Watches the chat log for the customer's new messages: MutationObservers (never polling, never changing the page),
// one re-read per batch of mutations, messages known by side, text and order (sequence.ts), not by node.
import { parentAcrossFrames } from './tree';
import { lastCustomerMessage, readLog, readTranscript, type ReadOptions, type Transcript, type TranscriptMessage } from './read';
import { messageKey, mergeWindow } from './sequence';

export interface CustomerMessageEvent {
  readonly transcript: Transcript;
  /** When the first mutation of the batch that brought the message was observed (`now()`). */
  readonly at: number;
}

export type CustomerMessageListener = (message: TranscriptMessage, event: CustomerMessageEvent) => void;

export interface WatchOptions extends Omit<ReadOptions, 'sent'> {
  /** The texts the agent sent lately, newest last (asked on every read). */
  readonly sent?: () => readonly string[];
  /** Runs a batch after the mutations that started it: the next animation frame by default (a microtask when the
   *  page is hidden and frames do not come). */
  readonly schedule?: (run: () => void) => void;
  readonly now?: () => number;
  /** Every batch's new messages of both sides, oldest first (`replaced`: another log is shown; none of it is new). */
  readonly onBatch?: (fresh: readonly TranscriptMessage[], replaced: boolean) => void;
}

/** Ancestors of the log watched for it being replaced (childList only); how far above the composer a missing log is awaited. */
const REPLACE_REACH = 4;
const AWAIT_REACH = 4;

function defaultSchedule(view: Window | null): (run: () => void) => void {
  return (run) => {
    if (view && view.document.visibilityState !== 'hidden') view.requestAnimationFrame(() => run());
    else queueMicrotask(run);
  };
}

interface WatchState {
  transcript: Transcript;
  /** Keys of the conversation seen so far (sequence.ts). */
  seen: string[];
  /** Time of the first mutation of the batch waiting to run, or null. */
  pending: number | null;
  /** The log must be looked for again (it was replaced, or none was found yet). */
  refind: boolean;
  stopped: boolean;
  observers: MutationObserver[];
}

/**
 * Calls `onCustomerMessage` once for each batch of messages the log shows after this call whose newest customer
 * message is new (messages already there, scrolled back into view or shown again by recycled nodes are not). When no
 * log is found yet, waits for one to appear (what it shows then is not new). Returns `stop`.
 */
export function watchTranscript(composer: Element, onCustomerMessage: CustomerMessageListener, options: WatchOptions = {}): () => void {
  const view = composer.ownerDocument.defaultView;
  const schedule = options.schedule ?? defaultSchedule(view);
  const now = options.now ?? (() => view?.performance.now() ?? 0);
  const readOptions = (): ReadOptions => ({ ...options, sent: options.sent?.() ?? [] });
  const first = readTranscript(composer, readOptions());
  const state: WatchState = { transcript: first, seen: first.messages.map(messageKey), pending: null, refind: false, stopped: false, observers: [] };

  function flushSoon(refind: boolean): void {
    state.refind ||= refind;
    if (state.pending !== null || state.stopped) return;
    state.pending = now();
    schedule(flush);
  }

  function observe(): void {
    for (const o of state.observers) o.disconnect();
    state.observers = [];
    const log = state.transcript.log;
    if (!log) {
      // Wait for a log to appear near the composer; what the agent types is no news.
      let around: Element = composer;
      for (let i = 0, up = parentAcrossFrames(around); up && i < AWAIT_REACH; i++, up = parentAcrossFrames(up)) around = up;
      const awaiting = new MutationObserver((records) => {
        if (records.some((r) => !composer.contains(r.target))) flushSoon(true);
      });
      awaiting.observe(around, { childList: true, subtree: true });
      state.observers.push(awaiting);
      return;
    }
    const onLog = new MutationObserver(() => flushSoon(false));
    onLog.observe(log, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    const onAncestors = new MutationObserver(() => {
      if (!log.isConnected) flushSoon(true);
    });
    // Up to the ancestor the log shares with the composer: a new conversation replaces what lies below it.
    let el = log.parentElement;
    for (let i = 0; el && i < REPLACE_REACH; i++, el = el.parentElement) {
      onAncestors.observe(el, { childList: true });
      if (el.contains(composer)) break;
    }
    state.observers.push(onLog, onAncestors);
  }

  function flush(): void {
    const at = state.pending ?? now();
    state.pending = null;
    if (state.stopped) return;
    const log = state.transcript.log;
    if (state.refind || !log || !log.isConnected) {
      // Another log (or the first one): what it shows is where watching starts, nothing in it is new.
      state.refind = false;
      state.transcript = readTranscript(composer, readOptions());
      state.seen = state.transcript.messages.map(messageKey);
      observe();
      options.onBatch?.([], true);
      return;
    }
    const transcript = readLog(log, { ...readOptions(), logConfidence: state.transcript.logConfidence });
    const merged = mergeWindow(state.seen, transcript.messages.map(messageKey));
    state.transcript = transcript;
    state.seen = merged.seen;
    const fresh = merged.fresh.map((i) => transcript.messages[i]).filter((m) => m !== undefined);
    if (fresh.length > 0) options.onBatch?.(fresh, false);
    const latest = lastCustomerMessage({ ...transcript, messages: fresh });
    if (latest) onCustomerMessage(latest, { transcript, at });
  }

  observe();
  return () => {
    state.stopped = true;
    for (const o of state.observers) o.disconnect();
    state.observers = [];
  };
}
