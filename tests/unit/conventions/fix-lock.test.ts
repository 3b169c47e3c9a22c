// scripts/fix-lock.mjs --check (run by .ci/run before npm ci): the committed lock passes; a lock
// missing a platform entry, or out of step with package.json, fails with a message saying what to run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts/fix-lock.mjs');
const dir = mkdtempSync(join(tmpdir(), 'huashu-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Lock {
  packages: Record<string, { version?: string; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
}
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
const realLock = (): Lock => JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;
/** A project directory holding our package.json and `lock`. */
function project(name: string, lock: Lock): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  copyFileSync(join(root, 'package.json'), join(d, 'package.json'));
  writeFileSync(join(d, 'package-lock.json'), JSON.stringify(lock, null, 2));
  return join(d, 'package-lock.json');
}
/** A platform package some locked package lists as optional, with its own entry. */
function platformOptional(lock: Lock): string {
  for (const meta of Object.values(lock.packages)) {
    for (const name of Object.keys(meta.optionalDependencies ?? {})) {
      if (/-(darwin|win32)-/.test(name) && lock.packages[`node_modules/${name}`]) return name;
    }
  }
  throw new Error('the lock lists no darwin/win32 optional package');
}

describe('fix-lock --check', () => {
  it('passes the committed package-lock.json', () => {
    const r = run('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails, naming the package and the fix, when a platform entry is missing; fix mode restores it', () => {
    const lock = realLock();
    const name = platformOptional(lock);
    delete lock.packages[`node_modules/${name}`];
    const file = project('missing', lock);
    const r = run('--check', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toContain('node scripts/fix-lock.mjs');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(lock);
    expect(run(file).status).toBe(0);
    expect(run('--check', file).status).toBe(0);
  });

  it('fails when package.json and the lock disagree on a dependency', () => {
    const lock = realLock();
    const rootDeps = lock.packages['']?.devDependencies ?? {};
    rootDeps.vite = '^1.0.0';
    const r = run('--check', project('stale', lock));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/devDependencies\.vite .* in package\.json but \^1\.0\.0 in the lock: run `npm install`/);
  });
});
