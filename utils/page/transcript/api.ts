// What the on-demand transcript reader (entrypoints/transcript-reader.ts) leaves in the content script's isolated
// world. The content script imports only the type and the key: the reader's code is not in its bundle.
import { readTranscript, lastCustomerMessage } from './read';
import { watchTranscript } from './watch';
import { conversationFacts } from './facts';
import { parseRule } from './rule-schema';
import { teachByClicks } from './teach';

export const transcriptReader = { readTranscript, lastCustomerMessage, watchTranscript, conversationFacts, teachByClicks, parseRule } as const;

export type TranscriptReader = typeof transcriptReader;
