import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Chromium for the e2e suite: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH.');
  }
  return found;
}

/** The built extension under test (HUASHU_EXT_DIR overrides, e.g. to test a copied build). */
export const EXTENSION_DIR = resolve(process.env.HUASHU_EXT_DIR ?? '.output/chrome-mv3');

/**
 * Playwright's default --disable-features list includes ThirdPartyStoragePartitioning, which breaks
 * IndexedDB in an extension iframe embedded in a page; Chromium keeps the last --disable-features,
 * so pass our own list without it.
 */
export function extensionArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,MediaRouter,PaintHolding,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,LensOverlay',
  ];
}
