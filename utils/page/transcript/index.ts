// The transcript reader's public face: read the conversation a composer belongs to, watch it for the customer's new
// messages, teach it a site's layout, and take facts from it. Nothing here runs on import.
export { readTranscript, readLog, lastCustomerMessage, type ReadOptions, type Transcript, type TranscriptMessage } from './read';
export { watchTranscript, type CustomerMessageEvent, type CustomerMessageListener, type WatchOptions } from './watch';
export { deriveRule, applyRule, type DeriveResult } from './rule';
export { parseRule, TaughtRuleSchema, type ParsedRule, type TaughtRule } from './rule-schema';
export { conversationFacts, type ConversationFacts } from './facts';
export { domLayout, NO_LAYOUT, type Layout } from './layout';
export type { Side } from './tokens';
