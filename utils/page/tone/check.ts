// The draft check, pure: text, rules, settings, allow-list and ignored words in, findings out.
import type { ToneFinding, ToneModel, ToneRule, ToneTables } from '../../tone/index';
import { checkToneWith, type CheckToneOptions } from '../../tone/engine';
import { SEVERITY_RANK } from '../../tone/precedence';
import { TeamRulesTooSlow } from '../../tone/team-rules';
import type { Translate } from '../../i18n';
import { visibleFindings } from './findings';
import type { ToneAllowEntry, ToneSettings } from '../../settings';
import type { DraftFinding } from './draft-report';

/** What a check could run with: everything, the built-in rules only (a team rule threw), or nothing. */
export type CheckState = 'full' | 'built-in' | 'none';

export interface BuiltInRules {
  version: string;
  rules: readonly ToneRule[];
  model: ToneModel | null;
}

export interface DraftRules {
  /** Built-in rules with the team packs' own (see combineRules); null until they arrive (or when the background
   *  cannot be reached): the check cannot run, and the badge says so. */
  combined: readonly ToneRule[] | null;
  /** The built-in rules and model as the background last sent them, and their version. */
  builtIn: BuiltInRules | null;
}

export interface DraftCheckInput {
  rules: DraftRules;
  settings: Pick<ToneSettings, 'disabledCategories' | 'disabledRules'>;
  allow: readonly ToneAllowEntry[];
  ignored: ReadonlySet<string>;
  locale: string;
  linear: CheckToneOptions['linear'];
  /** The tables the rules refer to (the content script bundles the built-in ones; the rules come by message). */
  tables: ToneTables;
}

export interface DraftCheck {
  /** Sorted by position, then severity; [] with `ran` 'none' when no rule set could run (not a pass). */
  findings: ToneFinding[];
  /** null for a blank draft: nothing was checked. */
  ran: CheckState | null;
  /** The team rules ran out of their time budget on this draft (not a pattern the matcher refused). */
  slow?: true;
}

/** Checks a draft with all rules, else with the built-in rules alone, else says it could not. */
export function checkDraft(text: string, input: DraftCheckInput): DraftCheck {
  if (text.trim() === '') return { findings: [], ran: null };
  const { combined, builtIn } = input.rules;
  const options = { locale: input.locale, model: builtIn?.model ?? null, linear: input.linear, tables: input.tables };
  let raw: ToneFinding[];
  let ran: CheckState;
  let slow = false;
  try {
    if (combined === null) throw new Error('no rules yet');
    raw = checkToneWith(text, combined, options);
    ran = 'full';
  } catch (error) {
    slow = error instanceof TeamRulesTooSlow;
    try {
      if (!builtIn) throw new Error('no built-in rules');
      raw = checkToneWith(text, builtIn.rules, options);
      ran = 'built-in';
    } catch {
      return { findings: [], ran: 'none' };
    }
  }
  const findings = visibleFindings(raw, input.settings, input.allow, input.ignored).sort(
    (a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  return slow ? { findings, ran, slow } : { findings, ran };
}

function wholeMessage(ruleId: string, message: string): ToneFinding {
  return { start: 0, end: 0, text: '', ruleId, category: 'check', severity: 'error', message, suggestions: [], safe: false };
}

/**
 * The findings the send check weighs: a draft the check could not read (or read only with the built-in rules) carries
 * a whole-message error, so the check fails closed and the draft goes out only on the agent's word.
 */
export function sendCheckFindings(text: string, findings: ToneFinding[], state: CheckState, t: Translate): ToneFinding[] {
  if (text.trim() === '') return findings;
  if (state === 'none') return [wholeMessage('check-unavailable', t('tone.unavailable'))];
  if (state === 'built-in') return [wholeMessage('check-partial', t('tone.partial')), ...findings];
  return findings;
}

/** A finding as the sidebar's "Draft check" receives it. */
export function toDraftFinding(f: ToneFinding): DraftFinding {
  const { start, end, text, ruleId, category, severity, message, suggestions, safe } = f;
  return { start, end, text, ruleId, category, severity, message, suggestions: [...suggestions], safe };
}
