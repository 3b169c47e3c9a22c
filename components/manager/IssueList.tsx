import type { JSX } from 'preact';
import type { PackIssue } from '../../utils/packs/messages';
import { ISSUES_SHOWN } from './shared';

/** Problems of an import, open when there are few. */
export function IssueList({ issues, label }: { issues: readonly PackIssue[]; label: string }): JSX.Element | null {
  if (issues.length === 0) return null;
  return (
    <details open={issues.length <= 10}>
      <summary>{label}</summary>
      <ul class="issues">
        {issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
          <li key={`${issue.path}-${i}`}>{issue.message}</li>
        ))}
        {issues.length > ISSUES_SHOWN && <li>…</li>}
      </ul>
    </details>
  );
}
