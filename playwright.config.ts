import { defineConfig } from '@playwright/test';

export const FIXTURE_PORT = 5180;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
  projects: [
    { name: 'e2e', testIgnore: /perf\.spec\.ts$/ },
    // Latency figures are taken after the rest, one test at a time, with the machine to themselves.
    { name: 'perf', testMatch: /perf\.spec\.ts$/, dependencies: ['e2e'], fullyParallel: false },
  ],
  webServer: {
    command: `node scripts/serve-fixtures.mjs ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/index.html`,
    reuseExistingServer: true,
    timeout: 30_000,
  },
});
