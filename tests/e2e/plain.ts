// The Playwright fixture for tests of the fixture pages themselves, without the extension: one browser per worker,
// launched like every other e2e browser, on the config's fixture server (baseURL); each test gets a fresh page in it,
// and fails when the page throws.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './extension';

export { expect };

export const test = base.extend<{ page: Page }, { plain: BrowserContext }>({
  plain: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const dir = mkdtempSync(join(tmpdir(), 'huashu-fixtures-'));
      const context = await launchWithExtension(dir, { extension: false, baseURL: workerInfo.project.use.baseURL });
      await use(context);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  page: async ({ plain }, use) => {
    const page = await plain.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await page.close();
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});
