import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { GroupRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import type { IsoDate } from '../../utils/validity/dates';
import type { ValidityWindow, WindowState } from '../../utils/validity/window';
import { GroupWindowForm } from './GroupWindowForm';
import type { CampaignTranslate } from '../../utils/locales/campaign';

export interface GroupToolbarProps {
  t: Translate;
  group: GroupRecord;
  packName: string;
  count: number;
  readOnly: boolean;
  /** Groups of the same pack the phrases may move to when the group is deleted. */
  targets: readonly { group: GroupRecord; depth: number }[];
  onRename(name: string): Promise<boolean>;
  onMove(delta: -1 | 1): void;
  /** Deletes the group (its phrases too, or moved to `moveTo`); resolves true when done. */
  onDelete(moveTo: string | undefined): Promise<boolean>;
  /** The library's today, and the group's state on it (with the windows of the groups above it). */
  c: CampaignTranslate;
  today: IsoDate;
  state: WindowState;
  /** Sets the group's validity window; resolves true when done. */
  onSetWindow(window: ValidityWindow): Promise<boolean>;
}

/** The chosen group's actions: rename, move up or down, delete (with its phrases or moving them). */
export function GroupToolbar({ t, group, packName, count, readOnly, targets, onRename, onMove, onDelete, c, today, state, onSetWindow }: GroupToolbarProps): JSX.Element {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [windowing, setWindowing] = useState(false);
  const [deleting, setDeleting] = useState<{ mode: 'delete' | 'move'; target: string } | null>(null);
  useEffect(() => {
    setRenaming(null);
    setDeleting(null);
    setWindowing(false);
  }, [group.id]);

  return (
    <>
      <div class="toolbar" role="group" aria-label={t('mgr.groupActions')}>
        <span class="muted">
          {packName} · {t('options.phrases', { count })}
        </span>
        {count > QIANNIU_LIMITS.maxPhrases && <span class="warn">{t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}</span>}
        {state !== 'active' && <span class={`badge state-${state}`}>{`${t('mgr.field.group')} · ${c(`camp.${state}`)}`}</span>}
        {!readOnly && (
          <>
            <button type="button" onClick={() => setRenaming(group.name)}>
              {t('mgr.renameGroup')}
            </button>
            <button type="button" onClick={() => onMove(-1)}>
              {t('mgr.groupUp')}
            </button>
            <button type="button" onClick={() => onMove(1)}>
              {t('mgr.groupDown')}
            </button>
            <button type="button" onClick={() => setDeleting({ mode: 'delete', target: '' })}>
              {t('mgr.deleteGroup')}
            </button>
            <button type="button" aria-expanded={windowing} onClick={() => setWindowing(!windowing)}>
              {`${c('camp.window')}…`}
            </button>
          </>
        )}
      </div>
      {windowing && <GroupWindowForm key={group.id} t={t} c={c} group={group} today={today} onSave={onSetWindow} onClose={() => setWindowing(false)} />}
      {renaming !== null && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void onRename(renaming).then((done) => done && setRenaming(null));
          }}
          onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
        >
          <label>
            {t('mgr.groupName')}
            <input value={renaming} ref={(el) => el?.focus()} onInput={(e) => setRenaming(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('mgr.save')}</button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('mgr.cancel')}
          </button>
        </form>
      )}
      {deleting !== null && (
        <form
          class="confirm"
          aria-label={t('mgr.deleteGroup')}
          onSubmit={(e) => {
            e.preventDefault();
            if (deleting.mode === 'move' && deleting.target === '') return;
            void onDelete(deleting.mode === 'move' ? deleting.target : undefined).then((done) => done && setDeleting(null));
          }}
        >
          <p>{t('mgr.deleteGroupAsk', { name: group.name, count })}</p>
          <label>
            <input type="radio" name="del" checked={deleting.mode === 'delete'} onChange={() => setDeleting({ ...deleting, mode: 'delete' })} />
            {t('mgr.deleteWithPhrases')}
          </label>
          <label>
            <input type="radio" name="del" checked={deleting.mode === 'move'} onChange={() => setDeleting({ ...deleting, mode: 'move' })} />
            {t('mgr.movePhrasesTo')}
          </label>
          <select
            aria-label={t('mgr.targetGroup')}
            value={deleting.target}
            disabled={deleting.mode !== 'move'}
            onChange={(e) => setDeleting({ ...deleting, target: e.currentTarget.value })}
          >
            <option value="">—</option>
            {targets
              .filter(({ group: g }) => g.id !== group.id && g.parentId !== group.id)
              .map(({ group: g, depth }) => (
                <option key={g.id} value={g.id}>{`${'  '.repeat(depth)}${g.name}`}</option>
              ))}
          </select>
          <button type="submit" class="danger" disabled={deleting.mode === 'move' && deleting.target === ''}>
            {t('mgr.deleteGroup')}
          </button>
          <button type="button" onClick={() => setDeleting(null)}>
            {t('mgr.cancel')}
          </button>
        </form>
      )}
    </>
  );
}
