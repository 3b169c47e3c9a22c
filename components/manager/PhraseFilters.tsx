import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';

export interface Filters {
  query: string;
  pack: string;
  pinnedOnly: boolean;
  toneOnly: boolean;
  unusedOnly: boolean;
}

export const NO_FILTERS: Filters = { query: '', pack: '', pinnedOnly: false, toneOnly: false, unusedOnly: false };

export interface PhraseFiltersProps {
  t: Translate;
  filters: Filters;
  packOptions: readonly { id: string; label: string }[];
  onChange(next: Filters): void;
  onNew(): void;
}

/** Search, pack and flag filters above the phrase list, and "new phrase". */
export function PhraseFilters({ t, filters, packOptions, onChange, onNew }: PhraseFiltersProps): JSX.Element {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const flag = (key: 'pinnedOnly' | 'toneOnly' | 'unusedOnly', label: string) => (
    <label>
      <input type="checkbox" checked={filters[key]} onChange={(e) => set({ [key]: e.currentTarget.checked })} />
      {label}
    </label>
  );
  return (
    <div class="filters" role="search">
      <label>
        {t('mgr.search')}
        <input type="search" value={filters.query} placeholder={t('sidebar.searchPlaceholder')} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label>
        {t('mgr.filterPack')}
        <select value={filters.pack} onChange={(e) => set({ pack: e.currentTarget.value })}>
          <option value="">{t('mgr.allPacks')}</option>
          {packOptions.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {flag('pinnedOnly', t('mgr.filterPinned'))}
      {flag('toneOnly', t('mgr.filterTone'))}
      {flag('unusedOnly', t('mgr.filterUnused'))}
      <button type="button" class="primary" onClick={onNew}>
        {t('mgr.newPhrase')}
      </button>
    </div>
  );
}
