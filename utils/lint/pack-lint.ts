// Lints phrase text before a team lead shares it: tone findings per phrase plus pack hygiene
// (empty texts, duplicate ids, clashing shortcut codes, over-long texts, broken custom rules).
// Pure: takes the file text, returns findings with line and column. Used by `huashu-lint` and the packs module.
import { builtInTone, checkTemplate, checkTone } from '../tone-builtin';
import { normalizeLocale, type ToneFinding } from '../tone/engine';
import { ToneRuleSchema, type ToneLocale, type ToneRule, type ToneSeverity } from '../tone/schema';
import { validateRules } from '../tone/validate';
import * as v from 'valibot';
import { lineColumn, locateJson, sourceOffsetInString } from './json-locate';
import { dateFindings } from './date-lint';
import { localDay, type IsoDate } from '../validity/dates';
import { shadowedQuestions } from './questions-lint';
import { SUGGEST_INTENTS } from '../../phrases/suggest/intents';

export interface LintFinding {
  line: number;
  /** 1-based, in Unicode code points. */
  column: number;
  severity: ToneSeverity;
  ruleId: string;
  message: string;
  suggestion?: string;
}

export interface LintOptions {
  locale?: string;
  disabled?: readonly string[];
  /** Rules to check with (default: built-in rules). A pack's own rules are added to these. */
  rules?: readonly ToneRule[];
  /** The day expired windows and passed dates are judged on (default: today on this computer). */
  today?: IsoDate;
}

/** Longest phrase text, in characters (Qianniu's quick-phrase cap). */
export const MAX_PHRASE_CHARS = 800;

type Messages = Record<ToneLocale, string>;
const M = {
  'pack-invalid-json': { 'zh-CN': 'JSON 格式错误', 'zh-TW': 'JSON 格式錯誤', en: 'invalid JSON' },
  'pack-format': {
    'zh-CN': '不是话术包文件（format 应为 "huashu.pack"）',
    'zh-TW': '不是話術包檔案（format 應為 "huashu.pack"）',
    en: 'not a phrase pack (format must be "huashu.pack")',
  },
  'pack-empty-text': { 'zh-CN': '话术内容为空', 'zh-TW': '話術內容為空', en: 'phrase text is empty' },
  'pack-duplicate-id': { 'zh-CN': '话术 id 重复', 'zh-TW': '話術 id 重複', en: 'duplicate phrase id' },
  'pack-shortcut-clash': { 'zh-CN': '快捷编码与其他话术冲突', 'zh-TW': '快捷編碼與其他話術衝突', en: 'shortcut code clashes with another phrase' },
  'pack-text-too-long': {
    'zh-CN': `话术超过 ${MAX_PHRASE_CHARS} 字`,
    'zh-TW': `話術超過 ${MAX_PHRASE_CHARS} 字`,
    en: `phrase text is longer than ${MAX_PHRASE_CHARS} characters`,
  },
  'pack-qianniu-length': {
    'zh-CN': `按千牛规则（汉字算 2 个字符）超过 ${MAX_PHRASE_CHARS} 字符`,
    'zh-TW': `按千牛規則（漢字算 2 個字元）超過 ${MAX_PHRASE_CHARS} 字元`,
    en: `over Qianniu's ${MAX_PHRASE_CHARS}-unit limit (a Chinese character counts 2)`,
  },
  'pack-rule-invalid': { 'zh-CN': '自定义规则无效', 'zh-TW': '自訂規則無效', en: 'custom rule is invalid' },
  'pack-expired': { 'zh-CN': '有效期已过，仍在话术包中：最后一天是', 'zh-TW': '有效期已過，仍在話術包中：最後一天是', en: 'expired but still in the pack: its last day was' },
  'pack-questions-shadowed': {
    'zh-CN': '示例问题都被同一话术包里的另一条话术更好地回答，推荐回复不会推荐这条：',
    'zh-TW': '範例問題都被同一話術包裡的另一則話術更好地回答，推薦回覆不會推薦這則：',
    en: 'another phrase of this pack answers all of its example questions better, so suggestions never offer this one:',
  },
  'pack-date-passed': { 'zh-CN': '提到的日期已经过去：', 'zh-TW': '提到的日期已經過去：', en: 'mentions a date that has passed:' },
} satisfies Record<string, Messages>;

type PackRuleId = keyof typeof M;

/** Length by Qianniu's rule: a CJK character counts 2, anything else 1. */
export function qianniuLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return n;
}

function toLint(f: ToneFinding, line: number, column: number): LintFinding {
  const out: LintFinding = { line, column, severity: f.severity, ruleId: f.ruleId, message: f.message };
  if (f.suggestions[0] !== undefined) out.suggestion = f.suggestions[0];
  return out;
}

/** Lints plain text: every line is one draft. */
export function lintText(source: string, options: LintOptions = {}): LintFinding[] {
  const out: LintFinding[] = [];
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  text.split(/\r?\n/).forEach((draft, index) => {
    for (const f of checkTone(draft, options)) {
      out.push(toLint(f, index + 1, [...draft.slice(0, f.start)].length + 1));
    }
  });
  return out;
}

/** Lints a `huashu.pack` JSON file. */
export function lintPack(source: string, options: LintOptions = {}): LintFinding[] {
  const locale = normalizeLocale(options.locale);
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const out: LintFinding[] = [];
  const at = (offset: number, ruleId: PackRuleId, severity: ToneSeverity, detail = '') => {
    const { line, column } = lineColumn(text, offset);
    out.push({ line, column, severity, ruleId, message: M[ruleId][locale] + detail });
  };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    at(pos ? Number(pos[1]) : 0, 'pack-invalid-json', 'error', `: ${msg}`);
    return out;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'huashu.pack') {
    at(0, 'pack-format', 'error');
    return out;
  }
  const where = locateJson(text);
  const pos = (path: string) => where.get(path)?.start ?? 0;
  const pack = data as { phrases?: unknown; rules?: unknown };

  // Custom rules travel with the pack; broken ones are reported and left out.
  const base = options.rules ?? builtInTone.rules;
  const rawRules = Array.isArray(pack.rules) ? (pack.rules as unknown[]) : [];
  const packRules = rawRules.flatMap((r) => {
    const parsed = v.safeParse(ToneRuleSchema, r);
    return parsed.success ? [parsed.output] : [];
  });
  const ruleSet = packRules.length ? [...base, ...packRules] : base;
  for (const problem of validateRules(rawRules, builtInTone.tables, ruleSet)) {
    at(pos(problem.path), 'pack-rule-invalid', 'error', ` (${problem.path}: ${problem.problem})`);
  }

  const phrases = Array.isArray(pack.phrases) ? (pack.phrases as unknown[]) : [];
  for (const f of dateFindings(data as { groups?: unknown; phrases?: unknown }, options.today ?? localDay(Date.now()))) {
    const offset = f.offset === undefined ? pos(f.path) : sourceOffsetInString(text, pos(f.path), f.offset);
    at(offset, f.kind === 'expired' ? 'pack-expired' : 'pack-date-passed', 'warning', ` ${f.detail} (phrases[${f.index}])`);
  }
  const ids = new Map<string, number>();
  const shortcuts = new Map<string, number>();
  phrases.forEach((raw, i) => {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as { id?: unknown; text?: unknown; shortcut?: unknown };
    const base = `phrases[${i}]`;
    if (typeof p.id === 'string') {
      const first = ids.get(p.id);
      if (first !== undefined) at(pos(`${base}.id`), 'pack-duplicate-id', 'error', ` "${p.id}" (phrases[${first}])`);
      else ids.set(p.id, i);
    }
    if (typeof p.shortcut === 'string' && p.shortcut.trim() !== '') {
      const key = p.shortcut.trim().toLowerCase();
      const first = shortcuts.get(key);
      if (first !== undefined) at(pos(`${base}.shortcut`), 'pack-shortcut-clash', 'error', ` "${p.shortcut}" (phrases[${first}])`);
      else shortcuts.set(key, i);
    }
    const phraseText = typeof p.text === 'string' ? p.text : '';
    if (phraseText.trim() === '') {
      at(where.has(`${base}.text`) ? pos(`${base}.text`) : pos(base), 'pack-empty-text', 'error', ` (${base}.text)`);
      return;
    }
    const literal = pos(`${base}.text`);
    if ([...phraseText].length > MAX_PHRASE_CHARS) at(literal, 'pack-text-too-long', 'error', ` (${[...phraseText].length})`);
    else if (qianniuLength(phraseText) > MAX_PHRASE_CHARS) at(literal, 'pack-qianniu-length', 'hint', ` (${qianniuLength(phraseText)})`);
    for (const f of checkTemplate(phraseText, { ...options, rules: ruleSet })) {
      const { line, column } = lineColumn(text, f.start === f.end ? literal : sourceOffsetInString(text, literal, f.start));
      out.push(toLint(f, line, column));
    }
  });
  questionFindings(phrases, (i, by) => at(pos(`phrases[${i}].questions`), 'pack-questions-shadowed', 'warning', ` phrases[${by}] (phrases[${i}])`));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The pack's phrases as the suggestion engine takes them, and those whose questions another answers better. */
function questionFindings(phrases: readonly unknown[], report: (index: number, by: number) => void): void {
  const list = phrases.map((raw, i) => {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as { title?: unknown; text?: unknown; questions?: unknown; tags?: unknown };
    const strings = (x: unknown) => (Array.isArray(x) ? x.filter((q): q is string => typeof q === 'string') : []);
    // Indexes as ids: a pack's own ids may repeat or be missing (reported above).
    return { id: String(i), title: typeof p.title === 'string' ? p.title : '', text: typeof p.text === 'string' ? p.text : '', questions: strings(p.questions), tags: strings(p.tags) };
  });
  for (const { index, by } of shadowedQuestions(list, SUGGEST_INTENTS)) report(index, by);
}
