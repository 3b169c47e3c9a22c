import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { GroupRecord, PackRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import { QIANNIU_LIMITS } from '../../utils/packs/limits';
import { packLabel } from './shared';

export interface GroupListProps {
  t: Translate;
  packs: ReadonlyMap<string, PackRecord>;
  packOrder: readonly { id: string; record: PackRecord | undefined }[];
  treeByPack: ReadonlyMap<string, { group: GroupRecord; depth: number }[]>;
  countByGroup: ReadonlyMap<string, number>;
  total: number;
  /** The chosen group ('' for all phrases). */
  group: string;
  onGroup(id: string): void;
  /** Creates a personal group; resolves true when it was created (the field is then cleared). */
  onCreate(name: string): Promise<boolean>;
  /** The message of the last group-list action, shown under the form. */
  feedback: JSX.Element | null;
}

/** The groups column: a "new group" form at the top, all phrases, then each pack's groups (hidden packs folded). */
export function GroupList(props: GroupListProps): JSX.Element {
  const { t, packs, group } = props;
  const [name, setName] = useState('');

  function groupButton(g: GroupRecord, depth: number): JSX.Element {
    const n = props.countByGroup.get(g.id) ?? 0;
    return (
      <li key={g.id} style={{ paddingInlineStart: `${depth}em` }}>
        <button type="button" aria-current={group === g.id ? 'true' : undefined} onClick={() => props.onGroup(g.id)}>
          {g.name} <span class="count">{n}</span>
          {n > QIANNIU_LIMITS.maxPhrases ? (
            <span class="warn" title={t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}>
              {' '}⚠<span class="sr-only">{t('mgr.qianniuTooMany', { max: QIANNIU_LIMITS.maxPhrases })}</span>
            </span>
          ) : null}
        </button>
      </li>
    );
  }

  return (
    <nav class="groups" aria-label={t('mgr.groups')}>
      <h2>{t('mgr.groups')}</h2>
      <form
        class="row new-group"
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '') return;
          void props.onCreate(trimmed).then((created) => created && setName(''));
        }}
      >
        <label>
          {t('mgr.newGroupName')}
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('mgr.createGroup')}</button>
      </form>
      {props.feedback}
      <ul>
        <li>
          <button type="button" aria-current={group === '' ? 'true' : undefined} onClick={() => props.onGroup('')}>
            {t('mgr.allPhrases')} <span class="count">{props.total}</span>
          </button>
        </li>
      </ul>
      {props.packOrder.map(({ id, record }) => {
        const tree = props.treeByPack.get(id) ?? [];
        if (tree.length === 0) return null;
        const label = packLabel(t, packs, id);
        const list = <ul>{tree.map(({ group: g, depth }) => groupButton(g, depth))}</ul>;
        if (record?.hidden) {
          // A hidden pack stays folded (its phrases are not in the sidebar) unless one of its groups is open.
          return (
            <details key={id} class="hidden-pack" open={tree.some((e) => e.group.id === group)}>
              <summary>
                {label}
                {record.source === 'url' ? <span class="badge">{t('mgr.subscribed')}</span> : null}
                <span class="badge">{t('mgr.hidden')}</span> <span class="count">{t('mgrd.groupCount', { count: tree.length })}</span>
              </summary>
              {list}
            </details>
          );
        }
        return (
          <section key={id} aria-label={label}>
            <h3>
              {label}
              {record?.source === 'url' ? <span class="badge">{t('mgr.subscribed')}</span> : null}
            </h3>
            {list}
          </section>
        );
      })}
    </nav>
  );
}
