import type * as v from 'valibot';
import { isPackMessageCode, makeIssue, type MessageParams, type PackIssue, type PackLocale } from './messages';

/** Converts valibot issues (whose messages are our codes) to PackIssues with `a[1].b` paths. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[], prefix: string, locale: PackLocale): PackIssue[] {
  return issues.map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) {
      const key: unknown = item.key;
      path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`;
    }
    const missing = issue.kind === 'schema' && issue.input === undefined && (issue.path?.length ?? 0) > 0;
    const code = missing ? 'required' : isPackMessageCode(issue.message) ? issue.message : 'type.object';
    const params: MessageParams =
      typeof issue.requirement === 'number' ? { max: issue.requirement } : code === 'id.reserved' ? { id: String(issue.input) } : {};
    return makeIssue(path, code, params, locale);
  });
}
