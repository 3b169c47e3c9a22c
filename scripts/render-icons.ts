/**
 * Renders assets/icon.svg to public/icon/<size>.png (WXT adds every public/icon/<size>.png to the manifest's icons).
 * Run after changing the SVG: `npx tsx scripts/render-icons.ts`; commit the SVG and the PNGs together.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, NO_CHROMIUM } from '../tests/e2e/browser';
import { ICON_SIZES } from '../utils/icons';

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
  const outDir = resolve('public/icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      // The SVG scaled by the browser to exactly size × size CSS pixels (device scale 1 = one CSS pixel per PNG pixel).
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><body style="margin:0;background:transparent"><div id="icon" style="width:${size}px;height:${size}px;line-height:0">${sized}</div></body>`);
      await page.locator('#icon').screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
