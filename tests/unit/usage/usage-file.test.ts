import { expect, it } from 'vitest';
import type { PhraseRecord } from '../../../utils/db/types';
import { editedShare, idleAt, meanChange, usageInsights, usuallyEdited } from '../../../utils/usage/insights';
import { withOutcome } from '../../../utils/usage/outcomes';
import { buildUsageFile, parseUsageFile, teamKey, teamUsage } from '../../../utils/usage/usage-file';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');

function phrase(id: string, over: Partial<PhraseRecord> = {}): PhraseRecord {
  return {
    id: `team/${id}`, group: 'team/g', title: id, text: `正文 ${id}`, tags: [], packId: 'team', packPhraseId: id, pinned: false,
    usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, order: 0, ...over,
  };
}

it('counts each send as is, edited (with how much) or removed', () => {
  let o = withOutcome(undefined, 0.01);
  o = withOutcome(o, 0.3);
  o = withOutcome(o, 0.5);
  o = withOutcome(o, 0.95);
  expect(o).toEqual({ asIs: 1, edited: 2, removed: 1, changeSum: 0.8 });
  expect(editedShare(o)).toBe(0.75);
  expect(meanChange(o)).toBeCloseTo(0.4, 5);
});

it('reads most used, usually edited and idle phrases the way a lead would', () => {
  const rows = [
    phrase('a', { usageCount: 40, lastUsedAt: NOW - DAY, outcomes: { asIs: 30, edited: 2, removed: 0, changeSum: 0.2 } }),
    phrase('b', { usageCount: 6, lastUsedAt: NOW - 2 * DAY, outcomes: { asIs: 1, edited: 3, removed: 1, changeSum: 1.2 } }),
    // Edited every time but only twice: not enough to say.
    phrase('c', { usageCount: 2, lastUsedAt: NOW - DAY, outcomes: { asIs: 0, edited: 2, removed: 0, changeSum: 0.6 } }),
    phrase('d', { usageCount: 9, lastUsedAt: NOW - 31 * DAY }),
    phrase('e'),
  ];
  const counts = (p: PhraseRecord) => ({ inserted: p.usageCount, outcomes: p.outcomes, lastUsedAt: p.lastUsedAt });
  const insights = usageInsights(rows, counts, NOW);
  expect(insights.mostUsed.map((p) => p.title)).toEqual(['a', 'd', 'b', 'c']);
  expect(insights.usuallyEdited.map((p) => p.title)).toEqual(['b']);
  expect(insights.idle.map((p) => p.title)).toEqual(['e', 'd']);
  expect(usuallyEdited(counts(rows[2]!))).toBe(false);
  expect(idleAt(counts(rows[0]!), NOW)).toBe(false);
});

it('exports only team-pack ids and counts: no text, no personal phrase, no name', () => {
  const file = buildUsageFile(
    [
      phrase('a', { text: '顾客看不到的正文', usageCount: 3, lastUsedAt: NOW, outcomes: { asIs: 2, edited: 1, removed: 0, changeSum: 0.25 } }),
      phrase('unused'),
      { ...phrase('mine', { usageCount: 5 }), id: 'personal/x', packId: 'personal', packPhraseId: undefined } as PhraseRecord,
    ],
    NOW,
    'export-1',
  );
  expect(file).toEqual({
    format: 'huashu.usage', version: 1, id: 'export-1', exported: '2026-12-01',
    phrases: [{ pack: 'team', phrase: 'a', inserted: 3, asIs: 2, edited: 1, removed: 0, changeSum: 0.25, lastUsed: '2026-12-01' }],
  });
  expect(JSON.stringify(file)).not.toContain('正文');
  const read = parseUsageFile(JSON.stringify(file));
  expect(read).toEqual({ ok: true, file });
});

it('refuses what is not a usage file, with the reason', () => {
  const good = buildUsageFile([phrase('a', { usageCount: 1, lastUsedAt: NOW })], NOW, 'x');
  expect(parseUsageFile('not json')).toEqual({ ok: false, error: { kind: 'notJson' } });
  expect(parseUsageFile(JSON.stringify({ format: 'huashu.pack', version: 1 }))).toEqual({ ok: false, error: { kind: 'notUsage' } });
  expect(parseUsageFile(JSON.stringify({ ...good, version: 2 }))).toEqual({ ok: false, error: { kind: 'version', version: '2' } });
  const damaged = { ...good, phrases: [{ ...good.phrases[0], inserted: -1 }] };
  expect(parseUsageFile(JSON.stringify(damaged))).toEqual({ ok: false, error: { kind: 'invalid', path: 'phrases.0.inserted' } });
  // A field that could carry text is not accepted.
  const extra = { ...good, phrases: [{ ...good.phrases[0], text: '草稿' }] };
  expect(parseUsageFile(JSON.stringify(extra)).ok).toBe(false);
});

it('sums the team per phrase, counting one file once', () => {
  const one = buildUsageFile([phrase('a', { usageCount: 3, lastUsedAt: NOW - DAY, outcomes: withOutcome(undefined, 0.4) })], NOW, 'one');
  const two = buildUsageFile([phrase('a', { usageCount: 2, lastUsedAt: NOW, outcomes: withOutcome(undefined, 0) }), phrase('b', { usageCount: 1, lastUsedAt: NOW })], NOW, 'two');
  const team = teamUsage([one, two, one]);
  expect(team.get(teamKey('team', 'a'))).toEqual({
    pack: 'team', phrase: 'a', agents: 2, inserted: 5, outcomes: { asIs: 1, edited: 1, removed: 0, changeSum: 0.4 }, lastUsedAt: Date.parse('2026-12-01T00:00:00Z'),
  });
  expect(team.get(teamKey('team', 'b'))?.agents).toBe(1);
});
