import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import { formatTime, type ManagerContext } from './shared';
import { usageCsv, usageReport } from './usage';

const TOP = 100;

export function UsagePanel({ ctx, library }: { ctx: ManagerContext; library: LibraryData }): JSX.Element {
  const { t, locale } = ctx;
  const report = useMemo(
    () =>
      usageReport(library.phrases, library.groups, library.packs, {
        personal: t('mgr.myPhrases'),
        groupName: (id) => id,
      }),
    [library, t],
  );

  function exportCsv(): void {
    const csv = usageCsv(report, {
      kind: t('mgr.usage.kind'),
      phrase: t('mgr.field.title'),
      group: t('mgr.field.group'),
      pack: t('mgr.pack'),
      uses: t('mgr.uses'),
      lastUsed: t('mgr.lastUsed'),
      phraseKind: t('mgr.usage.phrase'),
      groupKind: t('mgr.usage.group'),
    });
    ctx.download(`huashu-usage-${new Date(ctx.now()).toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
  }

  return (
    <section aria-labelledby="usage-h" class="panel">
      <h2 id="usage-h">{t('mgr.usage')}</h2>
      <p>
        {t('mgr.usageTotal', { count: report.total })}{' '}
        <button type="button" onClick={exportCsv}>
          {t('mgr.usageExport')}
        </button>
      </p>
      <h3 id="usage-groups">{t('mgr.usage.byGroup')}</h3>
      <table aria-labelledby="usage-groups">
        <thead>
          <tr>
            <th scope="col">{t('mgr.field.group')}</th>
            <th scope="col">{t('mgr.pack')}</th>
            <th scope="col">{t('mgr.usage.usedOf')}</th>
            <th scope="col">{t('mgr.uses')}</th>
            <th scope="col">{t('mgr.lastUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((g) => (
            <tr key={g.id}>
              <td>{g.name}</td>
              <td>{g.pack}</td>
              <td>{`${g.used} / ${g.phrases}`}</td>
              <td>{g.uses}</td>
              <td>{formatTime(g.lastUsedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="usage-phrases">{t('mgr.usage.top', { count: Math.min(TOP, report.phrases.length) })}</h3>
      <table aria-labelledby="usage-phrases">
        <thead>
          <tr>
            <th scope="col">{t('mgr.field.title')}</th>
            <th scope="col">{t('mgr.field.group')}</th>
            <th scope="col">{t('mgr.uses')}</th>
            <th scope="col">{t('mgr.lastUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {report.phrases.slice(0, TOP).map((p) => (
            <tr key={p.id}>
              <td>{p.title}</td>
              <td>{p.group}</td>
              <td>{p.uses}</td>
              <td>{formatTime(p.lastUsedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
