import type { ComponentChildren, JSX } from 'preact';

export interface RemovableListProps<T> {
  items: readonly T[];
  /** The list's accessible name. */
  label: string;
  /** Shown instead of the list when it is empty. */
  empty: string;
  /** The remove buttons' text. */
  removeText: string;
  keyOf(item: T): string;
  /** What an entry shows before its remove button. */
  show(item: T): ComponentChildren;
  /** The remove button's accessible name for an entry. */
  removeLabel(item: T): string;
  remove(item: T): void;
}

/** A settings list in which each entry has a remove button (a note when there are none). */
export function RemovableList<T>({ items, label, empty, removeText, keyOf, show, removeLabel, remove }: RemovableListProps<T>): JSX.Element {
  if (items.length === 0) return <p class="note">{empty}</p>;
  return (
    <ul aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)}>
          {show(item)}{' '}
          <button type="button" aria-label={removeLabel(item)} onClick={() => remove(item)}>
            {removeText}
          </button>
        </li>
      ))}
    </ul>
  );
}
