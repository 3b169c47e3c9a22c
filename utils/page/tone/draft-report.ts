// What the chat page's tone check reports to the sidebar's "Draft check" (through the background), and the rewrite the
// sidebar asks it to apply. The content script builds these (index.ts, check.ts, send-check.ts); components/DraftCheck.tsx shows them.
import type { ToneFinding } from '../../tone/engine';

/** One tone finding on a draft, as the sidebar's "Draft check" lists it: these fields of the engine's finding, copied
 *  (toDraftFinding in check.ts). */
export type DraftFinding = Pick<ToneFinding, 'start' | 'end' | 'text' | 'ruleId' | 'category' | 'severity' | 'message' | 'suggestions' | 'safe'>;

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
