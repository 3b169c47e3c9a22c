/** Characters after which a trigger may start a query (besides the start of the text). */
const BOUNDARY = /[\s，。！？、；：,.!?;:（）()「」“”"'《》【】~～]/;
const MAX_QUERY = 24;

export interface TriggerMatch {
  /** What the agent typed after the trigger. */
  query: string;
  /** Length of trigger + query, i.e. how many characters before the caret to replace. */
  length: number;
}

/**
 * Find an in-input trigger (`/` by default, or e.g. `;;`) right before the caret: at the start of
 * the text or after a space / CJK punctuation, followed by a query without spaces.
 */
export function findTrigger(before: string, trigger: string): TriggerMatch | null {
  if (!trigger) return null;
  const at = before.lastIndexOf(trigger);
  if (at < 0) return null;
  const query = before.slice(at + trigger.length);
  if (query.length > MAX_QUERY || /\s/.test(query) || query.includes(trigger)) return null;
  if (at > 0 && !BOUNDARY.test(before.charAt(at - 1))) return null;
  return { query, length: trigger.length + query.length };
}
