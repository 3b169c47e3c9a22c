import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { groupPath, type GroupEntry, type PackSection } from '../../utils/sidebar/browse';
import { labelSpellings, moveActive, typeAhead, TYPE_AHEAD_MS } from '../../utils/sidebar/listbox-keys';

export interface GroupMenuProps {
  t: Translate;
  locale: string;
  sections: readonly PackSection[];
  /** Chosen group id; undefined: all groups. */
  value: string | undefined;
  /** Phrases per group id (shown beside each group). */
  counts: ReadonlyMap<string, number>;
  onChange(group: string | undefined): void;
  /** After a choice made with the keyboard: back to the search box. */
  onChosen(): void;
}

const LIST_ID = 'group-menu';
const optionId = (i: number): string => `group-option-${i}`;

/**
 * A compact group selector: a button naming the current group (pack › group when the library has several packs)
 * that opens a listbox of every group, under its pack's name, as a tree. ↑/↓, Home/End, PageUp/PageDown move,
 * Enter or Space choose, Esc closes, typing the start of a name (or of its pinyin, or its initials) jumps to it.
 */
export function GroupMenu({ t, locale, sections, value, counts, onChange, onChosen }: GroupMenuProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const severalPacks = sections.length > 1;

  // Options in menu order: "All" first, then each pack's groups.
  const options: (GroupEntry | undefined)[] = useMemo(() => [undefined, ...sections.flatMap((s) => s.groups)], [sections]);
  const chosenIndex = Math.max(0, options.findIndex((o) => o?.id === value));
  const chosen = options[chosenIndex];
  const current = chosen ? groupPath(chosen, severalPacks) : t('sidebar.allGroups');

  function show(at: number): void {
    setActive(at);
    setOpen(true);
  }

  function close(focusButton: boolean): void {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }

  function choose(i: number, byKeyboard: boolean): void {
    const option = options[i];
    setOpen(false);
    onChange(option?.id);
    if (byKeyboard) onChosen();
    else buttonRef.current?.focus();
  }

  function onButtonKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? chosenIndex : options.length - 1);
    }
  }

  return (
    <div
      class="group-picker"
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && !(next && e.currentTarget.contains(next))) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        class="group-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? LIST_ID : undefined}
        title={current}
        onClick={() => (open ? close(false) : show(chosenIndex))}
        onKeyDown={onButtonKey}
      >
        <span class="group-caption">{t('sidebar.groupCaption')}</span>
        <span class="group-current">{current}</span>
        <span class="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <GroupListbox
          t={t}
          locale={locale}
          sections={sections}
          options={options}
          counts={counts}
          chosenIndex={chosenIndex}
          active={active}
          onActive={setActive}
          onChoose={choose}
          onClose={close}
        />
      )}
    </div>
  );
}

interface GroupListboxProps extends Pick<GroupMenuProps, 't' | 'locale' | 'sections' | 'counts'> {
  /** "All" (undefined) first, then each pack's groups. */
  options: readonly (GroupEntry | undefined)[];
  chosenIndex: number;
  active: number;
  onActive(index: number): void;
  onChoose(index: number, byKeyboard: boolean): void;
  /** Closes the list: Esc (focus back to the button) or Tab (focus goes on). */
  onClose(focusButton: boolean): void;
}

/** The open list of groups, under each pack's name; it takes focus as it opens and works the keys. */
function GroupListbox({ t, locale, sections, options, counts, chosenIndex, active, onActive, onChoose, onClose }: GroupListboxProps): JSX.Element {
  const typed = useRef({ text: '', at: -Infinity });
  const listRef = useRef<HTMLDivElement>(null);
  const spellings = useMemo(() => options.map((o) => labelSpellings(o?.name ?? t('sidebar.allGroups'), locale)), [options, t, locale]);
  // Focus moves into the list as it renders, before the next key arrives.
  useLayoutEffect(() => listRef.current?.focus(), []);
  useEffect(() => document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' }), [active]);

  function onListKey(e: KeyboardEvent): void {
    if (e.isComposing) return;
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? 240) / 30) - 1);
    const moved = moveActive(e.key, active, options.length, page);
    if (moved !== null) {
      e.preventDefault();
      onActive(moved);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChoose(active, true);
    } else if (e.key === 'Escape') {
      // Only the menu closes, not the sidebar.
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    } else if (e.key === 'Tab') {
      onClose(false);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const word = e.timeStamp - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + e.key : e.key;
      typed.current = { text: word, at: e.timeStamp };
      const found = typeAhead(spellings, active, word, locale);
      if (found !== null) onActive(found);
    }
  }

  let position = 0;
  const option = (entry: GroupEntry | undefined): JSX.Element => {
    const i = position++;
    return (
      <GroupOption
        key={entry?.id ?? ''}
        index={i}
        name={entry?.name ?? t('sidebar.allGroups')}
        depth={entry?.depth}
        count={entry ? (counts.get(entry.id) ?? 0) : undefined}
        chosen={i === chosenIndex}
        active={i === active}
        onHover={onActive}
        onChoose={(at) => onChoose(at, false)}
      />
    );
  };

  return (
    <div
      ref={listRef}
      id={LIST_ID}
      class="group-list"
      role="listbox"
      tabIndex={-1}
      aria-label={t('sidebar.groupMenu')}
      aria-activedescendant={optionId(active)}
      onKeyDown={onListKey}
    >
      {option(undefined)}
      {sections.map((section, s) => (
        <div key={section.packId} role="group" aria-labelledby={`group-pack-${s}`}>
          <div id={`group-pack-${s}`} class="pack-head" role="presentation">
            {section.name}
          </div>
          {section.groups.map((g) => option(g))}
        </div>
      ))}
    </div>
  );
}

interface GroupOptionProps {
  index: number;
  name: string;
  /** Nesting depth (indents the name); undefined for "All groups". */
  depth: number | undefined;
  /** Phrases in the group (not shown for "All groups"). */
  count: number | undefined;
  chosen: boolean;
  active: boolean;
  onHover(index: number): void;
  onChoose(index: number): void;
}

/** One row of the listbox; the pointer makes it active, a click chooses it (focus stays where it is). */
function GroupOption({ index, name, depth, count, chosen, active, onHover, onChoose }: GroupOptionProps): JSX.Element {
  return (
    <div
      id={optionId(index)}
      role="option"
      class="group-option"
      aria-selected={chosen}
      data-active={active ? '' : undefined}
      style={depth === undefined ? undefined : { paddingInlineStart: `${22 + depth * 14}px` }}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={() => onHover(index)}
      onClick={() => onChoose(index)}
    >
      <span class="group-name">{name}</span>
      {count !== undefined && (
        <span class="group-count" aria-hidden="true">
          {count}
        </span>
      )}
    </div>
  );
}
