import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';

export interface BulkBarProps {
  t: Translate;
  count: number;
  /** Groups the selection may move to (empty when it spans packs or is read-only). */
  moveTargets: readonly { group: GroupRecord; depth: number }[];
  onPin(pinned: boolean): void;
  onCopy(): void;
  onMove(groupId: string): void;
  /** Resolves true when the tag was added (the field is then cleared). */
  onTag(tag: string): Promise<boolean>;
  onExport(): void;
  onDelete(): void;
  onClear(): void;
  /** The message of the last bulk action. */
  feedback: JSX.Element | null;
}

/** Actions on the selected phrases. */
export function BulkBar({ t, count, moveTargets, onPin, onCopy, onMove, onTag, onExport, onDelete, onClear, feedback }: BulkBarProps): JSX.Element {
  const [moveTarget, setMoveTarget] = useState('');
  const [tag, setTag] = useState('');
  return (
    <div class="toolbar bulk" role="group" aria-label={t('mgr.bulkActions')}>
      <strong>{t('mgr.selected', { count })}</strong>
      <button type="button" onClick={() => onPin(true)}>
        {t('mgr.pin')}
      </button>
      <button type="button" onClick={() => onPin(false)}>
        {t('mgr.unpin')}
      </button>
      <button type="button" onClick={onCopy}>
        {t('mgr.copyToMine')}
      </button>
      <label>
        {t('mgr.moveTo')}
        <select value={moveTarget} disabled={moveTargets.length === 0} onChange={(e) => setMoveTarget(e.currentTarget.value)}>
          <option value="">—</option>
          {moveTargets.map(({ group: g, depth }) => (
            <option key={g.id} value={g.id}>{`${'  '.repeat(depth)}${g.name}`}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={moveTarget === '' || moveTargets.length === 0} onClick={() => onMove(moveTarget)}>
        {t('mgr.move')}
      </button>
      <label>
        {t('mgr.addTag')}
        <input size={8} value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={tag.trim() === ''} onClick={() => void onTag(tag).then((done) => done && setTag(''))}>
        {t('mgr.add')}
      </button>
      <button type="button" onClick={onExport}>
        {t('mgr.exportSelection')}
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        {t('mgr.delete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('mgr.clearSelection')}
      </button>
      {feedback}
    </div>
  );
}
