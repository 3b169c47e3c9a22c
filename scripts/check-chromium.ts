// Fails early, with instructions, when the e2e suite has no Chromium to drive.
import { findChromium, NO_CHROMIUM } from '../tests/e2e/browser';

const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
console.log(`e2e: Chromium at ${found}`);
