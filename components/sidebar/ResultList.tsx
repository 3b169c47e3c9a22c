import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import type { MutableRef } from 'preact/hooks';
import type { PhraseRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { FieldMatch, SearchHit } from '../../utils/search';
import { Highlight } from '../Highlight';
import type { RowWindow } from '../useRowWindow';

/** Characters of a phrase's text rendered in the list (two lines show; the preview pane has it all). */
const LIST_TEXT = 140;

export const optionId = (i: number): string => `phrase-option-${i}`;

export interface ResultListProps {
  t: Translate;
  listRef: MutableRef<HTMLUListElement | null>;
  hits: readonly SearchHit<PhraseRecord>[];
  active: number;
  rowWindow: RowWindow;
  query: string;
  /** The pack name a row shows beside its title (titles shared by several packs, phrases of hidden packs), if any. */
  packLabel(phrase: PhraseRecord): string | undefined;
  onPoint(id: string): void;
  onChoose(phrase: PhraseRecord): void;
}

/** The phrase list: only the rows in view exist in the page (every row has the same height). */
export function ResultList({ t, listRef, hits, active, rowWindow, query, packLabel, onPoint, onChoose }: ResultListProps): JSX.Element {
  return (
    <ul id="phrase-results" ref={listRef} class="results" role="listbox" aria-label={t('sidebar.results')} data-query={query}>
      {/* Space for the rows above and below the ones in view (padding on the scroller would stop it shrinking). */}
      {rowWindow.padTop > 0 && <li class="spacer" role="presentation" aria-hidden="true" style={{ height: `${rowWindow.padTop}px` }} />}
      {hits.slice(rowWindow.start, rowWindow.end).map((hit, k) => {
        const i = rowWindow.start + k;
        return (
          <ResultOption
            key={hit.phrase.id}
            t={t}
            hit={hit}
            id={optionId(i)}
            position={i + 1}
            total={hits.length}
            selected={i === active}
            pack={packLabel(hit.phrase)}
            onPoint={onPoint}
            onChoose={onChoose}
          />
        );
      })}
      {rowWindow.padBottom > 0 && <li class="spacer" role="presentation" aria-hidden="true" style={{ height: `${rowWindow.padBottom}px` }} />}
    </ul>
  );
}

interface ResultOptionProps {
  t: Translate;
  hit: SearchHit<PhraseRecord>;
  id: string;
  /** 1-based place in the whole list, and its length (only the rows in view exist in the page). */
  position: number;
  total: number;
  selected: boolean;
  pack: string | undefined;
  onPoint(id: string): void;
  onChoose(phrase: PhraseRecord): void;
}

const sameRanges = (a: FieldMatch[], b: FieldMatch[]): boolean =>
  a.length === b.length &&
  a.every((m, i) => {
    const n = b[i] as FieldMatch;
    return m.field === n.field && m.index === n.index && m.ranges.length === n.ranges.length && m.ranges.every((r, k) => r[0] === n.ranges[k]?.[0] && r[1] === n.ranges[k]?.[1]);
  });

/** One result row; rendered again only when its phrase, highlight, position, pack label or selection changes. */
const ResultOption = memo(
  function ResultOption({ t, hit, id, position, total, selected, pack, onPoint, onChoose }: ResultOptionProps): JSX.Element {
    const phrase = hit.phrase;
    const titleRanges = hit.matches.find((m) => m.field === 'title')?.ranges;
    const textRanges = hit.matches.find((m) => m.field === 'text')?.ranges;
    return (
      <li
        id={id}
        role="option"
        aria-selected={selected}
        aria-posinset={position}
        aria-setsize={total}
        class="option"
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={() => onPoint(phrase.id)}
        onClick={() => onChoose(phrase)}
      >
        <div class="line">
          <span class="title">
            <Highlight text={phrase.title} ranges={titleRanges} />
          </span>
          {pack !== undefined && (
            <span class="pack" title={pack}>
              {pack}
            </span>
          )}
          {phrase.shortcut && <kbd class="code">{phrase.shortcut}</kbd>}
          {phrase.usageCount > 0 && <span class="uses">{t('sidebar.uses', { count: phrase.usageCount })}</span>}
        </div>
        <div class="text">
          <Highlight text={phrase.text.slice(0, LIST_TEXT)} ranges={textRanges} />
        </div>
      </li>
    );
  },
  (a, b) =>
    a.hit.phrase === b.hit.phrase &&
    a.id === b.id &&
    a.total === b.total &&
    a.selected === b.selected &&
    a.pack === b.pack &&
    a.t === b.t &&
    sameRanges(a.hit.matches, b.hit.matches),
);
