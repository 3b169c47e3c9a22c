import type { JSX } from 'preact';
import type { HuashuDB } from '../utils/db/database';
import { loadReplies } from '../utils/db/replies';
import type { ClockTranslate } from '../utils/locales/clock';
import { replyDays } from '../utils/clock/stats';
import { formatWait } from '../utils/clock/targets';
import { useLiveQuery } from './useLiveQuery';

/** The agent's own response times per day (median, share within target), from this device's record only. */
export function ReplyTimes({ db, t }: { db: HuashuDB; t: ClockTranslate }): JSX.Element {
  const days = replyDays(useLiveQuery(() => loadReplies(db), []).value ?? []);
  return (
    <>
      <h3 id="reply-times-h">{t('clock.history')}</h3>
      <p class="note">{t('clock.localOnly')}</p>
      {days.length === 0 ? (
        <p class="note">{t('clock.noHistory')}</p>
      ) : (
        <table aria-labelledby="reply-times-h">
          <thead>
            <tr>
              <th scope="col">{t('clock.day')}</th>
              <th scope="col">{t('clock.count')}</th>
              <th scope="col">{t('clock.median')}</th>
              <th scope="col">{t('clock.within')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.count}</td>
                <td>{formatWait(d.medianMs)}</td>
                <td>{Math.round(d.withinShare * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
