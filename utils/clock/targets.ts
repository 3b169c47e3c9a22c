// The reply clock's target for a site: the agent's own figure for that origin, else for its platform, else the
// platform's default (phrases/clock/targets.ts, passed in). Pure.

export interface ReplyTarget {
  readonly id: string;
  /** Host names; `*.example.com` also matches example.com's subdomains. Empty: the fallback entry. */
  readonly hosts: readonly string[];
  readonly seconds: number;
  readonly note: string;
}

/** The clock turns amber from this share of the target on. */
export const NEAR_SHARE = 0.7;

function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host.endsWith(`.${base}`);
}

/** The host of an origin, lower case ('' when it is not one). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The platform entry a site belongs to: the first whose hosts match, else the fallback (empty hosts). */
export function platformOf(origin: string, targets: readonly ReplyTarget[]): ReplyTarget | null {
  const host = hostOf(origin);
  return targets.find((t) => t.hosts.some((p) => hostMatches(host, p))) ?? targets.find((t) => t.hosts.length === 0) ?? null;
}

/** The target for a site in seconds: `overrides` keyed by origin first, then by platform id, then the data's. */
export function targetSeconds(origin: string, targets: readonly ReplyTarget[], overrides: Readonly<Record<string, number>>): number {
  const platform = platformOf(origin, targets);
  return overrides[origin] ?? (platform ? overrides[platform.id] : undefined) ?? platform?.seconds ?? 180;
}

export type ClockPhase = 'ok' | 'near' | 'over';

/** Where a wait stands against its target. */
export function phaseOf(waitedMs: number, targetMs: number): ClockPhase {
  if (waitedMs >= targetMs) return 'over';
  return waitedMs >= targetMs * NEAR_SHARE ? 'near' : 'ok';
}

/** A wait as mm:ss (minutes grow past 99 as they must). */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
