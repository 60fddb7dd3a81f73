// `hipaa-hero diff <old.json> <new.json>`: the comparison `audit --baseline` makes, between two saved
// reports (or, with --history <db>, two recorded runs): score changes overall and per area, and results new, unchanged or resolved.
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
  /** --history <db>: `older` and `newer` are run numbers in this history database. */
  history?: string;
}

async function readBoth(older: string, newer: string) {
  await refuseDirectories([
    [older, GIVE_A_REPORT],
    [newer, GIVE_A_REPORT],
  ]);
  return [await readReportFile(older), await readReportFile(newer)] as const;
}

export async function diffCommand(older: string, newer: string, flags: DiffFlags): Promise<number> {
  const [before, after] = flags.history !== undefined ? await (await import('../history/stored-report.js')).loadRunPair(flags.history, older, newer) : await readBoth(older, newer);
  if (flags.color === false && flags.format !== 'text') note(`--no-color has no effect: only the text comparison has colours, not --format ${flags.format}`);
  const [was, now] = [before.report.profile?.id ?? 'current', after.report.profile?.id ?? 'current'];
  if (was !== now) note(`the reports were written with different profiles (${was}, then ${now}): the proposed rule's checks show as new or resolved, not as changes in the practice`);
  const changes = changesAgainst(after.report.results, before.report);
  const comparison = compareReports(before, after.report, changes);
  const results = after.report.results.map((r, i) => ({ ...r, change: changes[i]! }));
  if (flags.format === 'json') {
    const fresh = results.filter((r) => r.change === 'new').map(({ checkId, subject, status, severity, title }) => ({ checkId, subject, status, severity, title }));
    out(JSON.stringify({ older: { path: before.path, sha256: before.sha256 }, newer: { path: after.path, sha256: after.sha256, auditDate: after.report.auditDate }, ...comparison, new: fresh }) + '\n');
  } else if (flags.format === 'markdown') {
    out(renderComparisonMarkdown(comparison, results, { path: after.path, areas: after.report.areas }));
  } else {
    const c = new Chalk({ level: useColor(flags.color) ? 1 : 0 });
    out(renderComparison(c, comparison, results, process.stdout.columns || 80).join('\n') + '\n');
  }
  const newFailures = results.some((r) => r.change === 'new' && isFinding(r.status) && r.status !== 'warn');
  return flags.failOnNew && newFailures ? EXIT.gateFailed : EXIT.ok;
}
