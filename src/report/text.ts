// The terminal reporter: score and grade first, then the areas, then each area's results with
// failures first (subject, citation, location, remediation). Fits 80 columns; colour is optional.
import { Chalk, type ChalkInstance } from 'chalk';
import { alternativeText, citationsLead, DISCLAIMER, obligationLabel, obligationNote } from './obligation.js';
import { neutraliseCommandStart, sanitizeReport } from './sanitize.js';
import type { Report, Result } from './schema.js';
import { renderComparison } from './text-baseline.js';
import { renderPages } from './text-pages.js';
import { endpointWhy } from './endpoint-words.js';
import { attestCommandLine, OPEN_ITEMS_DEFINITION, openItems, openItemsCount } from './open-items.js';
import { hintLine, notJudgedSummary, placeholderNote } from './unjudged-words.js';

export interface TextOptions {
  color: boolean;
  width?: number;
}

type Status = Result['status'];
const ORDER: Status[] = ['error', 'fail', 'warn', 'manual', 'alternative', 'waived', 'pass', 'not_applicable', 'not_judged'];
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
const statusRank = new Map<string, number>(ORDER.map((s, i) => [s, i]));
const severityRank = new Map<string, number>(SEVERITY_ORDER.map((s, i) => [s, i]));
const LABEL: Record<Status, string> = {
  error: '✖ ERROR',
  fail: '✗ FAIL',
  warn: '! WARN',
  manual: '? MANUAL',
  waived: '~ WAIVED',
  alternative: '≈ ALTERNATIVE',
  pass: '✓ PASS',
  not_applicable: '– N/A',
  not_judged: '· NOT JUDGED',
};

/**
 * Word-wraps plain text to `width` columns, indenting every line by `indent` spaces. A word that
 * lands at the start of a line cannot start a GitHub workflow command there (the report may be
 * printed in a CI log).
 */
export function wrap(text: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(pad + neutraliseCommandStart(l));
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && pad.length + line.length + 1 + word.length > width) {
      push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) push(line);
  return lines;
}

function paint(c: ChalkInstance, status: Status, text: string): string {
  switch (status) {
    case 'error':
    case 'fail':
      return c.red.bold(text);
    case 'warn':
      return c.yellow.bold(text);
    case 'manual':
      return c.cyan(text);
    case 'waived':
      return c.magenta(text);
    case 'alternative':
      return c.blue(text);
    case 'pass':
      return c.green(text);
    default:
      return c.gray(text);
  }
}

const gradeColor = (c: ChalkInstance, grade: string) =>
  grade === 'A' || grade === 'B' ? c.green.bold : grade === 'C' ? c.yellow.bold : c.red.bold;

const fmtScore = (n: number | null) => (n === null ? '   –' : n.toFixed(0).padStart(4));

export function renderText(input: Report, options: TextOptions): string {
  // Stack-file strings are data: no escape sequence in a name may clear the screen or forge a line.
  const report = sanitizeReport(input);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(60, Math.min(options.width ?? 80, 100));
  const out: string[] = [];
  const { score } = report;

  out.push(c.bold(`HIPAA audit of ${report.stack.practice}`));
  out.push(c.gray(report.stack.path));
  out.push(c.gray(`Audit date ${report.auditDate} · hipaa-hero ${report.tool.version}`));
  // Plain, not grey: what the report is not must be read before the score is.
  out.push('', ...wrap(report.disclaimer ?? DISCLAIMER, width, 0));
  // A proposal's checks are in this report: said before the score, as plainly as the disclaimer.
  if (report.profile) out.push('', ...wrap(report.profile.notice, width, 2).map((l) => c.yellow(l)));
  if (report.applicability.statement) {
    out.push('');
    out.push(...wrap(report.applicability.statement, width, 2).map((l) => c.yellow(l)));
  }
  out.push('');
  const capNote = score.capped ? c.gray(` (would be ${score.uncappedGrade}; capped while a critical check fails)`) : '';
  out.push(`  Score ${c.bold(score.value.toFixed(1))} / 100   Grade ${gradeColor(c, score.grade)(score.grade)}${capNote}`);
  out.push(
    report.gate.passed
      ? `  Gate  ${c.green.bold('PASSED')}`
      : `  Gate  ${c.red.bold('FAILED')}: ${report.gate.reasons.join('; ')}`,
  );
  const unjudged = notJudgedSummary(report);
  if (unjudged) out.push(...wrap(unjudged, width, 2).map((l) => c.gray(l)));
  out.push('');
  out.push(c.bold('  Area                         Score  Pass  Fail  Warn  Manual  Other'));
  for (const a of report.areas) {
    const other = a.counts.error + a.counts.waived + (a.counts.alternative ?? 0) + a.counts.not_applicable + (a.counts.not_judged ?? 0);
    const row = `  ${a.title.padEnd(27)} ${fmtScore(a.score)}  ${String(a.counts.pass).padStart(4)}  ${String(a.counts.fail).padStart(4)}  ${String(a.counts.warn).padStart(4)}  ${String(a.counts.manual).padStart(6)}  ${String(other).padStart(5)}`;
    out.push(row);
  }
  if (report.checklist) out.push('', ...wrap(checklistSummary(report.checklist), width, 2));
  if (report.baseline) out.push('', ...renderComparison(c, report.baseline, report.results, width));
  if (report.endpoints?.length) out.push('', ...renderEndpointGrades(c, report.endpoints, width));
  const pages = renderPages(c, report, width, wrap);
  if (pages.length) out.push('', ...pages);

  const byArea = new Map<string, Result[]>();
  for (const r of report.results) {
    const list = byArea.get(r.area);
    if (list) list.push(r);
    else byArea.set(r.area, [r]);
  }
  // How many subjects each check judged (not applicable aside): a pass line says of how many it holds.
  const judged = new Map<string, number>();
  for (const r of report.results) if (r.status !== 'not_applicable' && r.status !== 'not_judged') judged.set(r.checkId, (judged.get(r.checkId) ?? 0) + 1);
  for (const area of report.areas) {
    const results = byArea.get(area.id) ?? [];
    const title = ` ${area.title} `;
    out.push('');
    out.push(c.bold(`──${title}${'─'.repeat(Math.max(2, width - title.length - 9))} ${fmtScore(area.score).trim().padStart(3)} ──`));
    const sorted = [...results].sort(
      (a, b) =>
        statusRank.get(a.status)! - statusRank.get(b.status)! ||
        severityRank.get(a.severity)! - severityRank.get(b.severity)! ||
        (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0),
    );
    const open = sorted.filter((r) => r.status !== 'pass' && r.status !== 'not_applicable' && r.status !== 'not_judged');
    for (const [i, r] of open.entries()) {
      // A check failing for many subjects has one fix: said once, after the last of its run.
      const next = open[i + 1];
      const sameFix = (x: Result | undefined) => x !== undefined && x.checkId === r.checkId && x.status === r.status;
      let run = 1;
      while (sameFix(open[i - run])) run++;
      out.push(...renderFinding(c, r, width, sameFix(next) ? 0 : run));
    }
    const passes = groupByCheck(sorted.filter((r) => r.status === 'pass'));
    for (const [checkId, group] of passes) {
      const first = group[0]!;
      const label = obligationLabel(first);
      out.push(...wrap(`${passLine(first.title, group.length, judged.get(checkId) ?? group.length)}${label ? ` · ${label}` : ''}`, width, 4).map((l, i) => (i === 0 ? `  ${paint(c, 'pass', '✓')} ${l.trimStart()}` : l)));
    }
    const na = [...groupByCheck(sorted.filter((r) => r.status === 'not_applicable')).keys()];
    if (na.length) out.push(...wrap(`– not applicable: ${na.join(', ')}`, width, 2).map((l) => c.gray(l)));
    const unknown = [...groupByCheck(sorted.filter((r) => r.status === 'not_judged')).keys()];
    if (unknown.length) out.push(...wrap(`· not judged: ${unknown.join(', ')}`, width, 2).map((l) => c.gray(l)));
    if (area.id === 'vendors') for (const h of report.hints ?? []) out.push(...wrap(`ℹ ${hintLine(h)}`, width, 4).map((l, i) => c.gray(i === 0 ? `  ${l.trimStart()}` : l)));
  }

  const open = openItems(report);
  if (open.length) {
    out.push('');
    out.push(
      ...wrap(
        `${openItemsCount(open.length)} (${OPEN_ITEMS_DEFINITION}): run \`${attestCommandLine(report.stack.path)}\` to answer them, with each question explained; ` +
          `add --only <citation or check id> to answer one.`,
        width,
        0,
      ),
    );
  }
  out.push('');
  const k = report.counts;
  out.push(
    ...wrap(
      `${k.pass} pass · ${k.fail} fail · ${k.warn} warn · ${k.manual} manual · ${k.waived} waived · ` +
        `${k.alternative ?? 0} alternative · ${k.error} error · ${k.not_judged ?? 0} not judged · ${k.not_applicable} n/a`,
      width,
      0,
    ),
  );
  return out.join('\n') + '\n';
}

const letterColor = (c: ChalkInstance, grade: string | null) =>
  grade === null ? c.gray : grade.startsWith('A') ? c.green.bold : grade.startsWith('B') || grade.startsWith('C') ? c.yellow.bold : c.red.bold;

/**
 * One line per endpoint: its TLS grade (SSL Labs' guide) and headers grade (HTTP Observatory's), then
 * why each is what it is, wrapped under it.
 */
function renderEndpointGrades(c: ChalkInstance, endpoints: NonNullable<Report['endpoints']>, width: number): string[] {
  const urlWidth = width - 2 - 2 - 5 - 2 - 7;
  const lines = [c.bold(`  ${'Endpoint'.padEnd(urlWidth)}  TLS    Headers`)];
  for (const e of endpoints) {
    const url = e.url.length > urlWidth ? `${e.url.slice(0, urlWidth - 1)}…` : e.url;
    const tls = e.tls.grade ?? '–';
    const headers = e.headers.grade ?? '–';
    lines.push(`  ${url.padEnd(urlWidth)}  ${letterColor(c, e.tls.grade)(tls.padEnd(5))}  ${letterColor(c, e.headers.grade)(headers)}`);
    for (const why of endpointWhy(e)) lines.push(...wrap(`${why.head}: ${why.text}`, width, 4).map((l) => c.gray(l)));
  }
  const note = placeholderNote(endpoints);
  if (note) lines.push(...wrap(note, width, 2).map((l) => c.gray(l)));
  return lines;
}

function groupByCheck(results: Result[]): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const group = groups.get(r.checkId);
    if (group) group.push(r);
    else groups.set(r.checkId, [r]);
  }
  return groups;
}

/** One sentence on the whole regulation: how many catalog items are met, not met, or still to answer. */
export function checklistSummary(checklist: NonNullable<Report['checklist']>): string {
  const n = (status: Status) => checklist.filter((row) => row.status === status).length;
  const parts = [
    `${n('pass')} met`,
    `${n('fail')} not met`,
    `${n('warn')} partly met or stale`,
    `${n('manual')} undecided (a result needs a person's answer)`,
    `${n('error') + n('not_judged')} unknown`,
    `${n('waived')} waived`,
    `${n('alternative')} met by a documented alternative`,
    `${n('not_applicable')} not applicable`,
  ];
  return `HIPAA checklist: ${checklist.length} items of 45 CFR 164 — ${parts.join(', ')}.`;
}

/**
 * The pass line of a check: the title alone when every subject the check judged passed, else how
 * many passed first, so that it never reads as if the whole title held.
 */
export function passLine(title: string, passed: number, judged: number): string {
  if (passed < judged) return `Passed for ${passed} of ${judged} subjects: ${title}`;
  return passed > 1 ? `${title} (${passed === 2 ? 'both' : `all ${passed}`} subjects)` : title;
}

/** `fixFor`: how many results above (this one included) the fix is said for; 0 for none, said later. */
function renderFinding(c: ChalkInstance, r: Result, width: number, fixFor = 1): string[] {
  const lines: string[] = [];
  const label = obligationLabel(r);
  if (r.kind === 'attestation' && r.status === 'manual') {
    // Unanswered attestation items are many and alike: one line each; `attest` asks the questions.
    const subject = r.subject.padEnd(20);
    const head = `  ${LABEL.manual} ${r.severity.padEnd(8)} ${subject}  `;
    const [first = '', ...rest] = wrap(`${r.title}${label ? ` (${label})` : ''}`, width - head.length, 0);
    lines.push(`  ${paint(c, r.status, LABEL.manual)} ${c.gray(r.severity.padEnd(8))} ${c.bold(subject)}  ${first}`);
    lines.push(...rest.map((l) => ' '.repeat(head.length) + l));
    return lines;
  }
  const isNew = r.change === 'new' ? ` ${c.inverse(' NEW ')}` : '';
  lines.push(`  ${paint(c, r.status, LABEL[r.status])} ${c.gray(label ? `${r.severity} · ${label}` : r.severity)}  ${c.bold(r.subject)}${isNew}`);
  lines.push(...wrap(r.message, width, 4));
  const where = r.location ? ` · ${r.location.file}:${r.location.line}:${r.location.column}` : '';
  lines.push(...wrap(`${r.checkId} · ${citationsLead(r)} ${r.hipaa.join(', ')}${where}`, width, 4).map((l) => c.gray(l)));
  const note = obligationNote(r);
  if (note) lines.push(...wrap(note, width, 4).map((l) => c.gray(l)));
  if (r.conflict) {
    lines.push(...wrap(`Conflict: attested ${r.attestation?.answer ?? 'yes'}, but ${r.conflict.map((k) => `${k.checkId} fails for ${k.subject}`).join('; ')}.`, width, 4).map((l) => c.red(l)));
  }
  const alternative = alternativeText(r);
  if (r.waiver) {
    lines.push(...wrap(`Waived until ${r.waiver.expires} by ${r.waiver.approvedBy}: ${r.waiver.reason}`, width, 4).map((l) => c.magenta(l)));
  } else if (r.status === 'alternative' && alternative) {
    // Like a waiver, the documented alternative takes the place of the fix: the rule accepts it.
    lines.push(...wrap(alternative, width, 4).map((l) => c.blue(l)));
  } else {
    // An alternative on file that does not count (stale, evidence missing) is shown, and so is the fix.
    if (alternative) lines.push(...wrap(alternative, width, 4).map((l) => c.blue(l)));
    if (fixFor > 0) lines.push(...wrap(`${r.status === 'manual' ? 'To do' : 'Fix'}${fixFor > 1 ? ` (for ${fixFor === 2 ? 'both' : `all ${fixFor}`} above)` : ''}: ${r.remediation}`, width, 4));
  }
  return lines;
}
