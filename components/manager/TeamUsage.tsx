import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import { PERSONAL } from '../../utils/db/types';
import { formatBytes } from '../../utils/packs/messages';
import { titleOrDerived } from '../../utils/packs/title';
import { buildUsageFile, parseUsageFile, teamKey, teamUsage, USAGE_FILE_MAX_BYTES, type UsageFile, type UsageFileError } from '../../utils/usage/usage-file';
import type { UsageTranslate } from '../../utils/locales/usage';
import { groupLabel, packLabel, type ManagerContext } from './shared';
import { UsageInsights, type UsageRow } from './UsageInsights';

function errorText(t: UsageTranslate, name: string, error: UsageFileError): string {
  switch (error.kind) {
    case 'tooLarge':
      return t('use.err.tooLarge', { name, max: formatBytes(USAGE_FILE_MAX_BYTES) });
    case 'notJson':
      return t('use.err.notJson', { name });
    case 'notUsage':
      return t('use.err.notUsage', { name });
    case 'version':
      return t('use.err.version', { name, version: error.version });
    case 'invalid':
      return t('use.err.invalid', { name, path: error.path });
  }
}

/**
 * The team's usage: this agent's anonymous file out (a download, nothing sent), and the lead's view of several files
 * in. The team view lists every phrase of the packs the files name, so phrases nobody used show as idle.
 */
export function TeamUsage({ ctx, library, ut }: { ctx: ManagerContext; library: LibraryData; ut: UsageTranslate }): JSX.Element {
  const [files, setFiles] = useState<readonly UsageFile[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);

  function exportFile(): void {
    const file = buildUsageFile(library.phrases, ctx.now(), crypto.randomUUID());
    ctx.download(`huashu-usage-${file.exported}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    ctx.notify(ut('use.exported', { count: file.phrases.length }));
  }

  async function importFiles(input: HTMLInputElement): Promise<void> {
    const picked = [...(input.files ?? [])];
    input.value = '';
    const next = [...files];
    const errors: string[] = [];
    for (const f of picked) {
      const read = f.size > USAGE_FILE_MAX_BYTES ? ({ ok: false, error: { kind: 'tooLarge' } } as const) : parseUsageFile(await f.text());
      if (!read.ok) errors.push(errorText(ut, f.name, read.error));
      else if (next.some((known) => known.id === read.file.id)) errors.push(ut('use.err.duplicate', { name: f.name }));
      else next.push(read.file);
    }
    setFiles(next);
    setProblems(errors);
  }

  const rows = useMemo(() => {
    if (files.length === 0) return [];
    const team = teamUsage(files);
    const packs = new Map(library.packs.map((p) => [p.id, p]));
    const groups = new Map(library.groups.map((g) => [g.id, g]));
    const named = new Set([...team.values()].map((r) => r.pack));
    const out: UsageRow[] = [];
    for (const p of library.phrases) {
      if (p.packId === PERSONAL || p.packPhraseId === undefined || !named.has(p.packId)) continue;
      const key = teamKey(p.packId, p.packPhraseId);
      const used = team.get(key);
      team.delete(key);
      out.push({
        key,
        title: titleOrDerived(p),
        where: `${packLabel(ctx.t, packs, p.packId)} / ${groupLabel(ctx.t, groups, p.group)}`,
        counts: used ?? { inserted: 0, outcomes: undefined, lastUsedAt: null },
        agents: used?.agents ?? 0,
      });
    }
    // Phrases the files name that this library does not have (another version of the pack, say).
    for (const [key, used] of team) out.push({ key, title: ut('use.unknown', { pack: used.pack, phrase: used.phrase }), where: used.pack, counts: used, agents: used.agents });
    return out;
  }, [files, library, ctx.t, ut]);

  return (
    <section aria-labelledby="team-usage-h">
      <h3 id="team-usage-h">{ut('use.team')}</h3>
      <p class="hint">{ut('use.teamNote')}</p>
      <p>
        <button type="button" onClick={exportFile}>
          {ut('use.export')}
        </button>{' '}
        <label>
          {ut('use.import')} <input type="file" multiple accept=".json,application/json" onChange={(e) => void importFiles(e.currentTarget)} />
        </label>
      </p>
      {problems.length > 0 ? (
        <ul role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <>
          <p role="status">
            {ut('use.files', { count: files.length })}{' '}
            <button type="button" onClick={() => (setFiles([]), setProblems([]))}>
              {ut('use.clear')}
            </button>
          </p>
          <UsageInsights id="team-usage" rows={rows} now={ctx.now()} t={ut} locale={ctx.locale} />
        </>
      ) : null}
    </section>
  );
}
