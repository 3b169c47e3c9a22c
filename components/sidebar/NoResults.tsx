import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';

export interface NoResultsProps {
  t: Translate;
  query: string;
  /** A group is chosen: offer searching every group. */
  inGroup: boolean;
  /** Packs hidden from the sidebar (other languages, for one) that a search could look in (in every group). */
  hiddenPacks: number;
  /** Hidden packs were searched too. */
  searchedEverywhere: boolean;
  onSearchAllGroups(): void;
  onSearchAllLanguages(): void;
  /** Absent where the sidebar cannot open the phrase manager. */
  onCreate: ((text: string) => void) | undefined;
}

/** An empty search result, and what the agent can do about it. */
export function NoResults(props: NoResultsProps): JSX.Element {
  const { t, query } = props;
  return (
    <div class="no-results">
      <p class="note">{props.searchedEverywhere ? t('sidebar.noResultsAnywhere', { query }) : t('sidebar.noResults', { query })}</p>
      <div class="actions">
        {props.inGroup && (
          <button type="button" onClick={props.onSearchAllGroups}>
            {t('sidebar.searchAllGroups')}
          </button>
        )}
        {props.hiddenPacks > 0 && !props.searchedEverywhere && (
          <button type="button" onClick={props.onSearchAllLanguages}>
            {t('sidebar.searchAllLanguages', { count: props.hiddenPacks })}
          </button>
        )}
        {props.onCreate && (
          <button type="button" onClick={() => props.onCreate?.(query.trim())}>
            {t('sidebar.createPhrase')}
          </button>
        )}
      </div>
    </div>
  );
}
