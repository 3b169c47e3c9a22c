// What the chat page's tone check reports to the sidebar's "Draft check" (through the background), and the rewrite the
// sidebar asks it to apply. The content script builds these (index.ts, check.ts, send-check.ts); components/DraftCheck.tsx shows them.
import type { ToneSeverity } from '../../tone/schema';

/** One tone finding on a draft, as the sidebar's "Draft check" lists it. */
export interface DraftFinding {
  /** UTF-16 offsets into the draft; start === end for a finding about the whole message. */
  start: number;
  end: number;
  text: string;
  ruleId: string;
  category: string;
  severity: ToneSeverity;
  /** Why, in the UI language. */
  message: string;
  /** Replacements for the span, best first (whole message: text to put at the start). */
  suggestions: string[];
  /** True when the suggestions keep the meaning (Fix all may apply them unread). */
  safe: boolean;
}

/** A message the agent sent from this tab (the draft at the moment of sending) and its findings. */
export interface SentCheck {
  text: string;
  at: number;
  findings: DraftFinding[];
}

/** What the content script reports to the sidebar's "Draft check" panel. */
export interface DraftReport {
  /** False when no chat input has been used on the page yet. */
  editor: boolean;
  /** False when the tone check is off (settings or this site). */
  enabled: boolean;
  text: string;
  findings: DraftFinding[];
  /** The last few messages sent in this tab's session, newest first. */
  sent: SentCheck[];
}

/** Replace draft[start, end) — which must still read `text` — with `replacement`. */
export interface ToneApplyRequest {
  start: number;
  end: number;
  text: string;
  replacement: string;
}
