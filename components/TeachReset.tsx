import type { JSX } from 'preact';
import type { HuashuDB } from '../utils/db/database';
import { sitesWithTaughtRule } from '../utils/db/taught';
import { clockText } from '../utils/locales/clock';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { useLiveQuery } from './useLiveQuery';
import { RemovableList } from './RemovableList';

/** The sites whose transcript the agent taught (the sidebar's teach step), each with a reset back to the guess. */
export function TeachReset({ db, send, locale }: { db: HuashuDB; send: Sender<ProtocolMap>; locale: string }): JSX.Element {
  const t = clockText(locale);
  const sites = useLiveQuery(() => sitesWithTaughtRule(db), []).value ?? [];
  return (
    <div aria-labelledby="teach-h" role="group">
      <h3 id="teach-h">{t('teach.title')}</h3>
      <p class="note">{t('teach.note')}</p>
      <RemovableList
        items={sites}
        label={t('teach.title')}
        empty={t('teach.none')}
        removeText={t('teach.reset')}
        keyOf={(site) => site}
        show={(site) => <span>{site}</span>}
        removeLabel={(site) => t('teach.resetSite', { site })}
        remove={(site) => void send('teach:reset', { origin: site }).catch(() => undefined)}
      />
    </div>
  );
}
