// The rooms of docs/architecture.md and what each may import, kept true where an import graph can tell.
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, reachable, rel } from './imports';
import { readFileSync } from 'node:fs';

/** Files of `dir` whose code (not counting `import type`) reaches a file matching `forbidden` or imports a package
 *  matching `packages`, with the chain. */
function reaches(dir: string, forbidden: (relPath: string) => boolean, packages: RegExp | null = null): string[] {
  return filesUnder(dir).flatMap((file) => {
    const graph = reachable(file, forbidden, true);
    const chains = [...graph.entries()].filter(([target]) => forbidden(rel(target))).map(([, chain]) => chain.join(' → '));
    const direct = packages
      ? [...graph.entries()].flatMap(([f, chain]) =>
          importsOf(readFileSync(f, 'utf8'))
            .filter((i) => !i.typeOnly && packages.test(i.specifier))
            .map((i) => `${chain.join(' → ')} → ${i.specifier}`),
        )
      : [];
    return [...chains, ...direct];
  });
}

describe('what each room may import (docs/architecture.md)', () => {
  it('nothing in utils/ imports the UI (components/) or the wiring (entrypoints/)', () => {
    expect(reaches('utils', (p) => p.startsWith('components/') || p.startsWith('entrypoints/'))).toEqual([]);
  });

  it('the content script side (utils/page/, utils/editors/) never reaches the library: no utils/db/, no Dexie', () => {
    const intoDb = (p: string) => p.startsWith('utils/db/');
    expect([...reaches('utils/page', intoDb, /^dexie/), ...reaches('utils/editors', intoDb, /^dexie/)]).toEqual([]);
  });

  it('the search engine (utils/search/) does not reach the database or the page', () => {
    expect(reaches('utils/search', (p) => p.startsWith('utils/db/') || p.startsWith('utils/page/'), /^dexie/)).toEqual([]);
  });

  it('has rooms to check (the scan finds their files)', () => {
    for (const dir of ['utils/page', 'utils/editors', 'utils/search']) expect(filesUnder(dir).length).toBeGreaterThan(3);
  });
});
