// Every built-in rule and phrase pack says which part of our guidance summary (docs/guidance.md)
// it serves, by an anchor that exists there; nothing cites guidance outside the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInTone } from '../../../utils/tone-builtin';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const guidance = read('docs/guidance.md');
const anchors = new Set([...guidance.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1] as string));
/** Anchors a text cites as `guidance.md#anchor` (plain, or the end of a relative link). */
const cited = (text: string): string[] => [...text.matchAll(/guidance\.md#([A-Za-z0-9_-]+)/g)].map((m) => m[1] as string);
/** References to the collected source texts, which live outside the repository. */
const OUTSIDE = /\bseeds?\b\s*(?:\d|\/)|shared\/seeds/i;

describe('docs/guidance.md', () => {
  it('has the sections the rules and packs rely on, each anchor once', () => {
    const ids = [...guidance.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]);
    expect(ids.length).toBe(anchors.size);
    for (const a of ['address', 'refusals', 'contrast', 'vague-facts', 'bargaining', 'logistics', 'after-sales', 'response-times', 'qianniu-limits']) {
      expect(anchors, a).toContain(a);
    }
  });

  it('links only to its own anchors', () => {
    for (const [, a] of guidance.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, `#${a}`).toContain(a);
  });

  it('puts a heading under every anchor', () => {
    for (const m of guidance.matchAll(/<a id="([a-z0-9-]+)"><\/a>\n(.*)/g)) expect(m[2], m[1]).toMatch(/^#{2,4} \S/);
  });
});

describe('built-in tone rules', () => {
  it.each(builtInTone.rules.map((r) => [r.id, r.note] as const))('%s cites an existing anchor of docs/guidance.md', (_id, note) => {
    const refs = cited(note);
    expect(refs.length, note).toBeGreaterThan(0);
    for (const a of refs) expect(anchors, `${note}\n→ #${a}`).toContain(a);
    expect(note).not.toMatch(OUTSIDE);
  });
});

describe('built-in phrase packs', () => {
  const files = readdirSync(fileURLToPath(new URL('../../../phrases/builtin/', import.meta.url))).filter((f) => f.endsWith('.json'));
  const readme = read('phrases/builtin/README.md');
  /** Guidance anchors the README's group table gives for each group id. */
  const groupRows = new Map(
    [...readme.matchAll(/^\| `([a-z-]+)` \|(.*)$/gm)].map((m) => [m[1] as string, cited(m[2] as string)] as const),
  );

  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(3));

  it.each(files)('%s: every provenance field, and the README row of every group, cites an existing anchor', (file) => {
    const pack = JSON.parse(read(`phrases/builtin/${file}`)) as { groups: { id: string }[] };
    // A provenance field (pack, group or phrase level) must cite our summary, if the format has one.
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (/^(provenance|source|sources|guidance)$/i.test(k)) {
            const refs = cited(JSON.stringify(v));
            expect(refs.length, `${path}.${k}`).toBeGreaterThan(0);
            for (const a of refs) expect(anchors, `${path}.${k} → #${a}`).toContain(a);
          }
          walk(v, `${path}.${k}`);
        }
      }
    };
    walk(pack, file);
    expect(JSON.stringify(pack)).not.toMatch(OUTSIDE);
    // The groups' provenance lives in phrases/builtin/README.md: one cited anchor per group.
    expect(pack.groups.length).toBeGreaterThan(0);
    for (const g of pack.groups) {
      const refs = groupRows.get(g.id) ?? [];
      expect(refs.length, `README row for group ${g.id}`).toBeGreaterThan(0);
      for (const a of refs) expect(anchors, `${g.id} → #${a}`).toContain(a);
    }
  });

  it('README names no guidance outside the repository', () => {
    expect(readme).not.toMatch(OUTSIDE);
    for (const a of cited(readme)) expect(anchors, `#${a}`).toContain(a);
  });
});
