// The tone engine and the built-in tone data stay apart: the engine (utils/tone/) checks with whatever rules, model
// and tables its caller passes and never reaches the data in phrases/, not even through another module; phrases/
// holds data, and takes only types from the engine. utils/tone-builtin.ts is where the two meet.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static imports and re-exports (with whether they are type-only), dynamic imports and side-effect imports. */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: m[3] as string, typeOnly: m[2] !== undefined });
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1] as string, typeOnly: false });
  return found;
}

/** The repository file a relative specifier names, or null for a package (or a file that is not there). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
}

const rel = (file: string): string => relative(root, file).split('\\').join('/');

/** Every repository file `file` reaches through its imports, with the chain that reaches it. */
function reachable(file: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [rel(file)]]]);
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const chain = chains.get(next) as string[];
    for (const { specifier } of importsOf(readFileSync(next, 'utf8'))) {
      const target = resolveImport(next, specifier);
      if (target === null || chains.has(target)) continue;
      chains.set(target, [...chain, rel(target)]);
      // Into the data is as far as a chain needs to go.
      if (!rel(target).startsWith('phrases/')) queue.push(target);
    }
  }
  return chains;
}

describe('the import scanner', () => {
  it('sees static, type-only, re-exported, side-effect and dynamic imports', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './d';",
      "const e = await import('./e');",
      "import {\n  f,\n  g,\n} from './f';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '../b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: './d', typeOnly: false },
      { specifier: './f', typeOnly: false },
      { specifier: './e', typeOnly: false },
    ]);
  });
});

describe('utils/tone/ (the engine)', () => {
  const files = filesUnder('utils/tone');

  it('has modules to check', () => {
    expect(files.map(rel)).toContain('utils/tone/engine.ts');
  });

  it.each(files.map((f) => [rel(f), f] as const))('%s reaches nothing in phrases/, directly or through other modules', (_name, file) => {
    const intoData = [...reachable(file).entries()].filter(([target]) => rel(target).startsWith('phrases/'));
    expect(intoData.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });
});

describe('phrases/ (the data)', () => {
  const files = filesUnder('phrases');

  it.each(files.map((f) => [rel(f), f] as const))('%s takes only types from outside phrases/, and only from utils/tone/', (_name, file) => {
    const outside = importsOf(readFileSync(file, 'utf8'))
      .map((i) => ({ ...i, target: resolveImport(file, i.specifier) }))
      .filter((i) => i.target === null || !rel(i.target).startsWith('phrases/'));
    for (const i of outside) {
      expect(i.typeOnly, `${i.specifier} must be an import type`).toBe(true);
      expect(i.target === null ? i.specifier : rel(i.target), i.specifier).toMatch(/^utils\/tone\//);
    }
  });
});
