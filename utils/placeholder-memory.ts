/**
 * The values the agent last gave a phrase's blanks ({客户}, {订单号}…) in this chat, offered again the next time a
 * phrase asks for the same blank. "This chat" is one page address in one tab: the memory lives in the tab's content
 * script (never stored, gone with the page), forgets everything when the address changes (another conversation in a
 * single-page console) and forgets a value it has not used for a while, so a customer's name is not offered in the
 * next customer's reply.
 */

/** A remembered value is offered for this long after it was last used. */
export const RECALL_TTL_MS = 15 * 60_000;
/** At most this many blanks are remembered, each value cut to VALUE_MAX characters. */
export const RECALL_FIELDS_MAX = 20;
export const VALUE_MAX = 200;

/** Blank name → value, as the forms give them. */
export type PlaceholderValues = Record<string, string>;

/** What a form starts from: values for some blanks, and which of them the chat page showed (the rest are the
 *  agent's own from last time). */
export interface RecalledValues {
  values: PlaceholderValues;
  fromPage: string[];
}

export class PlaceholderMemory {
  private place = '';
  private readonly values = new Map<string, { value: string; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = RECALL_TTL_MS,
  ) {}

  /** The agent filled these blanks on `place` (empty values are not remembered). */
  remember(place: string, values: Readonly<Record<string, string>>): void {
    this.moveTo(place);
    const at = this.now();
    for (const [name, raw] of Object.entries(values)) {
      const value = raw.trim().slice(0, VALUE_MAX);
      if (!value) continue;
      this.values.delete(name);
      this.values.set(name, { value, at });
    }
    // The oldest go first when there are too many.
    for (const name of this.values.keys()) {
      if (this.values.size <= RECALL_FIELDS_MAX) break;
      this.values.delete(name);
    }
  }

  /** The remembered values for these blanks on `place`, fresh ones only; blanks without one are left out. */
  recall(place: string, names: readonly string[]): Record<string, string> {
    this.moveTo(place);
    const since = this.now() - this.ttlMs;
    const out: Record<string, string> = {};
    for (const name of names) {
      const entry = this.values.get(name);
      if (entry && entry.at >= since) out[name] = entry.value;
    }
    return out;
  }

  private moveTo(place: string): void {
    if (place === this.place) return;
    this.place = place;
    this.values.clear();
  }
}
