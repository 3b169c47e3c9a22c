// The tone engine and the built-in tone data stay apart: the engine (utils/tone/) checks with whatever rules, model
// and tables its caller passes and never reaches the data in phrases/, not even through another module; phrases/
// holds data, and takes only types from the engine. utils/tone-builtin.ts is where the two meet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, reachable, rel, resolveImport } from './imports';

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
    const intoData = [...reachable(file, (p) => p.startsWith('phrases/')).entries()].filter(([target]) => rel(target).startsWith('phrases/'));
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
