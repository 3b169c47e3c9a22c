import { describe, expect, it } from 'vitest';
import { userSitesRegistrar, type UserSitesApi } from '../../../utils/user-sites-script';

/** browser.permissions and browser.scripting, granting `granted` and recording what was (un)registered. */
function fakeApi(granted: string[]) {
  const calls: unknown[] = [];
  const api: UserSitesApi = {
    permissions: { contains: async ({ origins }) => (origins[0] === 'https://broken.example/*' ? Promise.reject(new Error('x')) : granted.includes(origins[0] ?? '')) },
    scripting: {
      unregisterContentScripts: async (filter) => void calls.push(['unregister', filter]),
      registerContentScripts: async (scripts) => void calls.push(['register', scripts]),
    },
  };
  return { api, calls };
}

describe('content script on the agent’s own sites', () => {
  it('registers the patterns the browser still grants, replacing the previous registration', async () => {
    const { api, calls } = fakeApi(['https://a.example/*']);
    await userSitesRegistrar(api, '/content.js')(['https://a.example/*', 'https://revoked.example/*', 'https://broken.example/*']);
    expect(calls).toEqual([
      ['unregister', { ids: ['huashu-user-sites'] }],
      ['register', [{ id: 'huashu-user-sites', matches: ['https://a.example/*'], js: ['/content.js'], runAt: 'document_idle', persistAcrossSessions: true }]],
    ]);
  });

  it('only unregisters when no pattern is granted', async () => {
    const { api, calls } = fakeApi([]);
    await userSitesRegistrar(api, '/content.js')(['https://revoked.example/*']);
    expect(calls).toEqual([['unregister', { ids: ['huashu-user-sites'] }]]);
  });
});
