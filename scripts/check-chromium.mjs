// Fails early, with instructions, when the e2e suite has no Chromium to drive.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (!candidates.some((p) => existsSync(p))) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install it:  sudo apt-get install -y chromium   (Debian/Ubuntu; gives /usr/bin/chromium)',
      'or point CHROME_PATH at a Chromium/Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
      '(Browser downloads such as `npx playwright install` are not used by this project.)',
    ].join('\n'),
  );
  process.exit(1);
}
