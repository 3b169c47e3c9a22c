// The tone check's overlay as the agent sees it: underlines drawn in a closed shadow root (read here through the
// DevTools protocol, which pierces it as a screen reader's tree does) and the popover that opens on one.
import type { CDPSession, Page } from '@playwright/test';
import { checkTone } from '../../../utils/tone-builtin';
import { axBox, clickByRole, expect } from '../extension';

export interface MarkBox {
  start: number;
  end: number;
  severity: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * The underline boxes the extension draws. They live in a closed shadow root (the page cannot see
 * them); the DevTools protocol can pierce it, as a screen reader's tree can.
 */
export async function markBoxes(page: Page): Promise<MarkBox[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: { node: DomNode; attrs: Record<string, string> }[] = [];
    const walk = (n: DomNode) => {
      const attrs: Record<string, string> = {};
      for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) attrs[n.attributes?.[i] ?? ''] = n.attributes?.[i + 1] ?? '';
      if (n.nodeName === 'DIV' && /\bmark\b/.test(attrs.class ?? '') && attrs['data-start'] !== undefined) found.push({ node: n, attrs });
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    const boxes: MarkBox[] = [];
    for (const { node, attrs } of found) {
      // A mark can be redrawn between the two calls: skip it, callers poll.
      const box = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => null);
      if (!box) continue;
      const { model } = box;
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      boxes.push({
        start: Number(attrs['data-start']),
        end: Number(attrs['data-end']),
        severity: (attrs.class ?? '').replace('mark', '').trim(),
        x: x1,
        y: y1,
        width: x3 - x1,
        height: y3 - y1,
      });
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

/** Spans (start-end) the built-in rules flag in a draft, as the overlay should underline them (leaving out
 *  switched-off categories). */
export function flaggedSpans(draft: string, disabledCategories: readonly string[] = []): string[] {
  const spans = checkTone(draft)
    .filter((f) => f.end > f.start && !disabledCategories.includes(f.category))
    .map((f) => `${f.start}-${f.end}`);
  return [...new Set(spans)].sort();
}

/** Spans (start-end) the overlay underlines. */
export async function markedSpans(page: Page): Promise<string[]> {
  return [...new Set((await markBoxes(page)).map((m) => `${m.start}-${m.end}`))].sort();
}

/**
 * Points at an underline the way a pointer arrives (a few moves across it) until its popover offers `button`, then
 * clicks it. The mark is found again on each try: the overlay may redraw it while the page settles.
 */
export async function clickInPopover(page: Page, pick: (mark: MarkBox) => boolean, button: string): Promise<void> {
  await expect
    .poll(async () => {
      const mark = (await markBoxes(page)).find(pick);
      if (!mark) return false;
      await page.mouse.move(mark.x + mark.width / 4, mark.y + mark.height / 2);
      await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2, { steps: 3 });
      return (await axBox(page, 'button', button)) !== null;
    })
    .toBe(true);
  await clickByRole(page, 'button', button);
}
