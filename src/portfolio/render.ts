// The portfolio index as text (stdout), JSON and Markdown; the HTML page is in render-html.ts.
// Every string from a stack file or a report is data: sanitized for the terminal, escaped for Markdown.
import { escapeCell, table } from '../report/markdown-escape.js';
import { sanitizeLine } from '../report/sanitize.js';
import type { DueEntry, Finding, PortfolioIndex, PracticeEntry } from './model.js';

export const renderIndexJson = (index: PortfolioIndex): string => `${JSON.stringify(index, null, 2)}\n`;

/** Cut to `width` columns: a name keeps its start, a path its end (the file name). */
const fit = (text: string, width: number, keepEnd = false): string => {
  const chars = [...sanitizeLine(text)];
  if (chars.length <= width) return chars.join('').padEnd(width);
  return keepEnd ? `…${chars.slice(chars.length - width + 1).join('')}` : `${chars.slice(0, width - 1).join('')}…`;
};

/** When it falls due, in words: "overdue since 2026-10-01", "2026-12-15 (in 17 d)". */
export const whenDue = (d: DueEntry): string => (d.overdue ? `overdue since ${d.date}` : `${d.date} (in ${d.days} d)`);
const findingLine = (f: Finding): string => `${f.severity} ${f.checkId}: ${f.subject}`;
const dueLine = (d: DueEntry): string => `${whenDue(d)} ${d.checkId}: ${d.subject}`;

/** The trend in words: "+4.5 since 2026-06-01", "first run", or "-" without history. */
export const trendWord = (p: PracticeEntry): string => {
  const t = p.trend;
  if (t === null) return '-';
  if (t.previous === null || t.change === null) return 'first run';
  const sign = t.change > 0 ? '+' : t.change < 0 ? '-' : '±';
  return `${sign}${Math.abs(t.change).toFixed(1)} since ${t.previous.date}`;
};
/** Whether any practice has a recorded history: only then is there a trend column. */
export const hasTrend = (index: PortfolioIndex): boolean => index.practices.some((p) => p.trend !== null);

/** Whether the run has a gate at all (--fail-on other than none, or --fail-under). */
export const gated = (index: PortfolioIndex): boolean => index.gate.failOn !== 'none' || index.gate.failUnder !== null;
export const gateWord = (index: PortfolioIndex, p: PracticeEntry): string => (!gated(index) ? '-' : p.gate.passed ? 'pass' : 'FAIL');

export function headline(index: PortfolioIndex): string {
  const n = index.counts.practices;
  const days = [...new Set(index.practices.map((p) => p.auditDate))];
  const when = days.length === 1 ? ` as of ${days[0]}` : '';
  const what = index.source === 'reports' ? `${n} practice${n === 1 ? '' : 's'} from saved reports` : `${n} practice${n === 1 ? '' : 's'} audited${when}`;
  const bad = index.counts.unreadable;
  const unreadable = bad ? ` · ${bad} ${index.source === 'reports' ? 'report' : 'stack file'}${bad === 1 ? '' : 's'} could not be read` : '';
  const gate = gated(index) ? ` · ${index.counts.gateFailed} failed the gate` : '';
  return `${what}${unreadable}${gate}`;
}

export function renderIndexText(index: PortfolioIndex): string {
  const nameWidth = Math.min(28, Math.max(8, ...index.practices.map((p) => [...p.practice].length)));
  const stackWidth = Math.min(32, Math.max(10, ...index.practices.map((p) => [...p.stack].length)));
  const lines = [`HIPAA portfolio: ${headline(index)}`, ''];
  const trend = hasTrend(index);
  const head = `${'Practice'.padEnd(nameWidth)}  ${'Stack file'.padEnd(stackWidth)}  Score  Grade  Crit  High   Med   Low  Gate${trend ? '  Trend' : ''}`;
  if (index.practices.length) lines.push(head, '-'.repeat(head.length));
  for (const p of index.practices) {
    const f = p.failures;
    const counts = [f.critical, f.high, f.medium, f.low].map((c) => String(c).padStart(4)).join('  ');
    const gate = trend ? gateWord(index, p).padEnd(4) : gateWord(index, p);
    lines.push(`${fit(p.practice, nameWidth)}  ${fit(p.stack, stackWidth, true)}  ${p.score.toFixed(1).padStart(5)}  ${p.grade.padEnd(5)}  ${counts}  ${gate}${trend ? `  ${trendWord(p)}` : ''}`);
    p.top.forEach((t, i) => lines.push(`    ${i === 0 ? 'top' : '   '}  ${sanitizeLine(findingLine(t))}`));
    if (p.due === null) continue;
    if (p.due.length === 0) lines.push('    due  nothing within 90 days');
    p.due.forEach((d, i) => lines.push(`    ${i === 0 ? 'due' : '   '}  ${sanitizeLine(dueLine(d))}`));
  }
  if (index.unreadable.length) {
    lines.push('', `Could not be read (${index.unreadable.length}):`);
    for (const u of index.unreadable) lines.push(`  ${sanitizeLine(u.error)}`);
  }
  for (const note of index.notes) lines.push('', `Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

const link = (text: string, href: string): string => `[${escapeCell(text)}](${encodeURI(href).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;

export function renderIndexMarkdown(index: PortfolioIndex): string {
  const rows = index.practices.map((p) => [
    link(p.practice, p.reports.markdown),
    escapeCell(p.stack),
    p.score.toFixed(1),
    p.grade,
    ...(hasTrend(index) ? [escapeCell(trendWord(p))] : []),
    `${p.failures.critical} / ${p.failures.high} / ${p.failures.medium} / ${p.failures.low}`,
    p.top.map((t) => escapeCell(findingLine(t))).join('<br>'),
    p.due === null ? 'n/a' : p.due.length ? p.due.map((d) => escapeCell(dueLine(d))).join('<br>') : 'nothing within 90 days',
    gateWord(index, p),
  ]);
  const out = [
    '# HIPAA portfolio',
    '',
    escapeCell(headline(index)),
    '',
    ...table(['Practice', 'Stack file', 'Score', 'Grade', ...(hasTrend(index) ? ['Trend'] : []), 'Failures (crit / high / med / low)', 'Top findings', 'Falls due next', 'Gate'], rows),
  ];
  if (index.unreadable.length) {
    out.push('', '## Could not be read', '', ...index.unreadable.map((u) => `- ${escapeCell(u.error)}`));
  }
  for (const n of index.notes) out.push('', `> ${escapeCell(n)}`);
  return `${out.join('\n')}\n`;
}
