// The export form's parts: what the chosen scope needs, the exported pack's id and name, and the file format.
import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import { PERSONAL } from '../../utils/db/types';
import type { LibraryData } from '../../utils/db/library';
import type { ExportChoice } from '../../utils/packs/export';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import type { QianniuEncoding } from '../../utils/packs/qianniu';
import { exportFileName } from '../../utils/packs/file-name';
import type { PackV1 } from '../../utils/packs/schema';
import { groupTree, packLabel } from './shared';

export type ExportScope = ExportChoice['scope'];
/** Our pack (JSON), our sheet (CSV with titles), or Qianniu's own quick-phrase file. */
export type ExportFormat = 'json' | 'csv' | 'qianniu';

export interface ScopeTargetProps {
  t: Translate;
  library: LibraryData;
  scope: ExportScope;
  groupId: string;
  onGroup(id: string): void;
  packId: string;
  onPack(id: string): void;
  includeBuiltin: boolean;
  onIncludeBuiltin(include: boolean): void;
}

/** What the chosen scope needs: the group, the pack, or whether the built-in packs go along. */
export function ScopeTarget({ t, library, scope, groupId, onGroup, packId, onPack, includeBuiltin, onIncludeBuiltin }: ScopeTargetProps): JSX.Element | null {
  const packs = new Map(library.packs.map((p) => [p.id, p]));
  const packIds = [PERSONAL, ...library.packs.map((p) => p.id)];
  if (scope === 'group') {
    const tree = packIds.flatMap((id) => groupTree(library.groups.filter((g) => g.packId === id)).map((e) => ({ ...e, packId: id })));
    return (
      <label>
        {t('mgr.field.group')}
        <select value={groupId} onChange={(e) => onGroup(e.currentTarget.value)}>
          <option value="">—</option>
          {tree.map(({ group, depth, packId: p }) => (
            <option key={group.id} value={group.id}>{`${'  '.repeat(depth)}${group.name} (${packLabel(t, packs, p)})`}</option>
          ))}
        </select>
      </label>
    );
  }
  if (scope === 'library') {
    return (
      <label>
        <input type="checkbox" checked={includeBuiltin} onChange={(e) => onIncludeBuiltin(e.currentTarget.checked)} />
        {t('mgrd.includeBuiltin')}
      </label>
    );
  }
  if (scope === 'pack') {
    return (
      <label>
        {t('mgr.pack')}
        <select value={packId} onChange={(e) => onPack(e.currentTarget.value)}>
          <option value="">—</option>
          {packIds.map((id) => (
            <option key={id} value={id}>
              {packLabel(t, packs, id)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return null;
}

export interface FormatChoiceProps {
  t: Translate;
  format: ExportFormat;
  onFormat(format: ExportFormat): void;
  encoding: QianniuEncoding;
  onEncoding(encoding: QianniuEncoding): void;
}

/** JSON, CSV or 千牛格式, and for Qianniu's file its encoding (GBK by default, as Qianniu writes it). */
export function FormatChoice({ t, format, onFormat, encoding, onEncoding }: FormatChoiceProps): JSX.Element {
  const formats: [ExportFormat, string][] = [
    ['json', t('mgr.formatJson')],
    ['csv', t('mgr.formatCsv')],
    ['qianniu', t('mgr.formatQianniu')],
  ];
  const encodings: [QianniuEncoding, string][] = [
    ['gbk', t('mgr.qnGbk')],
    ['utf-8-bom', t('mgr.qnUtf8')],
  ];
  return (
    <>
      <fieldset>
        <legend>{t('mgr.exportFormat')}</legend>
        {formats.map(([id, label]) => (
          <label key={id}>
            <input type="radio" name="format" checked={format === id} onChange={() => onFormat(id)} />
            {label}
          </label>
        ))}
      </fieldset>
      {format === 'qianniu' && (
        <>
          <p class="muted" id="qn-help">
            {t('mgr.qnHelp', { max: QIANNIU_LIMITS.maxPhrases, length: QIANNIU_LIMITS.maxLength })}
          </p>
          <fieldset aria-describedby="qn-help">
            <legend>{t('mgr.qnEncoding')}</legend>
            {encodings.map(([id, label]) => (
              <label key={id}>
                <input type="radio" name="qn-encoding" checked={encoding === id} onChange={() => onEncoding(id)} />
                {label}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </>
  );
}

/** The exported pack's id and name (for what is not a pack already: a group, a selection, the whole library). */
export function MetaFields(props: { t: Translate; id: string; name: string; onId(id: string): void; onName(name: string): void }): JSX.Element {
  const { t } = props;
  return (
    <div class="row">
      <label>
        {t('mgr.packId')}
        <input value={props.id} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" onInput={(e) => props.onId(e.currentTarget.value)} />
      </label>
      <label>
        {t('mgr.packName')}
        <input value={props.name} onInput={(e) => props.onName(e.currentTarget.value)} />
      </label>
    </div>
  );
}

/** The file is named after what is exported: the group when a group is, else the pack. */
export function exportFileFor(t: Translate, pack: PackV1, format: ExportFormat, groupName?: string): string {
  const name = groupName ?? pack.pack.name;
  if (format === 'qianniu') return exportFileName(t('mgr.qnFileName', { name }), 'csv', `${pack.pack.id}-qianniu`);
  return exportFileName(name, format, pack.pack.id);
}

/** The whole library, a group, the selected phrases (when there are some), or a pack. */
export function ScopeChoice(props: { t: Translate; scope: ExportScope; selected: number; onScope(scope: ExportScope): void }): JSX.Element {
  const { t, scope, selected } = props;
  return (
    <fieldset>
      <legend>{t('mgr.exportWhat')}</legend>
      {(['library', 'group', 'selection', 'pack'] as const).map((s) => (
        <label key={s}>
          <input type="radio" name="scope" checked={scope === s} disabled={s === 'selection' && selected === 0} onChange={() => props.onScope(s)} />
          {s === 'selection' ? t('mgr.scope.selection', { count: selected }) : t(`mgr.scope.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
