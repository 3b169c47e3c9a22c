import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { PERSONAL, type GroupRecord, type PackRecord, type PhraseRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import { revealBidi } from '../../utils/packs/unicode';
import { hasToneError } from './lint';
import { MenuButton, type MenuEntry } from './MenuButton';
import { groupLabel, packLabel } from './shared';
import { titleOrDerived } from '../../utils/packs/title';
import type { PhraseDayState } from './campaign';
import { StateBadge } from './StateBadge';
import { campaignText } from '../../utils/locales/campaign';

export interface PhraseTableProps {
  t: Translate;
  locale: string;
  /** The rows shown (one page of the filtered list). */
  page: readonly PhraseRecord[];
  selection: ReadonlySet<string>;
  packs: ReadonlyMap<string, PackRecord>;
  groups: ReadonlyMap<string, GroupRecord>;
  isReadOnly(p: PhraseRecord): boolean;
  /** Whether a phrase is in its validity window today (absent: every phrase is). */
  stateOf?(p: PhraseRecord): PhraseDayState;
  onToggle(id: string, on: boolean): void;
  onToggleAll(on: boolean): void;
  onOpen(p: PhraseRecord): void;
  onPin(p: PhraseRecord): void;
  onMove(p: PhraseRecord, delta: -1 | 1): void;
  /** A row dragged onto another row of the same group takes its place. */
  onMoveOnto(p: PhraseRecord, target: PhraseRecord): void;
  onCopy(p: PhraseRecord): void;
  /** `before`: the row shown above it ('' for the first), where the message then goes. */
  onDelete(p: PhraseRecord, before: string): void;
  /** The message of the last row action, rendered after the row with this id ('' before the first row). */
  feedbackAfter(id: string): JSX.Element | null;
}

/**
 * The phrase list: title and start of the text, shortcut, group, uses and a menu of each row's actions. Every cell
 * keeps to one line per item (longer text ends in an ellipsis; its whole text is the item's tooltip and in the editor).
 */
export function PhraseTable(props: PhraseTableProps): JSX.Element {
  const { t, locale, page, selection, packs, groups } = props;
  const dragged = useRef<PhraseRecord | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  /** The control that had focus in a row moved by keyboard: focused again once the row is in its new place (moving
   *  a row's element in the document takes the focus away from what is inside it). */
  const refocus = useRef<{ id: string; label: string } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want || !body.current) return;
    const row = body.current.querySelector(`tr[data-phrase-id="${CSS.escape(want.id)}"]`);
    const control = [...(row?.querySelectorAll<HTMLElement>('[aria-label]') ?? [])].find((el) => el.getAttribute('aria-label') === want.label);
    if (control && control !== document.activeElement) control.focus();
  }, [page]);
  /** Moves a row; `label` names the control to focus again in the moved row. */
  const move = (p: PhraseRecord, delta: -1 | 1, label: string | null | undefined) => {
    refocus.current = label ? { id: p.id, label } : null;
    props.onMove(p, delta);
  };
  /** Alt+↑/↓ anywhere in an editable row moves it (focus stays on the same control of the moved row). */
  const onRowKey = (e: KeyboardEvent, p: PhraseRecord) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(p, e.key === 'ArrowUp' ? -1 : 1, (e.target as HTMLElement | null)?.getAttribute('aria-label'));
  };
  /** What the row's menu offers: open, copy, pin, move (editable rows), delete (editable rows). */
  const entries = (p: PhraseRecord, readOnly: boolean, menuLabel: string, before: string): MenuEntry[] => {
    const open: MenuEntry = { key: 'open', content: readOnly ? t('mgr.view') : t('mgr.edit'), onChoose: () => props.onOpen(p) };
    const copy: MenuEntry = { key: 'copy', content: p.packId === PERSONAL ? t('mgr.duplicate') : t('mgr.copyToMine'), onChoose: () => props.onCopy(p) };
    const pin: MenuEntry = { key: 'pin', content: t('mgr.pin'), checked: p.pinned, onChoose: () => props.onPin(p) };
    if (readOnly) return [open, copy, pin];
    const step = (key: 'up' | 'down', delta: -1 | 1, arrow: string): MenuEntry => ({
      key,
      content: [<span key="label">{t(`mgr.${key}`)}</span>, <kbd key="key" class="key" aria-hidden="true">Alt+{arrow}</kbd>],
      keyshortcuts: `Alt+${delta < 0 ? 'ArrowUp' : 'ArrowDown'}`,
      onChoose: () => move(p, delta, menuLabel),
    });
    return [open, copy, pin, step('up', -1, '↑'), step('down', 1, '↓'), { key: 'delete', content: t('mgr.delete'), danger: true, onChoose: () => props.onDelete(p, before) }];
  };
  const allShownSelected = page.length > 0 && page.every((p) => selection.has(p.id));
  const feedbackRow = (id: string) => {
    const content = props.feedbackAfter(id);
    return content ? (
      <tr key={`feedback-${id}`} class="feedback-row">
        <td colSpan={6}>{content}</td>
      </tr>
    ) : null;
  };
  return (
    <table class="phrase-table">
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label={t('mgr.selectAllShown')} checked={allShownSelected} onChange={(e) => props.onToggleAll(e.currentTarget.checked)} />
          </th>
          <th scope="col">{t('mgr.field.title')}</th>
          <th scope="col">{t('mgr.field.shortcut')}</th>
          <th scope="col">{t('mgr.field.group')}</th>
          <th scope="col">{t('mgr.uses')}</th>
          <th scope="col">{t('mgr.actions')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {feedbackRow('')}
        {page.map((p, i) => {
          const readOnly = props.isReadOnly(p);
          // Bidi controls are shown (⟨U+202E⟩), so a title cannot read differently from what it holds.
          const name = revealBidi(titleOrDerived(p));
          const toneError = hasToneError(p.text, locale);
          const menuLabel = t('mgr.rowActions', { title: name });
          return [
            <tr
              key={p.id}
              data-phrase-id={p.id}
              class={toneError ? 'has-error' : undefined}
              draggable={!readOnly}
              onKeyDown={readOnly ? undefined : (e) => onRowKey(e, p)}
              onDragStart={(e) => {
                dragged.current = p;
                e.dataTransfer?.setData('text/plain', p.title);
              }}
              onDragOver={(e) => {
                const from = dragged.current;
                if (from && from.id !== p.id && from.group === p.group && !readOnly) e.preventDefault();
              }}
              onDrop={(e) => {
                const from = dragged.current;
                dragged.current = null;
                if (!from || from.id === p.id || from.group !== p.group || readOnly) return;
                e.preventDefault();
                props.onMoveOnto(from, p);
              }}
              onDragEnd={() => (dragged.current = null)}
            >
              <PhraseCells t={t} locale={locale} p={p} name={name} readOnly={readOnly} toneError={toneError} selected={selection.has(p.id)} packs={packs} groups={groups} stateOf={props.stateOf} onToggle={props.onToggle} />
              <td class="actions">
                <MenuButton class="end" label={menuLabel} menuLabel={menuLabel} entries={entries(p, readOnly, menuLabel, page[i - 1]?.id ?? '')}>
                  ⋯
                </MenuButton>
              </td>
            </tr>,
            feedbackRow(p.id),
          ];
        })}
      </tbody>
    </table>
  );
}

interface PhraseCellsProps extends Pick<PhraseTableProps, 't' | 'locale' | 'packs' | 'groups' | 'stateOf' | 'onToggle'> {
  p: PhraseRecord;
  /** The title shown (bidi controls revealed). */
  name: string;
  readOnly: boolean;
  toneError: boolean;
  selected: boolean;
}

/** A phrase row's cells before its menu: selection, title with its marks, text, tags, shortcut, group and pack, uses. */
function PhraseCells({ t, locale, p, name, readOnly, toneError, selected, packs, groups, stateOf, onToggle }: PhraseCellsProps): JSX.Element {
  return (
    <>
      <td>
        <input type="checkbox" aria-label={t('mgr.select', { title: name })} checked={selected} onChange={(e) => onToggle(p.id, e.currentTarget.checked)} />
      </td>
      <td class="title-cell">
        <div class="title">
          {p.pinned && <span aria-label={t('mgr.pinned')}>📌 </span>}
          <strong title={name}>{name}</strong>
          {toneError && (
            <span class="badge error" role="img" aria-label={t('mgr.toneErrorMark')} title={t('mgr.toneErrorMark')}>
              ⚠
            </span>
          )}
          {readOnly && <span class="badge">{t('mgr.readOnly')}</span>}
          {stateOf && <StateBadge t={campaignText(locale)} day={stateOf(p)} />}
        </div>
        <div class="preview" title={p.text}>
          {p.text.length > 120 ? `${p.text.slice(0, 120)}…` : p.text}
        </div>
        {p.tags.length > 0 && (
          <div class="tags" title={p.tags.join(', ')}>
            {p.tags.map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </div>
        )}
      </td>
      <td>{p.shortcut ? <code title={revealBidi(p.shortcut)}>{revealBidi(p.shortcut)}</code> : null}</td>
      <td class="group-cell">
        <div title={groupLabel(t, groups, p.group)}>{groupLabel(t, groups, p.group)}</div>
        <div class="muted" title={packLabel(t, packs, p.packId)}>
          {packLabel(t, packs, p.packId)}
        </div>
      </td>
      <td>{p.usageCount}</td>
    </>
  );
}
