// Whether the agent can see an extension frame as it is drawn, from inside the frame. The content script's own check
// (utils/page/guarded-host.ts isExposed) asks the page's hit test, which an overlay with `pointer-events: none`
// passes through: the agent's clicks reach the sidebar under a bait they see instead. IntersectionObserver v2
// (`trackVisibility`) is computed by the browser from what it paints: isVisible is false when anything is drawn over
// the element, or when it or an ancestor (across frames) is transparent, filtered or transformed.

/** The API's minimum time between reports; a fresh observer reports at once. */
const DELAY_MS = 100;
/** A decision that got no report in this time is "unknown" (counts as not shown). A busy machine (many tabs, a
 *  video call) can hold the first report back for more than half a second. */
const REPORT_TIMEOUT_MS = 2000;

/** What the browser says about the frame as it is painted; `unknown` when it gave no report in time. */
export type Shown = 'shown' | 'hidden' | 'unknown';

type Entry = IntersectionObserverEntry & { isVisible?: boolean };

/** True when this browser computes occlusion (Chromium); elsewhere the content script's hit test is the only check. */
export function canTrackVisibility(win: Window & typeof globalThis): boolean {
  return typeof win.IntersectionObserverEntry === 'function' && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

/**
 * Whether `target` is shown unobscured right now. A new observer each time: a standing one reports changes only
 * after its delay, and a page can put an overlay up just before the agent's click.
 */
export function isShownNow(target: Element, win: Window & typeof globalThis = window): Promise<Shown> {
  if (!canTrackVisibility(win)) return Promise.resolve('shown');
  return new Promise((resolve) => {
    const observer = new win.IntersectionObserver(
      (entries: IntersectionObserverEntry[]) => {
        const entry = entries[entries.length - 1] as Entry | undefined;
        if (!entry) return;
        observer.disconnect();
        resolve(entry.isVisible === true ? 'shown' : 'hidden');
      },
      // The options v2 adds; the DOM typings do not know them yet.
      { threshold: [0, 1], trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    observer.observe(target);
    win.setTimeout(() => {
      observer.disconnect();
      resolve('unknown');
    }, REPORT_TIMEOUT_MS);
  });
}
