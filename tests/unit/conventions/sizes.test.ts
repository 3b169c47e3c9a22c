// Rooms a newcomer can hold in their head (issue 13): no function over 120 lines, no file over 350 lines.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, rel } from './imports';

const MAX_FUNCTION_LINES = 120;
const MAX_FILE_LINES = 350;

/** Data, not code: the UI dictionaries (one long object literal per language) and the built-in packs, rules and
 *  model under phrases/. They are excluded from both limits. */
const isData = (path: string): boolean => path.startsWith('utils/locales/') || path.startsWith('phrases/');

/**
 * Known exceptions, only for the function limit, each to be removed when its file is split (the last test below fails
 * once a listed file no longer needs its exception): the sidebar's Sidebar component (227 lines), not split yet.
 */
const FUNCTION_EXCEPTIONS = new Set(['components/Sidebar.tsx']);

const files = ['utils', 'components', 'entrypoints'].flatMap(filesUnder).filter((f) => !isData(rel(f)));

/** Every function, arrow function, method, accessor and constructor in a source, with its length in lines (from the
 *  line where the node starts to the line where it ends, both counted). */
export function functionLengths(path: string, source: string): { name: string; lines: number }[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, kind);
  const found: { name: string; lines: number }[] = [];
  const line = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = line(node.getStart(file));
      const lines = line(node.getEnd()) - start + 1;
      const named = 'name' in node && node.name ? node.name.getText(file) : null;
      const holder = ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) ? node.parent.name.getText(file) : null;
      found.push({ name: `${named ?? holder ?? '(anonymous)'} at line ${start + 1}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('sizes (issue 13)', () => {
  it('measures functions the way the limit means (a sanity check of the measure)', () => {
    const body = Array.from({ length: 130 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const long = functionLengths('x.ts', `export function f() {\n${body}\n}\nconst g = () => 1;\nclass C { m() { return 2; } }\n`);
    expect(long.map((f) => f.lines)).toEqual([132, 1, 1]);
    expect(functionLengths('x.tsx', 'export const A = () => <div>{[1].map((n) => <b>{n}</b>)}</div>;\n')).toHaveLength(2);
  });

  it('scans the rooms (utils/, components/, entrypoints/)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => rel(f).startsWith('entrypoints/'))).toBe(true);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const over = files.flatMap((f) => {
      const path = rel(f);
      if (FUNCTION_EXCEPTIONS.has(path)) return [];
      return functionLengths(path, readFileSync(f, 'utf8'))
        .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
        .map((fn) => `${path}: ${fn.name} is ${fn.lines} lines`);
    });
    expect(over).toEqual([]);
  });

  it(`has no file over ${MAX_FILE_LINES} lines (data excluded)`, () => {
    const over = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      return lines > MAX_FILE_LINES ? [`${rel(f)} is ${lines} lines`] : [];
    });
    expect(over).toEqual([]);
  });

  it('keeps its exceptions to files that exist and still need them', () => {
    for (const path of FUNCTION_EXCEPTIONS) {
      const file = files.find((f) => rel(f) === path);
      expect(file, `${path} is gone: remove it from FUNCTION_EXCEPTIONS`).toBeDefined();
      const longest = Math.max(...functionLengths(path, readFileSync(file as string, 'utf8')).map((fn) => fn.lines));
      expect(longest, `${path} is split: remove it from FUNCTION_EXCEPTIONS`).toBeGreaterThan(MAX_FUNCTION_LINES);
    }
  });
});
