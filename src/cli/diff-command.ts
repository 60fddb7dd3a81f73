// `hipaa-hero diff <old.json> <new.json>`: the comparison `audit --baseline` makes, between two saved
// reports: score changes overall and per area, and results new, unchanged or resolved.
import { Chalk } from 'chalk';
import { changesAgainst, compareReports, isFinding } from '../report/baseline.js';
import { renderComparisonMarkdown } from '../report/markdown.js';
import { readReportFile } from '../report/read.js';
import { renderComparison } from '../report/text-baseline.js';
import { GIVE_A_REPORT, note, out, refuseDirectories, useColor } from './io.js';
import { EXIT } from './run.js';

export interface DiffFlags {
  format: 'text' | 'json' | 'markdown';
  failOnNew?: boolean;
  color?: boolean;
}

export async function diffCommand(older: string, newer: string, flags: DiffFlags): Promise<number> {
  await refuseDirectories([
    [older, GIVE_A_REPORT],
    [newer, GIVE_A_REPORT],
  ]);
  const before = await readReportFile(older);
  const after = await readReportFile(newer);
  if (flags.color === false && flags.format !== 'text') note(`--no-color has no effect: only the text comparison has colours, not --format ${flags.format}`);
  const changes = changesAgainst(after.report.results, before.report);
  const comparison = compareReports(before, after.report, changes);
  const results = after.report.results.map((r, i) => ({ ...r, change: changes[i]! }));
  if (flags.format === 'json') {
    const fresh = results.filter((r) => r.change === 'new').map(({ checkId, subject, status, severity, title }) => ({ checkId, subject, status, severity, title }));
    out(JSON.stringify({ older: { path: older, sha256: before.sha256 }, newer: { path: newer, sha256: after.sha256, auditDate: after.report.auditDate }, ...comparison, new: fresh }) + '\n');
  } else if (flags.format === 'markdown') {
    out(renderComparisonMarkdown(comparison, results, { path: newer, areas: after.report.areas }));
  } else {
    const c = new Chalk({ level: useColor(flags.color) ? 1 : 0 });
    out(renderComparison(c, comparison, results, process.stdout.columns || 80).join('\n') + '\n');
  }
  const newFailures = results.some((r) => r.change === 'new' && isFinding(r.status) && r.status !== 'warn');
  return flags.failOnNew && newFailures ? EXIT.gateFailed : EXIT.ok;
}
