/**
 * How much of a chat page the transcript reader may look at. The page is untrusted and may be huge: every walk is
 * bounded by one of these.
 */
export const LIMITS = Object.freeze({
  /** Latest messages read from the log. */
  messages: 60,
  /** Children of a container looked at (its last ones). */
  children: 400,
  /** Characters kept of one message's text. */
  messageText: 2000,
  /** Nodes walked inside one message. */
  messageNodes: 300,
  /** Elements visited while looking for the log around the composer. */
  visits: 20_000,
  /** Ancestors of the composer searched (frames crossed included). */
  ancestors: 12,
  /** Levels searched below each ancestor's other children. */
  depth: 8,
  /** Characters read of the conversation's header or label. */
  headerText: 200,
  /** Class tokens read of one element. */
  classTokens: 32,
});
