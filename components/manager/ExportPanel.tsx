import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { PERSONAL } from '../../utils/db/types';
import type { PhraseRecord } from '../../utils/db/types';
import { exportCsv, exportGroupFromDb, exportLibraryFromDb, exportPackFromDb, exportSelectionFromDb, serializePack } from '../../utils/packs/export';
import { exportFileName } from '../../utils/packs/file-name';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import {
  checkQianniuLimits,
  qianniuCsvBytes,
  QIANNIU_DEFAULT_ENCODING,
  type QianniuEncoding,
  type QianniuReport,
} from '../../utils/packs/qianniu';
import { PackMetaSchema, type PackV1 } from '../../utils/packs/schema';
import type { LibraryData } from '../../utils/db/library';
import { QianniuReportView } from './QianniuReport';
import { groupTree, packLabel, type ManagerContext } from './shared';

export type ExportScope = 'library' | 'group' | 'selection' | 'pack';
/** Our pack (JSON), our sheet (CSV with titles), or Qianniu's own quick-phrase file. */
export type ExportFormat = 'json' | 'csv' | 'qianniu';

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
  const packs = new Map(library.packs.map((p) => [p.id, p]));
  const packIds = [PERSONAL, ...library.packs.map((p) => p.id)];
  const tree = packIds.flatMap((id) => groupTree(library.groups.filter((g) => g.packId === id)).map((e) => ({ ...e, packId: id })));

  async function build(): Promise<PackV1 | null> {
    if (scope === 'pack') {
      if (packId === '') return null;
      if (packId === PERSONAL) {
        const phrases = library.phrases.filter((p) => p.packId === PERSONAL).map((p: PhraseRecord) => p.id);
        return exportSelectionFromDb(db, phrases, meta());
      }
      return exportPackFromDb(db, packId);
    }
    if (scope === 'group') return groupId === '' ? null : exportGroupFromDb(db, groupId, meta());
    if (scope === 'selection') return exportSelectionFromDb(db, [...selection], meta());
    return exportLibraryFromDb(db, meta(), { includeBuiltin });
  }

  /** The file is named after what is exported: the pack, or the group. */
  function fileName(pack: PackV1): string {
    const group = scope === 'group' ? library.groups.find((g) => g.id === groupId) : undefined;
    const name = group?.name ?? pack.pack.name;
    if (format === 'qianniu') return exportFileName(t('mgr.qnFileName', { name }), 'csv', `${pack.pack.id}-qianniu`);
    return exportFileName(name, format, pack.pack.id);
  }

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
    const pack = await build();
    if (!pack) {
      setStatus(t('mgr.exportNothing'));
      return;
    }
    const file = fileName(pack);
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
        <fieldset>
          <legend>{t('mgr.exportWhat')}</legend>
          {(['library', 'group', 'selection', 'pack'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="scope" checked={scope === s} disabled={s === 'selection' && selection.size === 0} onChange={() => setScope(s)} />
              {s === 'selection' ? t('mgr.scope.selection', { count: selection.size }) : t(`mgr.scope.${s}`)}
            </label>
          ))}
        </fieldset>
        {scope === 'group' && (
          <label>
            {t('mgr.field.group')}
            <select
              value={groupId}
              onChange={(e) => {
                const id = e.currentTarget.value;
                setGroupId(id);
                const name = library.groups.find((g) => g.id === id)?.name;
                if (!nameTouched && name !== undefined) setMetaName(name);
              }}
            >
              <option value="">—</option>
              {tree.map(({ group, depth, packId: p }) => (
                <option key={group.id} value={group.id}>{`${'  '.repeat(depth)}${group.name} (${packLabel(t, packs, p)})`}</option>
              ))}
            </select>
          </label>
        )}
        {scope === 'library' && (
          <label>
            <input type="checkbox" checked={includeBuiltin} onChange={(e) => setIncludeBuiltin(e.currentTarget.checked)} />
            {t('mgrd.includeBuiltin')}
          </label>
        )}
        {scope === 'pack' && (
          <label>
            {t('mgr.pack')}
            <select value={packId} onChange={(e) => setPackId(e.currentTarget.value)}>
              <option value="">—</option>
              {packIds.map((id) => (
                <option key={id} value={id}>
                  {packLabel(t, packs, id)}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsMeta && (
          <div class="row">
            <label>
              {t('mgr.packId')}
              <input value={metaId} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" onInput={(e) => setMetaId(e.currentTarget.value)} />
            </label>
            <label>
              {t('mgr.packName')}
              <input
                value={metaName}
                onInput={(e) => {
                  setNameTouched(true);
                  setMetaName(e.currentTarget.value);
                }}
              />
            </label>
          </div>
        )}
        <fieldset>
          <legend>{t('mgr.exportFormat')}</legend>
          <label>
            <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
            {t('mgr.formatJson')}
          </label>
          <label>
            <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            {t('mgr.formatCsv')}
          </label>
          <label>
            <input type="radio" name="format" checked={format === 'qianniu'} onChange={() => setFormat('qianniu')} />
            {t('mgr.formatQianniu')}
          </label>
        </fieldset>
        {format === 'qianniu' && (
          <>
            <p class="muted" id="qn-help">
              {t('mgr.qnHelp', { max: QIANNIU_LIMITS.maxPhrases, length: QIANNIU_LIMITS.maxLength })}
            </p>
            <fieldset aria-describedby="qn-help">
              <legend>{t('mgr.qnEncoding')}</legend>
              <label>
                <input type="radio" name="qn-encoding" checked={qianniuEncoding === 'gbk'} onChange={() => setQianniuEncoding('gbk')} />
                {t('mgr.qnGbk')}
              </label>
              <label>
                <input type="radio" name="qn-encoding" checked={qianniuEncoding === 'utf-8-bom'} onChange={() => setQianniuEncoding('utf-8-bom')} />
                {t('mgr.qnUtf8')}
              </label>
            </fieldset>
          </>
        )}
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
