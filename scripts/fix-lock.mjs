// The npm registry mirror this project is built against holds only the Linux builds of some
// platform-specific packages (rollup's @rollup/rollup-<os>-<cpu>, fsevents). `npm install` then
// leaves those optional dependencies out of package-lock.json, and `npm ci` refuses the lock as
// "out of sync". This adds the missing entries as optional packages for their own os/cpu, which
// npm skips on other platforms without downloading anything. Run after changing dependencies:
//   node scripts/fix-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = /-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)/;
let added = 0;
for (const meta of Object.values(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (packages[`node_modules/${name}`]) continue;
    const entry = { version, optional: true };
    const m = OS.exec(name);
    if (m) {
      entry.os = [m[1]];
      entry.cpu = [m[2]];
    } else if (name === 'fsevents') {
      entry.os = ['darwin'];
    } else {
      continue;
    }
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lock: added ${added} platform-specific optional entries`);
