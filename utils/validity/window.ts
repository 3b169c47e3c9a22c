/**
 * Validity windows of campaign phrases (`validFrom` / `validUntil`, both days included) and review dates of
 * policy phrases. A phrase is active when today is inside its own window and inside the window of its group and
 * of every group above it. Pure: `today` is always passed in (see utils/db/library-day.ts for where it comes from).
 */
import { isIsoDate, type IsoDate } from './dates';

export interface ValidityWindow {
  validFrom?: IsoDate;
  validUntil?: IsoDate;
}

/** `scheduled`: not active yet; `expired`: its last day has passed. */
export type WindowState = 'active' | 'scheduled' | 'expired';

export type WindowProblem = 'validFrom.invalid' | 'validUntil.invalid' | 'window.endsBeforeStart';

/** What is wrong with a window as written (a day that does not exist, an end before the start); null when nothing. */
export function windowProblem(window: ValidityWindow): WindowProblem | null {
  const { validFrom, validUntil } = window;
  if (validFrom !== undefined && !isIsoDate(validFrom)) return 'validFrom.invalid';
  if (validUntil !== undefined && !isIsoDate(validUntil)) return 'validUntil.invalid';
  if (validFrom !== undefined && validUntil !== undefined && validUntil < validFrom) return 'window.endsBeforeStart';
  return null;
}

export function windowState(window: ValidityWindow, today: IsoDate): WindowState {
  if (window.validUntil !== undefined && today > window.validUntil) return 'expired';
  if (window.validFrom !== undefined && today < window.validFrom) return 'scheduled';
  return 'active';
}

/** Whether a window is set at all. */
export const hasWindow = (w: ValidityWindow): boolean => w.validFrom !== undefined || w.validUntil !== undefined;

/** The days inside both windows (the later start, the earlier end). */
export function narrow(a: ValidityWindow, b: ValidityWindow): ValidityWindow {
  const out: ValidityWindow = {};
  const from = a.validFrom === undefined ? b.validFrom : b.validFrom === undefined || a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const until = a.validUntil === undefined ? b.validUntil : b.validUntil === undefined || a.validUntil < b.validUntil ? a.validUntil : b.validUntil;
  if (from !== undefined) out.validFrom = from;
  if (until !== undefined) out.validUntil = until;
  return out;
}

export interface WindowedGroup extends ValidityWindow {
  id: string;
  parentId?: string;
}

/** Each group's window narrowed by the windows of the groups above it (only groups with a window somewhere above). */
export function groupWindows(groups: readonly WindowedGroup[]): Map<string, ValidityWindow> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const out = new Map<string, ValidityWindow>();
  const resolve = (g: WindowedGroup, seen: Set<string>): ValidityWindow => {
    const known = out.get(g.id);
    if (known) return known;
    const parent = g.parentId === undefined ? undefined : byId.get(g.parentId);
    const above = parent === undefined || seen.has(parent.id) ? {} : resolve(parent, seen.add(g.id));
    const own: ValidityWindow = narrow({ ...(g.validFrom ? { validFrom: g.validFrom } : {}), ...(g.validUntil ? { validUntil: g.validUntil } : {}) }, above);
    out.set(g.id, own);
    return own;
  };
  for (const g of groups) resolve(g, new Set());
  for (const [id, w] of out) if (!hasWindow(w)) out.delete(id);
  return out;
}

export interface WindowedPhrase extends ValidityWindow {
  group: string;
}

/** A phrase's own window narrowed by its groups' (see groupWindows). */
export function effectiveWindow(phrase: WindowedPhrase, windows: ReadonlyMap<string, ValidityWindow>): ValidityWindow {
  const own: ValidityWindow = {};
  if (phrase.validFrom !== undefined) own.validFrom = phrase.validFrom;
  if (phrase.validUntil !== undefined) own.validUntil = phrase.validUntil;
  const group = windows.get(phrase.group);
  return group === undefined ? own : narrow(own, group);
}

/**
 * The part of a library in use today: phrases outside their window, and groups outside theirs, are left out.
 * Everything else (packs, other fields) is passed through as it is; a library without windows comes back unchanged.
 */
export function activeLibrary<P extends WindowedPhrase, G extends WindowedGroup, L extends { phrases: P[]; groups: G[] }>(library: L, today: IsoDate): L {
  const windows = groupWindows(library.groups);
  const active = (w: ValidityWindow) => windowState(w, today) === 'active';
  const phrases = library.phrases.filter((p) => (p.validFrom === undefined && p.validUntil === undefined && !windows.has(p.group)) || active(effectiveWindow(p, windows)));
  const groups = windows.size === 0 ? library.groups : library.groups.filter((g) => !windows.has(g.id) || active(windows.get(g.id) ?? {}));
  if (phrases.length === library.phrases.length && groups.length === library.groups.length) return library;
  return { ...library, phrases, groups };
}

export interface Reviewed {
  reviewDate?: IsoDate;
}

/** A policy phrase is listed under "needs review" from its review date on. */
export const reviewDue = (phrase: Reviewed, today: IsoDate): boolean => phrase.reviewDate !== undefined && today >= phrase.reviewDate;
