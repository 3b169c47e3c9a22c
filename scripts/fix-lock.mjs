// The npm registry mirror this project is built against holds only the Linux builds of some
// platform-specific packages (rollup's @rollup/rollup-<os>-<cpu>, fsevents). `npm install` then
// leaves those optional dependencies out of package-lock.json, and `npm ci` refuses the lock as
// "out of sync". This adds the missing entries as optional packages for their own os/cpu, which
// npm skips on other platforms without downloading anything. Run after changing dependencies:
//   node scripts/fix-lock.mjs [package-lock.json]
// `--check` changes nothing: it exits 1, naming what is missing, when the lock lacks those entries
// or no longer matches package.json (what `npm ci` on a fresh machine would refuse). .ci/run runs it
// before `npm ci`:
//   node scripts/fix-lock.mjs --check [package-lock.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OS = /-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)/;
const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** Optional dependencies some locked package declares that have no entry of their own. */
function missingOptionals(lock) {
  const packages = lock.packages ?? {};
  const missing = [];
  const seen = new Set();
  for (const [path, meta] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      if (packages[`node_modules/${name}`] || seen.has(name)) continue;
      seen.add(name);
      const entry = { version, optional: true };
      const m = OS.exec(name);
      if (m) {
        entry.os = [m[1]];
        entry.cpu = [m[2]];
      } else if (name === 'fsevents') {
        entry.os = ['darwin'];
      } else {
        missing.push({ name, version, requiredBy: path || '(root)', entry: null });
        continue;
      }
      missing.push({ name, version, requiredBy: path || '(root)', entry });
    }
  }
  return missing;
}

/** Direct dependencies whose range in package.json differs from the lock's root entry. */
function rootMismatches(lock, manifest) {
  const root = lock.packages?.[''] ?? {};
  const out = [];
  for (const field of DEP_FIELDS) {
    const want = manifest[field] ?? {};
    const have = root[field] ?? {};
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
      if (want[name] !== have[name]) out.push({ field, name, manifest: want[name], lock: have[name] });
    }
  }
  return out;
}

function check(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const problems = [];
  if (!lock.packages) problems.push(`${file} has no "packages" map (lockfileVersion ${lock.lockfileVersion ?? '?'}): regenerate it with npm 7 or later`);
  const missing = missingOptionals(lock);
  for (const m of missing) {
    const fix = m.entry ? 'run `node scripts/fix-lock.mjs`' : 'run `npm install` where the registry has it';
    problems.push(`no entry for optional dependency ${m.name}@${m.version} (required by ${m.requiredBy}): ${fix}`);
  }
  let manifest = null;
  try {
    manifest = JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8'));
  } catch {
    // A lock checked on its own (no package.json beside it): only its own consistency.
  }
  if (manifest) {
    for (const d of rootMismatches(lock, manifest)) {
      problems.push(`${d.field}.${d.name} is ${d.manifest ?? 'absent'} in package.json but ${d.lock ?? 'absent'} in the lock: run \`npm install\`, then \`node scripts/fix-lock.mjs\``);
    }
  }
  if (problems.length === 0) {
    console.log(`fix-lock --check: ${file} has every entry npm ci needs`);
    return 0;
  }
  console.error(`fix-lock --check: ${file} would be refused by \`npm ci\` on a fresh machine (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  - ${p}`);
  return 1;
}

function fix(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const packages = lock.packages;
  let added = 0;
  for (const m of missingOptionals(lock)) {
    if (!m.entry) continue;
    packages[`node_modules/${m.name}`] = m.entry;
    added++;
  }
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`fix-lock: added ${added} platform-specific optional entries`);
  return 0;
}

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const file = args.find((a) => !a.startsWith('--')) ?? 'package-lock.json';
process.exitCode = checkOnly ? check(file) : fix(file);
