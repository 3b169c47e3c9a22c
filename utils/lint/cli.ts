// `huashu-lint FILE...`: checks text files (each line is a draft) and huashu.pack JSON files.
// Prints `file:line:col  severity  rule  message  → suggestion`; exit 1 on any error-level finding,
// exit 2 when a file cannot be read (or the command line is wrong). No Node imports: bin/huashu-lint.mjs passes the I/O.
import { normalizeLocale } from '../tone/engine';
import { lintPack, lintText, type LintFinding } from './pack-lint';
import { isIsoDate } from '../validity/dates';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: huashu-lint [--locale zh-CN|zh-TW|en] [--disable rule-id,rule-id] [--today YYYY-MM-DD] FILE...
  .json files are read as huashu.pack phrase packs; any other file as text, one draft per line.
  --today: the day expired phrases and passed dates are judged on (default: today).
  exit code: 0 clean or hints/warnings only, 1 error-level findings, 2 unreadable file or bad usage`;

export function formatFinding(file: string, f: LintFinding): string {
  const base = `${file}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${f.message}`;
  if (f.suggestion === undefined) return base;
  return `${base}  → ${f.suggestion === '' ? '(delete)' : f.suggestion}`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let locale: string | undefined;
  let today: string | undefined;
  const disabled: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg === '--locale' || arg === '--disable' || arg === '--today') {
      const value = argv[++i];
      if (value === undefined) {
        io.err(`huashu-lint: ${arg} needs a value\n${USAGE}`);
        return 2;
      }
      if (arg === '--today' && !isIsoDate(value)) {
        io.err(`huashu-lint: --today needs a day written YYYY-MM-DD, not ${value}`);
        return 2;
      }
      if (arg === '--locale') locale = value;
      else if (arg === '--today') today = value;
      else disabled.push(...value.split(',').map((s) => s.trim()).filter(Boolean));
    } else if (arg.startsWith('--')) {
      io.err(`huashu-lint: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }

  const options = { locale: normalizeLocale(locale ?? 'zh-CN'), disabled, ...(today === undefined ? {} : { today }) };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let unreadable = false;
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const file of files) {
    let source: string;
    try {
      source = decoder.decode(await io.readFile(file));
    } catch (e) {
      const reason = e instanceof TypeError ? 'not UTF-8 text' : e instanceof Error ? e.message : String(e);
      io.err(`huashu-lint: cannot read ${file}: ${reason}`);
      unreadable = true;
      continue;
    }
    const findings = file.toLowerCase().endsWith('.json') ? lintPack(source, options) : lintText(source, options);
    for (const f of findings) {
      counts[f.severity]++;
      io.out(formatFinding(file, f));
    }
  }
  io.out(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.hint} hint(s) in ${files.length} file(s)`);
  if (unreadable) return 2;
  return counts.error > 0 ? 1 : 0;
}
