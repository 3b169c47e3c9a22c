// Whether the agent can see an extension frame as it is drawn, from inside the frame. The content script's own check
// (utils/page/guarded-host.ts isExposed) asks the page's hit test, which an overlay with `pointer-events: none`
// passes through: the agent's clicks reach the sidebar under a bait they see instead. IntersectionObserver v2
// (`trackVisibility`) is computed by the browser from what it paints: isVisible is false when anything is drawn over
// the element, or when it or an ancestor (across frames) is transparent, filtered or transformed.

/** The API's minimum time between reports; a fresh observer reports at once. */
const DELAY_MS = 100;
/** A decision that got no report in this time counts as "not shown". */
const REPORT_TIMEOUT_MS = 600;

type Entry = IntersectionObserverEntry & { isVisible?: boolean };

/** True when this browser computes occlusion (Chromium); elsewhere the content script's hit test is the only check. */
export function canTrackVisibility(win: Window & typeof globalThis): boolean {
  return typeof win.IntersectionObserverEntry === 'function' && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

/**
 * Whether `target` is shown unobscured right now. A new observer each time: a standing one reports changes only
 * after its delay, and a page can put an overlay up just before the agent's click.
 */
export function isShownNow(target: Element, win: Window & typeof globalThis = window): Promise<boolean> {
  if (!canTrackVisibility(win)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new win.IntersectionObserver(
      (entries: IntersectionObserverEntry[]) => {
        const entry = entries[entries.length - 1] as Entry | undefined;
        if (!entry) return;
        observer.disconnect();
        resolve(entry.isVisible === true);
      },
      // The options v2 adds; the DOM typings do not know them yet.
      { threshold: [0, 1], trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
    );
    observer.observe(target);
    win.setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, REPORT_TIMEOUT_MS);
  });
}
