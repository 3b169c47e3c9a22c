import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { PERSONAL } from '../../utils/db/types';
import { exportChoiceFromDb, exportCsv, serializePack } from '../../utils/packs/export';
import { checkQianniuLimits, qianniuCsvBytes, QIANNIU_DEFAULT_ENCODING, type QianniuEncoding, type QianniuReport } from '../../utils/packs/qianniu';
import { PackMetaSchema } from '../../utils/packs/schema';
import type { LibraryData } from '../../utils/db/library';
import { QianniuReportView } from './QianniuReport';
import { exportFileFor, FormatChoice, MetaFields, ScopeChoice, ScopeTarget, type ExportFormat, type ExportScope } from './ExportFields';
import type { ManagerContext } from './shared';

export type { ExportFormat, ExportScope } from './ExportFields';

export interface ExportPanelProps {
  ctx: ManagerContext;
  library: LibraryData;
  selection: ReadonlySet<string>;
  initialScope?: ExportScope;
}

export function ExportPanel({ ctx, library, selection, initialScope }: ExportPanelProps): JSX.Element {
  const { t, db, locale } = ctx;
  // The lead's own phrases by default: what they wrote is what they hand out.
  const [scope, setScope] = useState<ExportScope>(initialScope ?? 'pack');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [qianniuEncoding, setQianniuEncoding] = useState<QianniuEncoding>(QIANNIU_DEFAULT_ENCODING);
  /** A Qianniu file that would lose or change phrases: written only once the lead has seen the report. */
  const [pending, setPending] = useState<{ report: QianniuReport; file: string } | null>(null);
  const [groupId, setGroupId] = useState('');
  const [packId, setPackId] = useState(PERSONAL);
  const [metaId, setMetaId] = useState('my-phrases');
  const [metaName, setMetaName] = useState(t('mgr.myPhrases'));
  /** The lead typed a pack name: choosing a group no longer renames it. */
  const [nameTouched, setNameTouched] = useState(false);
  /** The whole library without the built-in packs unless asked for (everyone has those already). */
  const [includeBuiltin, setIncludeBuiltin] = useState(false);
  const [status, setStatus] = useState('');
  // A report is about the file the form described when it was made: another choice makes it stale.
  useEffect(() => setPending(null), [scope, format, qianniuEncoding, groupId, packId, includeBuiltin, selection, metaId, metaName]);

  function writeQianniu(report: QianniuReport, file: string): void {
    const charset = report.encoding === 'gbk' ? 'gbk' : 'utf-8';
    ctx.download(file, qianniuCsvBytes(report), `text/csv;charset=${charset}`);
    const encoding = report.encoding === 'gbk' ? 'GBK' : t('mgr.qnUtf8Short');
    setStatus(t('mgr.qnExported', { count: report.written, file, encoding }));
  }

  function meta() {
    return { id: metaId.trim(), name: metaName.trim(), updatedAt: new Date(ctx.now()).toISOString() };
  }

  async function onExport(e: Event): Promise<void> {
    e.preventDefault();
    setPending(null);
    setStatus('');
    if (scope !== 'pack' || packId === PERSONAL) {
      const checked = v.safeParse(PackMetaSchema, meta());
      if (!checked.success) {
        setStatus(t('mgr.exportBadMeta'));
        return;
      }
    }
    const pack = await exportChoiceFromDb(db, { scope, packId, groupId, selection, includeBuiltin, library: library.phrases }, meta());
    if (!pack) {
      setStatus(t('mgr.exportNothing'));
      return;
    }
    const group = scope === 'group' ? library.groups.find((g) => g.id === groupId) : undefined;
    const file = exportFileFor(t, pack, format, group?.name);
    if (format === 'qianniu') {
      const report = checkQianniuLimits(pack, { encoding: qianniuEncoding });
      // Nothing is cut without the lead seeing what: a file that loses or changes phrases waits for their answer.
      if (report.ok) writeQianniu(report, file);
      else setPending({ report, file });
      return;
    }
    if (format === 'csv') {
      ctx.download(file, exportCsv(pack, { locale }), 'text/csv;charset=utf-8');
    } else {
      ctx.download(file, serializePack(pack), 'application/json');
    }
    setStatus(t('mgr.exported', { count: pack.phrases.length, file }));
  }

  const needsMeta = scope !== 'pack' || packId === PERSONAL;
  return (
    <section aria-labelledby="export-h" class="panel">
      <h2 id="export-h">{t('mgr.export')}</h2>
      <form onSubmit={(e) => void onExport(e)}>
        <ScopeChoice t={t} scope={scope} selected={selection.size} onScope={setScope} />
        <ScopeTarget
          t={t}
          library={library}
          scope={scope}
          groupId={groupId}
          onGroup={(id) => {
            setGroupId(id);
            const name = library.groups.find((g) => g.id === id)?.name;
            if (!nameTouched && name !== undefined) setMetaName(name);
          }}
          packId={packId}
          onPack={setPackId}
          includeBuiltin={includeBuiltin}
          onIncludeBuiltin={setIncludeBuiltin}
        />
        {needsMeta && (
          <MetaFields
            t={t}
            id={metaId}
            name={metaName}
            onId={setMetaId}
            onName={(name) => {
              setNameTouched(true);
              setMetaName(name);
            }}
          />
        )}
        <FormatChoice t={t} format={format} onFormat={setFormat} encoding={qianniuEncoding} onEncoding={setQianniuEncoding} />
        <button type="submit" class="primary">
          {t('mgr.exportButton')}
        </button>
      </form>
      {pending && (
        <QianniuReportView
          t={t}
          report={pending.report}
          onExport={() => {
            writeQianniu(pending.report, pending.file);
            setPending(null);
          }}
          onCancel={() => {
            setPending(null);
            setStatus(t('mgr.qnNotExported'));
          }}
        />
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}

