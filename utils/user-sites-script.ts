/**
 * The content script on the sites the agent enabled beyond the defaults: registered at run time, for the patterns the
 * browser still grants (the agent may have withdrawn a site's permission in the browser's own settings since).
 */

const USER_SITES_SCRIPT = 'huashu-user-sites';

/** The parts of `browser.permissions` and `browser.scripting` used here. */
export interface UserSitesApi {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    registerContentScripts(
      scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[],
    ): Promise<unknown>;
  };
}

async function filterGranted(api: UserSitesApi, patterns: string[]): Promise<string[]> {
  const checks = await Promise.all(patterns.map((p) => api.permissions.contains({ origins: [p] }).catch(() => false)));
  return patterns.filter((_, i) => checks[i]);
}

/** Replaces the registration with one for `patterns` (those still granted); none when no pattern is. `file`: the content script. */
export function userSitesRegistrar(api: UserSitesApi, file: string): (patterns: string[]) => Promise<void> {
  return async (patterns) => {
    const granted = await filterGranted(api, patterns);
    await api.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] }).catch(() => undefined);
    if (granted.length === 0) return;
    await api.scripting.registerContentScripts([
      { id: USER_SITES_SCRIPT, matches: granted, js: [file], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  };
}
