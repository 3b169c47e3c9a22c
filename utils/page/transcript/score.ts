// Which container around the composer is the chat log: pure scoring of what the DOM walk measured.
import type { Box } from './layout';

export interface CandidateFeatures {
  /** Content children looked at. */
  readonly children: number;
  /** Of those, rows of the repeated family that show text. */
  readonly rows: number;
  /** Share of the container's text that is inside those rows (0..1). */
  readonly textShare: number;
  /** Characters of text in the rows (bounded). */
  readonly rowText: number;
  /** Tree steps from the composer: up to the common ancestor, then down to the container. */
  readonly distance: number;
  /** The container or one of its close ancestors scrolls. */
  readonly scrolls: boolean;
  /** 1 when some rows name one side in their classes and others the other, 0.5 when only some rows name a side. */
  readonly sided: number;
  /** A `role="log"` region (or inside one), an `aria-live` region, or neither. */
  readonly region: 'log' | 'live' | null;
  /** How much the container sits above the composer and over it (0..1), or null without layout. */
  readonly placement: number | null;
}

/** Below this a container is not taken for the log. */
export const MIN_LOG_SCORE = 0.55;

/** How well a container's features fit a chat log (0 when it cannot be one; about 1 for a clear one). */
export function scoreCandidate(f: CandidateFeatures): number {
  if (f.rows < (f.region === 'log' ? 1 : 2) || f.children === 0) return 0;
  // Laid out, a list that is nowhere over the composer (the conversation list beside it) is not its log.
  if (f.placement === 0) return 0;
  // A divider or a "load more" row among the messages costs little.
  const repetition = Math.sqrt(f.rows / f.children);
  const count = Math.min(1, Math.log2(f.rows + 1) / 3);
  const mass = Math.min(1, Math.log10(1 + f.rowText) / 3);
  const near = Math.min(1, 0.75 ** (f.distance - 2));
  const where = f.placement === null ? 0.3 * near : 0.1 * near + 0.25 * f.placement;
  const region = f.region === 'log' ? 0.3 : f.region === 'live' ? 0.1 : 0;
  const shape = 0.25 * repetition + 0.15 * count + 0.1 * f.textShare + 0.1 * mass;
  return shape + where + (f.scrolls ? 0.1 : 0) + 0.15 * f.sided + region;
}

/**
 * 1 for a container right above the composer and as wide, less the less it overlaps it horizontally; a container
 * that starts below the composer's top is not above it.
 */
export function placement(container: Box, composer: Box): number {
  const overlap =
    Math.min(container.left + container.width, composer.left + composer.width) - Math.max(container.left, composer.left);
  const narrower = Math.min(container.width, composer.width);
  if (overlap <= 0 || narrower <= 0) return 0;
  const above = container.top < composer.top ? 1 : 0.3;
  return Math.min(1, overlap / narrower) * above;
}

export interface Pick<T> {
  readonly item: T;
  readonly score: number;
  /** 0..1: how sure the pick is (its score, lowered when a runner-up comes close). */
  readonly confidence: number;
}

/** The best-scoring candidate at or above MIN_LOG_SCORE, or null. */
export function pickBest<T>(scored: readonly { item: T; score: number }[]): Pick<T> | null {
  let best: { item: T; score: number } | null = null;
  let second = 0;
  for (const s of scored) {
    if (best === null || s.score > best.score) {
      second = best?.score ?? 0;
      best = s;
    } else if (s.score > second) {
      second = s.score;
    }
  }
  if (best === null || best.score < MIN_LOG_SCORE) return null;
  const margin = best.score - second >= 0.1 ? 1 : 0.7;
  return { item: best.item, score: best.score, confidence: Math.min(1, best.score) * margin };
}
