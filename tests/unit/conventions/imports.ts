// Reads the repository's import graph for the convention tests (what may import what: docs/architecture.md).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static imports and re-exports (with whether they are type-only), dynamic imports and side-effect imports. */
export function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: m[3] as string, typeOnly: m[2] !== undefined });
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1] as string, typeOnly: false });
  return found;
}

/** The repository file a relative specifier names, or null for a package (or a file that is not there). */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
}

export const rel = (file: string): string => relative(root, file).split('\\').join('/');

/** Every repository file `file` reaches through its imports (`runtimeOnly`: not through `import type`), with the chain
 *  that reaches it. */
export function reachable(file: string, stopAt: (relPath: string) => boolean = () => false, runtimeOnly = false): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [rel(file)]]]);
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const chain = chains.get(next) as string[];
    for (const { specifier, typeOnly } of importsOf(readFileSync(next, 'utf8'))) {
      // Type-only imports are erased from the build: they do not bring code along.
      if (runtimeOnly && typeOnly) continue;
      const target = resolveImport(next, specifier);
      if (target === null || chains.has(target)) continue;
      chains.set(target, [...chain, rel(target)]);
      // A chain needs to go no further than a place it may not reach.
      if (!stopAt(rel(target))) queue.push(target);
    }
  }
  return chains;
}

