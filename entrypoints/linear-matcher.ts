// The linear-time matcher for team-pack tone rules (utils/tone/linear.ts: RE2 and a regex parser, ~50 KB gzipped).
// Not part of the content script: the background runs this file in the content script's own isolated world of one
// frame (tone:linear) when the team packs in use bring rules; the page's scripts cannot see what it leaves there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LINEAR_MATCHER_KEY } from '../utils/tone/scanner';
import { linearScanner } from '../utils/tone/linear';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, unknown>)[LINEAR_MATCHER_KEY] = linearScanner;
});
