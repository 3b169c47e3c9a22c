// Where the reply clock's badge goes beside the chat input: never on the input, the page's send buttons or the places
// the tone badge takes (utils/page/tone/overlay.ts: just above the input's right corner, inside it, or above its left
// corner). Pure geometry, in the top window's viewport.
import type { Box } from '../../editors/text-map';

export const CLOCK_BADGE = { width: 92, height: 18 } as const;
/** Room the tone badge may take at each of its spots (its widest count). */
const TONE_ROOM = { width: 44, height: 18 };
const GAP = 6;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The boxes the tone badge may be drawn in for this input. */
export function toneBadgeRoom(input: Box): Box[] {
  const { width, height } = TONE_ROOM;
  return [
    { left: input.left + input.width - width, top: input.top - height - 3, width, height },
    { left: input.left + input.width - width, top: input.top + 3, width, height },
    { left: input.left, top: input.top - height - 3, width, height },
  ];
}

/**
 * The badge's box: above the input between the tone badge's spots, else below the input, else higher above it;
 * null when every spot is taken or off screen (the badge then stays hidden rather than cover the page's controls).
 */
export function placeClock(input: Box, sendButtons: readonly Box[], viewport: { width: number; height: number }): Box | null {
  const { width, height } = CLOCK_BADGE;
  const taken = [input, ...sendButtons, ...toneBadgeRoom(input)];
  const above = input.top - height - 3;
  const candidates: Box[] = [
    { left: input.left + input.width - TONE_ROOM.width - GAP - width, top: above, width, height },
    { left: input.left + TONE_ROOM.width + GAP, top: above, width, height },
    { left: input.left, top: input.top + input.height + 3, width, height },
    { left: input.left + TONE_ROOM.width + GAP, top: above - height - 3, width, height },
  ];
  const inView = (b: Box) => b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  return candidates.find((c) => inView(c) && !taken.some((t) => intersects(t, c))) ?? null;
}
