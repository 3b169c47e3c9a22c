import { useEffect, useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

/** Rows rendered above and below the visible ones (smooth scrolling, and ↑/↓ never lands on a missing row). */
const OVERSCAN = 8;

export interface RowWindow {
  start: number;
  end: number;
  /** Space standing in for the rows not rendered above and below. */
  padTop: number;
  padBottom: number;
}

/**
 * The rows of a list scroller that are in view (plus a margin), for `count` rows of `rowPx` each (every row has the
 * same height, CSS `.option`, so a list of thousands renders only the rows in view); keeps row `active` in view when
 * it changes (keyboard), and follows the agent's scrolling and the scroller's size.
 */
export function useRowWindow(scroller: MutableRef<HTMLElement | null>, count: number, active: number, rowPx: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: rowPx * 12 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = () => setView({ top: el.scrollTop, height: el.clientHeight || rowPx * 12 });
    read();
    el.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [scroller.current]);

  // The chosen row in view: scroll by the least that shows it.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || active < 0 || active >= count) return;
    const rowTop = active * rowPx;
    if (rowTop < el.scrollTop) el.scrollTop = rowTop;
    else if (rowTop + rowPx > el.scrollTop + el.clientHeight) el.scrollTop = rowTop + rowPx - el.clientHeight;
  }, [active, count, rowPx]);

  // A new list starts at its top.
  useLayoutEffect(() => {
    if (scroller.current && active === 0) scroller.current.scrollTop = 0;
  }, [count]);

  const first = Math.floor(view.top / rowPx);
  const start = Math.max(0, Math.min(first, active) - OVERSCAN);
  const end = Math.min(count, Math.max(Math.ceil((view.top + view.height) / rowPx), active + 1) + OVERSCAN);
  return { start, end, padTop: start * rowPx, padBottom: Math.max(0, count - end) * rowPx };
}
