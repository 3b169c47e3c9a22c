import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import type { QianniuCut, QianniuReport } from '../../utils/packs/qianniu';
import { revealBidi } from '../../utils/packs/unicode';

export interface QianniuReportViewProps {
  t: Translate;
  report: QianniuReport;
  onExport(): void;
  onCancel(): void;
}

type Kind = QianniuCut['kind'];
const byKind = <K extends Kind>(cuts: readonly QianniuCut[], kind: K) => cuts.filter((c): c is Extract<QianniuCut, { kind: K }> => c.kind === kind);

/**
 * What a Qianniu-format file would lose or change, shown before it is written: every phrase by its position and title,
 * grouped by why. The lead exports anyway (the file is what the report says) or does not.
 */
export function QianniuReportView({ t, report, onExport, onCancel }: QianniuReportViewProps): JSX.Element {
  const box = useRef<HTMLElement>(null);
  // The report replaces the download the lead asked for: take them to it.
  useEffect(() => box.current?.focus(), [report]);
  const at = (c: QianniuCut) => ({ n: c.index + 1, title: revealBidi(c.title) });
  const over = byKind(report.cuts, 'overCount');
  const long = byKind(report.cuts, 'tooLong');
  const gbk = byKind(report.cuts, 'notInGbk');
  const formula = byKind(report.cuts, 'formula');
  const max = QIANNIU_LIMITS.maxPhrases;
  const length = QIANNIU_LIMITS.maxLength;
  return (
    <section class="warn-box qianniu-report" aria-labelledby="qn-report-h" tabIndex={-1} ref={box}>
      <h3 id="qn-report-h">{t('mgr.qnReport')}</h3>
      <p>{t('mgr.qnReportSummary', { written: report.written, total: report.total })}</p>
      {over.length > 0 && (
        <Section title={t('mgr.qnOverCount', { max, count: over.length })} items={over.map((c) => t('mgr.qnItem', at(c)))} />
      )}
      {long.length > 0 && (
        <Section
          title={t('mgr.qnTooLong', { max: length, count: long.length })}
          items={long.map((c) => t('mgr.qnItemTooLong', { ...at(c), length: c.length, kept: c.keptLength }))}
        />
      )}
      {report.groups.length > 0 && (
        <Section
          title={t('mgr.qnNested', { count: report.groups.length })}
          items={report.groups.map((g) =>
            t('mgr.qnItemGroup', { path: g.path.map(revealBidi).join(' › '), written: revealBidi(g.written), count: g.phrases }),
          )}
        />
      )}
      {gbk.length > 0 && (
        <Section
          title={t('mgr.qnNotInGbk', { count: gbk.length })}
          items={gbk.map((c) => t('mgr.qnItemChars', { ...at(c), chars: c.characters.join(' ') }))}
        />
      )}
      {formula.length > 0 && (
        <Section title={t('mgr.qnFormula', { count: formula.length })} items={formula.map((c) => t('mgr.qnItem', at(c)))} />
      )}
      <div class="row">
        <button type="button" class="primary" onClick={onExport}>
          {t('mgr.qnExportAnyway')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('mgr.qnCancel')}
        </button>
      </div>
    </section>
  );
}

/** One reason and the phrases it applies to (all of them, in a box that scrolls when the list is long). */
function Section({ title, items }: { title: string; items: readonly string[] }): JSX.Element {
  return (
    <div class="qn-section">
      <h4>{title}</h4>
      <ul class="issues qn-list" aria-label={title}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
