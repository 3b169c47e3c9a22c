// Finds the chat log near a composer: walks outward from it (through same-origin frames both ways), measures each
// container whose children repeat, and lets score.ts choose.
import type { Layout } from './layout';
import { LIMITS } from './limits';
import { boundedText, contentChildren, messageFamily } from './messages';
import { pickBest, placement, scoreCandidate, type CandidateFeatures } from './score';
import { sideOfToken, tokensWithin, type Side } from './tokens';
import { childrenAcrossFrames, isFrame, parentAcrossFrames } from './tree';

export interface FoundLog {
  /** The element whose children are the messages. */
  readonly log: Element;
  readonly score: number;
  readonly confidence: number;
}

/** Children measured per candidate (the newest), text read per child, candidates measured at most. */
const MEASURED_CHILDREN = 40;
const ROW_TEXT = 500;
const MEASURED_CANDIDATES = 200;
/** How far up a region role or a scrolling box still counts for a container inside it. */
const REGION_REACH = 4;
const SCROLL_REACH = 3;

function regionOf(el: Element): CandidateFeatures['region'] {
  let live = false;
  for (let e: Element | null = el, i = 0; e && i <= REGION_REACH; e = e.parentElement, i++) {
    if (e.getAttribute('role') === 'log') return 'log';
    const polite = e.getAttribute('aria-live');
    if (polite !== null && polite !== 'off') live = true;
  }
  return live ? 'live' : null;
}

function scrollsNear(el: Element, layout: Layout): boolean {
  for (let e: Element | null = el, i = 0; e && i <= SCROLL_REACH; e = e.parentElement, i++) {
    if (layout.scrolls(e)) return true;
  }
  return false;
}

/** The side a row's own classes (or those of the elements inside it) name, when they name only one. */
function rowSide(row: Element): Side {
  const sides = new Set(tokensWithin(row).map((t) => sideOfToken(t.token)));
  sides.delete('unknown');
  return sides.size === 1 ? [...sides][0] ?? 'unknown' : 'unknown';
}

/** What score.ts needs to know about one container, or null when its children do not repeat. */
export function measureCandidate(
  el: Element,
  distance: number,
  layout: Layout,
  composerBox: ReturnType<Layout['box']>,
): CandidateFeatures | null {
  const region = regionOf(el);
  const children = contentChildren(el).slice(-MEASURED_CHILDREN);
  const family = new Set(messageFamily(children));
  if (family.size < (region === 'log' ? 1 : 2)) return null;
  const box = composerBox ? layout.box(el) : null;
  // On a laid-out page a container without a box is hidden (another conversation's pane, say).
  if (composerBox && !box) return null;
  let rows = 0;
  let rowText = 0;
  let otherText = 0;
  const named = new Set<Side>();
  let unnamed = 0;
  for (const child of children) {
    const length = boundedText(child, ROW_TEXT).length;
    if (!family.has(child)) otherText += length;
    else if (length > 0) {
      rows++;
      rowText += length;
      const side = rowSide(child);
      if (side === 'unknown') unnamed++;
      else named.add(side);
    }
  }
  return {
    children: children.length,
    rows,
    textShare: rowText + otherText === 0 ? 0 : rowText / (rowText + otherText),
    rowText,
    distance,
    scrolls: scrollsNear(el, layout),
    sided: named.size === 2 ? 1 : named.size === 1 && unnamed > 0 ? 0.5 : 0,
    region,
    placement: composerBox && box ? placement(box, composerBox) : null,
  };
}

/**
 * The chat log of the conversation `composer` belongs to: the best-scoring container among those near it whose
 * children repeat, or null when none is convincing. Walks at most LIMITS.visits elements, nearest first.
 */
export function findLog(composer: Element, layout: Layout): FoundLog | null {
  const composerBox = layout.box(composer);
  const scored: { item: Element; score: number }[] = [];
  let visits = 0;
  let measured = 0;
  let below: Element = composer;
  let up = 0;
  for (let ancestor = parentAcrossFrames(composer); ancestor && up < LIMITS.ancestors; ancestor = parentAcrossFrames(ancestor)) {
    up++;
    // Breadth first below the ancestor's other children, so that the nearest containers are measured first.
    // A frame element reached from inside holds nothing but the document the walk came from.
    let level: Element[] = isFrame(ancestor) ? [] : childrenAcrossFrames(ancestor).filter((c) => c !== below);
    for (let depth = 1; depth <= LIMITS.depth && level.length > 0; depth++) {
      const next: Element[] = [];
      for (const el of level) {
        if (++visits > LIMITS.visits) break;
        if (el.childElementCount > 0 && measured < MEASURED_CANDIDATES) {
          const features = measureCandidate(el, up + depth, layout, composerBox);
          if (features) {
            measured++;
            scored.push({ item: el, score: scoreCandidate(features) });
          }
        }
        if (next.length < LIMITS.visits) next.push(...childrenAcrossFrames(el));
      }
      level = next;
    }
    below = ancestor;
    if (visits > LIMITS.visits) break;
  }
  const best = pickBest(scored);
  return best ? { log: best.item, score: best.score, confidence: best.confidence } : null;
}
