import type { JSX } from 'preact';
import type { ImportMode, ImportPlan } from '../../utils/packs/merge';
import { localizeIssue } from '../../utils/packs/messages';
import { revealBidi } from '../../utils/packs/unicode';
import type { Translate } from '../../utils/i18n';
import type { UiLocale } from '../../utils/settings';
import { RuleOverrideList } from './RuleOverrides';
import { ImportPreviewTable } from './ImportPreviewTable';
import { IssueList } from './IssueList';
import type { ImportState } from './useImport';

/** Edited phrases named in the import preview (the rest are counted). */
const LOCAL_EDITS_LISTED = 10;

/** What the import would do, before anything is written: name, counts, incoming phrases, issues, mode. */
export function ImportPreview({ state, t, locale }: { state: ImportState; t: Translate; locale: UiLocale }): JSX.Element | null {
  const { loaded, plan, preview, progress } = state;
  if (!loaded || !plan) return null;
  /** Custom tone rules the pack carries (a pack may hold rules only). */
  const rules = plan.rules?.length ?? 0;
  return (
    <form
      class="preview-box"
      aria-label={t('mgr.importPreview')}
      onSubmit={(e) => {
        e.preventDefault();
        void state.commit();
      }}
    >
      <h3>{t('mgr.importPreviewOf', { name: plan.meta.name, file: loaded.fileName })}</h3>
      <PackNameField state={state} t={t} />
      <p class="muted">
        {t('mgr.packId')}: <code>{plan.packId}</code> · {t(`mgr.kind.${loaded.kind}`)}
        {plan.existingPack ? ` · ${t('mgr.importOver')}` : ` · ${t('mgr.importFirst')}`}
      </p>
      <ImportCounts t={t} plan={plan} rules={rules} />
      {preview && (
        <>
          <p data-duplicates={preview.duplicates}>{preview.duplicates > 0 ? t('mgrd.duplicates', { count: preview.duplicates }) : t('mgrd.noDuplicates')}</p>
          {preview.shortcutClashes > 0 && (
            <p class="warn" data-shortcut-clashes={preview.shortcutClashes}>
              {t('mgrd.shortcutClashes', { count: preview.shortcutClashes })}
            </p>
          )}
          <ImportPreviewTable t={t} locale={locale} preview={preview} />
        </>
      )}
      <IssueList issues={plan.invalid.map((i) => localizeIssue(i, locale))} label={t('mgr.invalidReasons', { count: plan.invalid.length })} />
      <IssueList issues={loaded.warnings.map((i) => localizeIssue(i, locale))} label={t('mgr.warnings', { count: loaded.warnings.length })} />
      <RuleOverrideList overrides={plan.ruleOverrides} t={t} locale={locale} />
      <LocalEdits t={t} plan={plan} keep={state.keepEdits} onKeep={state.setKeepEdits} />
      <ModeChoice t={t} mode={state.mode} onMode={state.setMode} />
      <div class="row">
        <button type="submit" class="primary" disabled={progress !== null || (plan.phrases.length === 0 && rules === 0)}>
          {rules > 0 ? t('mgr.importCommitRules', { count: plan.phrases.length, rules }) : t('mgr.importCommit', { count: plan.phrases.length })}
        </button>
        <button type="button" onClick={state.cancel}>
          {t('mgr.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The name the pack is installed under (checked when the lead commits). */
function PackNameField({ state, t }: { state: ImportState; t: Translate }): JSX.Element {
  const { nameTried, nameCheck } = state;
  const invalid = nameTried && !nameCheck.ok;
  return (
    <>
      <label>
        {t('mgr.packName')}
        <input
          value={state.packName}
          size={40}
          onInput={(e) => state.setPackName(e.currentTarget.value)}
          {...(invalid ? { 'aria-invalid': true, 'aria-describedby': 'import-name-err' } : {})}
        />
      </label>
      {!nameCheck.ok && invalid && (
        <span id="import-name-err" class="field-error">
          {t(nameCheck.problem === 'empty' ? 'mgrd.packNameEmpty' : 'mgrd.packNameTooLong')}
        </span>
      )}
    </>
  );
}

function ImportCounts({ t, plan, rules }: { t: Translate; plan: ImportPlan; rules: number }): JSX.Element {
  return (
    <dl class="counts" aria-label={t('mgr.importCounts')}>
      {(['new', 'updated', 'unchanged', 'removed', 'invalid'] as const).map((k) => (
        <div key={k}>
          <dt>{t(`mgr.count.${k}`)}</dt>
          <dd data-count={k}>{plan.counts[k]}</dd>
        </div>
      ))}
      {rules > 0 && (
        <div>
          <dt>{t('mgr.count.rules')}</dt>
          <dd data-count="rules">{rules}</dd>
        </div>
      )}
    </dl>
  );
}

/** The agent's edits of this pack's phrases, and whether to keep them as personal copies. */
function LocalEdits({ t, plan, keep, onKeep }: { t: Translate; plan: ImportPlan; keep: boolean; onKeep(on: boolean): void }): JSX.Element | null {
  if (plan.localEdits.length === 0) return null;
  return (
    <div class="local-edits" role="group" aria-label={t('mgr.keepLocalEdits')}>
      <p>{t('mgr.localEdits', { count: plan.localEdits.length })}</p>
      <ul>
        {plan.localEdits.slice(0, LOCAL_EDITS_LISTED).map((p) => (
          <li key={p.id}>{revealBidi(p.title)}</li>
        ))}
        {plan.localEdits.length > LOCAL_EDITS_LISTED && <li>…</li>}
      </ul>
      <label>
        <input type="checkbox" checked={keep} onChange={(e) => onKeep(e.currentTarget.checked)} />
        {t('mgr.keepLocalEdits')}
      </label>
    </div>
  );
}

function ModeChoice({ t, mode, onMode }: { t: Translate; mode: ImportMode; onMode(mode: ImportMode): void }): JSX.Element {
  return (
    <fieldset>
      <legend>{t('mgr.importMode')}</legend>
      {(['merge', 'replace'] as const).map((m) => (
        <label key={m}>
          <input type="radio" name="mode" checked={mode === m} onChange={() => onMode(m)} />
          {t(m === 'merge' ? 'mgr.modeMerge' : 'mgr.modeReplace')}
        </label>
      ))}
    </fieldset>
  );
}
