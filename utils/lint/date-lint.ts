/**
 * The lint's date checks on a pack as read from its JSON (before the schema, so a broken pack is still linted):
 * a phrase whose validity window (its own, narrowed by its groups') has ended is still in the pack, and a phrase
 * whose text mentions a date that has passed. Pure: `today` is passed in.
 */
import { isIsoDate, type IsoDate } from '../validity/dates';
import { passedDates } from '../validity/mentioned-dates';
import { effectiveWindow, groupWindows, windowState, type ValidityWindow, type WindowedGroup } from '../validity/window';

export interface DateFinding {
  /** Index in `phrases`. */
  index: number;
  kind: 'expired' | 'datePassed';
  /** The path of the value it is about (`phrases[3].validUntil`, `phrases[3]` for a group's window, `phrases[3].text`). */
  path: string;
  /** The window's last day (and the group whose window it is), or the date as the text writes it. */
  detail: string;
  /** For 'datePassed': where the date starts in the text (UTF-16). */
  offset?: number;
}

const day = (value: unknown): IsoDate | undefined => (typeof value === 'string' && isIsoDate(value) ? value : undefined);
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function windowOf(raw: Record<string, unknown>): ValidityWindow {
  const out: ValidityWindow = {};
  const from = day(raw.validFrom);
  const until = day(raw.validUntil);
  if (from !== undefined) out.validFrom = from;
  if (until !== undefined) out.validUntil = until;
  return out;
}

export function dateFindings(pack: { groups?: unknown; phrases?: unknown }, today: IsoDate): DateFinding[] {
  const rawGroups = Array.isArray(pack.groups) ? pack.groups.map(record) : [];
  const groups: WindowedGroup[] = rawGroups.flatMap((g) => (typeof g.id === 'string' ? [{ id: g.id, ...(typeof g.parent === 'string' ? { parentId: g.parent } : {}), ...windowOf(g) }] : []));
  const windows = groupWindows(groups);
  const out: DateFinding[] = [];
  (Array.isArray(pack.phrases) ? pack.phrases.map(record) : []).forEach((raw, index) => {
    const group = typeof raw.group === 'string' ? raw.group : '';
    const own = windowOf(raw);
    const window = effectiveWindow({ group, ...own }, windows);
    if (window.validUntil !== undefined && windowState(window, today) === 'expired') {
      // At the phrase's own last day, else at the phrase, naming the group whose window ended.
      const fromGroup = own.validUntil === window.validUntil ? undefined : ancestorWith(groups, group, window.validUntil);
      const path = fromGroup === undefined ? `phrases[${index}].validUntil` : `phrases[${index}]`;
      out.push({ index, kind: 'expired', path, detail: fromGroup === undefined ? window.validUntil : `${window.validUntil} (${fromGroup})` });
    }
    if (typeof raw.text === 'string') {
      for (const d of passedDates(raw.text, today)) out.push({ index, kind: 'datePassed', path: `phrases[${index}].text`, detail: d.text, offset: d.start });
    }
  });
  return out;
}

/** The group at or above `id` whose own window ends on `until`. */
function ancestorWith(groups: readonly WindowedGroup[], id: string, until: IsoDate): string {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  for (let g = byId.get(id); g !== undefined && !seen.has(g.id); g = g.parentId === undefined ? undefined : byId.get(g.parentId)) {
    seen.add(g.id);
    if (g.validUntil === until) return g.id;
  }
  return id;
}
