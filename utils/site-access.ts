import { DEFAULT_MATCHES, matchesPattern, originPattern } from './sites';

/** Where the assistant is active: the default consoles plus the sites the agent enabled. */
export function isActiveOn(url: string, userPatterns: readonly string[]): boolean {
  return [...DEFAULT_MATCHES, ...userPatterns].some((p) => matchesPattern(p, url));
}

export type SiteStatus =
  | { kind: 'unsupported' }
  | { kind: 'default'; pattern: string }
  | { kind: 'enabled'; pattern: string }
  | { kind: 'available'; pattern: string };

/** What the toolbar popup offers for a tab's URL. */
export function siteStatus(url: string | undefined, userPatterns: readonly string[]): SiteStatus {
  const pattern = url ? originPattern(url) : null;
  if (!url || !pattern) return { kind: 'unsupported' };
  const builtin = DEFAULT_MATCHES.find((p) => matchesPattern(p, url));
  if (builtin) return { kind: 'default', pattern: builtin };
  const own = userPatterns.find((p) => matchesPattern(p, url));
  if (own) return { kind: 'enabled', pattern: own };
  return { kind: 'available', pattern };
}
