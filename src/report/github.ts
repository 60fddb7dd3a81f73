// GitHub Actions output: workflow-command annotations and the step summary, rendered from the report model only.
import { byUrgency, renderMarkdown } from './markdown.js';
import type { Report, Result } from './schema.js';

/** Escapes a workflow command's message (GitHub's own rules, as in @actions/core). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a workflow command property value: the message's escapes plus `:` and `,`, which delimit properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND: Partial<Record<Result['status'], 'error' | 'warning'>> = { fail: 'error', error: 'error', warn: 'warning' };

/**
 * One `::error` (fail, error) or `::warning` (warn) command per finding, most severe first:
 * GitHub displays only the first 10 of each kind per step (50 per job), so order decides which are
 * seen. The location is the setting in the stack file (omitted when the result has none); the
 * title is the check id; the message carries the fix, since an annotation is read on its own.
 */
export function githubAnnotations(report: Report): string {
  const lines = report.results
    .filter((r) => COMMAND[r.status] !== undefined)
    .sort(byUrgency)
    .map((r) => {
      const props: string[] = [];
      if (r.location) {
        props.push(`file=${escapeProperty(r.location.file.replace(/\\/g, '/'))}`, `line=${r.location.line}`, `col=${r.location.column}`);
      }
      props.push(`title=${escapeProperty(r.checkId)}`);
      return `::${COMMAND[r.status]!} ${props.join(',')}::${escapeData(`${r.message} Fix: ${r.remediation}`)}`;
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** What the CLI appends to $GITHUB_STEP_SUMMARY: the Markdown report. */
export function githubStepSummary(report: Report): string {
  return renderMarkdown(report);
}
