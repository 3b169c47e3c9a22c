// Geometry across same-origin frames: in-page UI lives in the top document, editors may sit in frames.
import type { Box } from './text-map';

export interface Offset {
  dx: number;
  dy: number;
}

/** Offset of a window's viewport inside the `top` window's viewport (same-origin frames, borders and padding). */
export function frameOffset(view: Window | null, top: Window): Offset {
  let dx = 0;
  let dy = 0;
  for (let v = view; v && v !== top; ) {
    const frame = v.frameElement as HTMLElement | null;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    const cs = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    dx += r.left + frame.clientLeft + parseFloat(cs?.paddingLeft ?? '0');
    dy += r.top + frame.clientTop + parseFloat(cs?.paddingTop ?? '0');
    v = frame.ownerDocument.defaultView;
  }
  return { dx, dy };
}

/** A box in a frame's viewport, moved into the top window's viewport. */
export function toTop(box: Box, off: Offset): Box {
  return { left: box.left + off.dx, top: box.top + off.dy, width: box.width, height: box.height };
}
