// GitHub Actions output: workflow-command annotations and the step summary, rendered from the report model only.
import { byUrgency, renderMarkdown } from './markdown.js';
import { obligationLabel } from './obligation.js';
import { sanitizeReport } from './sanitize.js';
import type { Report, Result } from './schema.js';

/** Escapes a workflow command's message (GitHub's own rules, as in @actions/core). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a workflow command property value: the message's escapes plus `:` and `,`, which delimit properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

// Waived and alternative results are accepted, not findings: no annotation, as in the gate.
const COMMAND: Partial<Record<Result['status'], 'error' | 'warning'>> = { fail: 'error', error: 'error', warn: 'warning' };

/**
 * One `::error` (fail, error) or `::warning` (warn) command per finding, most severe first:
 * GitHub displays only the first 10 of each kind per step (50 per job), so order decides which are
 * seen. The location is the setting in the stack file (omitted when the result has none); the
 * title is the check id and its obligation ("vendors.baa-signed (Required)"), so a reviewer sees
 * at a glance whether HIPAA demands it; the message carries the fix, since an annotation is read on its own.
 */
export function githubAnnotations(input: Report): string {
  // The escapes below keep a string inside its command; sanitising keeps control characters out of the log.
  const report = sanitizeReport(input);
  const lines = report.results
    .filter((r) => COMMAND[r.status] !== undefined)
    .sort(byUrgency)
    .map((r) => {
      const props: string[] = [];
      if (r.location) {
        props.push(`file=${escapeProperty(r.location.file.replace(/\\/g, '/'))}`, `line=${r.location.line}`, `col=${r.location.column}`);
      }
      const label = obligationLabel(r);
      props.push(`title=${escapeProperty(label ? `${r.checkId} (${label})` : r.checkId)}`);
      return `::${COMMAND[r.status]!} ${props.join(',')}::${escapeData(`${r.message} Fix: ${r.remediation}`)}`;
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** What the CLI appends to $GITHUB_STEP_SUMMARY: the Markdown report. */
export function githubStepSummary(report: Report): string {
  return renderMarkdown(report);
}
