import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where a Chromium may be: CHROME_PATH, Playwright's own download, Debian's package. */
export function chromiumCandidates(): string[] {
  const candidates = [process.env.CHROME_PATH];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed (downloads are not used here).
  }
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  return candidates.filter((p): p is string => Boolean(p));
}

export const NO_CHROMIUM = [
  'No Chromium found for the end-to-end tests and the demo.',
  'Install it:  sudo apt-get install -y chromium   (Debian/Ubuntu; gives /usr/bin/chromium)',
  'or point CHROME_PATH at a Chromium/Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
  '(Browser downloads such as `npx playwright install` are not used by this project.)',
].join('\n');

/** The Chromium to drive, or null when there is none. */
export function findChromium(): string | null {
  return chromiumCandidates().find((p) => existsSync(p)) ?? null;
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

/** The built extension under test (HUASHU_EXT_DIR overrides, e.g. to test a copied build). */
export const EXTENSION_DIR = resolve(process.env.HUASHU_EXT_DIR ?? '.output/chrome-mv3');

/**
 * The flags every Chromium of the e2e suite, the demo and the bench runs with, with or without the extension.
 * Playwright's default --disable-features list includes ThirdPartyStoragePartitioning, which breaks
 * IndexedDB in an extension iframe embedded in a page; Chromium keeps the last --disable-features,
 * so pass our own list without it.
 */
export function browserArgs(): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,MediaRouter,PaintHolding,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,LensOverlay',
  ];
}

/** browserArgs plus the built extension loaded (and no other). */
export function extensionArgs(extensionDir = EXTENSION_DIR): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...browserArgs()];
}
