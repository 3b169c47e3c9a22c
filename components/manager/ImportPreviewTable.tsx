import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { ImportPreview } from '../../utils/packs/preview';
import { titleOrDerived } from '../../utils/packs/title';
import { mostSevereFirst } from '../../utils/tone/precedence';
import { revealBidi } from '../../utils/packs/unicode';
import { checkTemplate } from '../../utils/tone-builtin';
import { WordDiff } from './WordDiff';

/** Rows rendered at first (and added by "show more"); the tone check runs only on rendered rows. */
const ROWS = 100;
const PREVIEW_CHARS = 80;

export interface ImportPreviewTableProps {
  t: Translate;
  locale: string;
  preview: ImportPreview;
}

/** The incoming phrases of an import: title, shortcut, group, the start of the text and the tone findings. */
export function ImportPreviewTable({ t, locale, preview }: ImportPreviewTableProps): JSX.Element {
  const [shown, setShown] = useState(ROWS);
  const page = preview.rows.slice(0, shown);
  const findings = useMemo(
    () => page.map((row) => mostSevereFirst(checkTemplate(row.phrase.text, { locale }))),
    [page.length, preview, locale],
  );
  return (
    <div class="import-rows">
      {preview.groups.length > 0 && (
        <p>
          <strong>{t('mgrd.incomingGroups', { count: preview.groups.length })}</strong>{' '}
          {preview.groups.map((g) => `${revealBidi(g.name)} (${g.count})`).join(t('mgrd.listSeparator'))}
        </p>
      )}
      <table class="phrase-table" aria-label={t('mgrd.incomingPhrases')}>
        <thead>
          <tr>
            <th scope="col">{t('mgr.field.title')}</th>
            <th scope="col">{t('mgr.field.shortcut')}</th>
            <th scope="col">{t('mgr.field.group')}</th>
            <th scope="col">{t('mgrd.textPreview')}</th>
            <th scope="col">{t('mgr.toneCheck')}</th>
          </tr>
        </thead>
        <tbody>
          {page.map((row, i) => {
            const { phrase } = row;
            const list = findings[i] ?? [];
            return (
              <tr key={phrase.id} class={list.some((f) => f.severity === 'error') ? 'has-error' : undefined}>
                <td class="title">
                  <strong>{revealBidi(titleOrDerived(phrase))}</strong>
                  {row.duplicateOf !== undefined && (
                    <div class="muted">{t('mgrd.duplicateOf', { title: revealBidi(row.duplicateOf) })}</div>
                  )}
                </td>
                <td>
                  {phrase.shortcut ? <code>{revealBidi(phrase.shortcut)}</code> : null}
                  {phrase.shortcut && row.shortcutTakenBy !== undefined && (
                    <div class="warn">{t('mgrd.shortcutUsed', { code: revealBidi(phrase.shortcut), title: revealBidi(row.shortcutTakenBy) })}</div>
                  )}
                </td>
                <td>{revealBidi(row.groupName)}</td>
                <td class="preview">
                  {row.textBefore !== undefined ? (
                    <WordDiff t={t} before={row.textBefore} after={phrase.text} />
                  ) : phrase.text.length > PREVIEW_CHARS ? (
                    `${phrase.text.slice(0, PREVIEW_CHARS)}…`
                  ) : (
                    phrase.text
                  )}
                </td>
                <td>
                  {list.length === 0 ? (
                    <span class="muted">{t('mgr.toneClear')}</span>
                  ) : (
                    <ul class="row-findings">
                      {list.map((f, j) => (
                        <li key={`${f.ruleId}-${f.start}-${j}`} class={`finding ${f.severity}`}>
                          <strong>{t(f.severity === 'error' ? 'tone.error' : f.severity === 'warning' ? 'tone.warning' : 'tone.hint')}</strong>{' '}
                          {f.text !== '' ? <q>{f.text}</q> : null} {f.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + ROWS)}>
          {t('mgrd.showMoreRows', { shown: page.length, total: preview.rows.length })}
        </button>
      )}
    </div>
  );
}
