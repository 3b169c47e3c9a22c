import { describe, expect, it } from 'vitest';
import { BADGE_ROOM, clampBottom, clearBottom, LAUNCHER_HEIGHT, LAUNCHER_WIDTH } from '../../../utils/page/launcher';

const view = { width: 1280, height: 800 };
/** The launcher's box for a distance from the bottom. */
const launcherAt = (bottom: number) => ({ left: view.width - LAUNCHER_WIDTH, top: view.height - bottom - LAUNCHER_HEIGHT, width: LAUNCHER_WIDTH, height: LAUNCHER_HEIGHT });
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('where the launcher goes', () => {
  it('stays where the agent put it when nothing is there', () => {
    expect(clearBottom(120, view, [])).toBe(120);
    // A composer that ends before the right edge is no obstacle.
    expect(clearBottom(120, view, [{ left: 200, top: 640, width: 700, height: 120 }])).toBe(120);
  });

  it('moves above a full-width composer and the tone badge room above it', () => {
    const composer = { left: 0, top: 640, width: 1280, height: 120 };
    const bottom = clearBottom(120, view, [composer]);
    const badgeZone = { ...composer, top: composer.top - BADGE_ROOM, height: composer.height + BADGE_ROOM };
    expect(overlaps(launcherAt(bottom), badgeZone)).toBe(false);
    // Right above it, not somewhere far.
    expect(launcherAt(bottom).top + LAUNCHER_HEIGHT).toBeGreaterThan(badgeZone.top - 20);
  });

  it('goes below an input that leaves no room above it (a composer at the top of a short window)', () => {
    const input = { left: 0, top: 10, width: 1280, height: 300 };
    const bottom = clearBottom(700, view, [input]);
    expect(overlaps(launcherAt(bottom), { ...input, top: input.top - BADGE_ROOM, height: input.height + BADGE_ROOM })).toBe(false);
  });

  it('is always inside the window', () => {
    expect(clampBottom(-50, 800)).toBeGreaterThanOrEqual(0);
    expect(clampBottom(5000, 800)).toBeLessThanOrEqual(800 - LAUNCHER_HEIGHT);
  });
});
