// The report's reference sections: baseline changes, endpoint grades, the HIPAA checklist, and how the report was made.
import { attestationIds, decidedByText, itemType, practiceText } from '../checklist-words.js';
import type { Baseline, ChecklistRow, Report, ReportEndpoint } from '../schema.js';
import { endpointWhy } from '../endpoint-words.js';
import { esc } from './escape.js';
import { citationLink, severityBadge, statusBadge, table, td, type Status } from './parts.js';
import { hintLine, placeholderNote } from '../unjudged-words.js';

const fmt = (score: number | null): string => (score === null ? '—' : score.toFixed(1));

/** A signed change with its direction in words as well as sign (colour alone is not enough). */
function delta(value: number | null): string {
  if (value === null) return '<span class="muted">—</span>';
  if (value === 0) return '<span class="delta">±0.0</span>';
  const up = value > 0;
  return `<span class="delta ${up ? 'up' : 'down'}">${up ? '▲ +' : '▼ −'}${Math.abs(value).toFixed(1)}</span>`;
}

export function baselineSection(baseline: Baseline | undefined): string {
  if (!baseline) return '';
  const b = baseline;
  const stats = [
    ['Score', `${fmt(b.score.before)} → ${fmt(b.score.after)} ${delta(b.score.delta)}`],
    ['Grade', `${esc(b.grade.before)} → ${esc(b.grade.after)}`],
    ['New or changed results', String(b.counts.new)],
    ['New findings', String(b.counts.newFindings)],
    ['Unchanged', String(b.counts.unchanged)],
    ['Resolved findings', String(b.counts.resolved)],
  ]
    .map(([k, v]) => `<div class="stat"><dt>${esc(k!)}</dt><dd>${v!}</dd></div>`)
    .join('');
  const areaRows = b.areas.map(
    (a) =>
      `<tr>${td('Area', esc(a.title))}${td('Before', fmt(a.score.before), 'num')}${td('After', fmt(a.score.after), 'num')}${td('Change', delta(a.score.delta), 'num')}</tr>`,
  );
  const resolvedRows = b.resolved.map(
    (r) =>
      `<tr>${td('Severity', severityBadge(r.severity), 'nowrap')}` +
      td('Finding', `<strong class="subject">${esc(r.subject)}</strong><span class="check-title">${esc(r.title)}</span><code class="check-id">${esc(r.checkId)}</code>`, 'wide') +
      td('Was', statusBadge(r.was), 'nowrap') +
      td('Now', r.now === null ? '<span class="muted-strong">No longer checked</span>' : statusBadge(r.now), 'nowrap') +
      `</tr>`,
  );
  return (
    `<section class="sect" id="baseline" aria-labelledby="baseline-title"><h2 id="baseline-title">Changes since the baseline</h2>` +
    `<p class="lead">Compared with the audit of ${esc(b.auditDate)} (<code>${esc(b.path)}</code>, SHA-256 <code class="hash">${esc(b.sha256)}</code>). ` +
    `Results are matched on check and subject; those whose status changed are marked <span class="tag-new">New</span> throughout this report.</p>` +
    `<dl class="stats">${stats}</dl>` +
    `<h3>Areas</h3>` +
    table('compact areas-delta', 'Area scores before and after', ['Area', 'Before', 'After', 'Change'], areaRows) +
    `<h3>Resolved findings (${b.resolved.length})</h3>` +
    (resolvedRows.length
      ? table('resolved reflow', 'Findings of the baseline that are resolved', ['Severity', 'Finding', 'Was', 'Now'], resolvedRows)
      : '<p>None of the baseline’s findings is resolved yet.</p>') +
    `</section>`
  );
}

/** Why each grade is what it is, one paragraph per grade, led by the grade as its column shows it. */
function endpointWhyCell(e: ReportEndpoint): string {
  return endpointWhy(e)
    .map((why) => `<p class="why"><strong>${esc(why.head)}:</strong> ${esc(why.text)}</p>`)
    .join('');
}

const letter = (grade: string | null, score: number | null): string =>
  grade === null
    ? '<span class="muted-strong">Not graded</span>'
    : `<span class="letter">${esc(grade)}</span>${score === null ? '' : ` <span class="muted-strong">(${esc(Number.isInteger(score) ? String(score) : score.toFixed(1))})</span>`}`;

export function endpointsSection(endpoints: readonly ReportEndpoint[] | undefined): string {
  if (!endpoints?.length) return '';
  const rows = endpoints.map(
    (e) =>
      `<tr>${td('Endpoint', `<code class="url">${esc(e.url)}</code>`, 'wide')}` +
      td('PHI', e.phi ? 'Yes' : 'No') +
      td('TLS', letter(e.tls.grade, e.tls.score), 'nowrap') +
      td('Headers', letter(e.headers.grade, e.headers.score), 'nowrap') +
      td('Why', endpointWhyCell(e), 'wide') +
      `</tr>`,
  );
  return (
    `<section class="sect sect-minor" id="endpoints" aria-labelledby="endpoints-title"><h2 id="endpoints-title">Endpoint grades</h2>` +
    `<p class="lead">Each public endpoint graded the way Qualys SSL Labs (TLS) and the MDN HTTP Observatory (security headers) would, as far as the probes can see. ` +
    `Endpoints that carry PHI are judged more strictly.</p>` +
    table('endpoints reflow', 'Endpoint grades', ['Endpoint', 'PHI', 'TLS', 'Headers', 'Why'], rows) +
    (placeholderNote(endpoints) !== null ? `<p class="chart-note">${esc(placeholderNote(endpoints)!)}</p>` : '') +
    `</section>`
  );
}

const RULES: ReadonlyArray<[ChecklistRow['rule'], string]> = [
  ['security', 'Security Rule (45 CFR 164.308–164.316)'],
  ['privacy', 'Privacy Rule'],
  ['breach-notification', 'Breach Notification Rule'],
];
const COVERED: Record<ChecklistRow['coveredBy'], string> = {
  automated: 'Automated',
  attestation: 'Attestation',
  both: 'Automated + attestation',
  none: 'Not covered',
};

/** The checklist's totals in words, e.g. "20 met, 17 not met, …". */
function checklistTotals(rows: readonly ChecklistRow[]): string {
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  const parts: Array<[Status, string]> = [
    ['pass', 'met'],
    ['fail', 'not met'],
    ['warn', 'partly met or stale'],
    ['error', 'unknown'],
    ['not_judged', 'not judged'],
    ['manual', "undecided (a result needs a person's answer)"],
    ['waived', 'waived'],
    ['alternative', 'met by a documented alternative'],
    ['not_applicable', 'not applicable'],
  ];
  return parts
    .map(([s, word]) => [count(s), word] as const)
    .filter(([c]) => c > 0)
    .map(([c, word]) => `${c} ${word}`)
    .join(', ');
}

/** What set the row's status, and the good-practice checks beside it, which do not. */
function decidedCell(row: ChecklistRow, attested: ReadonlySet<string>): string {
  const decided = decidedByText(row, attested);
  const practice = practiceText(row);
  const head = decided === null ? '<span class="muted">—</span>' : esc(decided[0]!.toUpperCase() + decided.slice(1));
  return practice ? `${head}<br><span class="muted-strong">${esc(practice[0]!.toUpperCase() + practice.slice(1))}</span>` : head;
}

export function checklistSection(report: Report): string {
  const checklist = report.checklist;
  if (!checklist?.length) return '';
  const attested = attestationIds(report);
  const rows: string[] = [];
  for (const [rule, title] of RULES) {
    const items = checklist.filter((r) => r.rule === rule);
    if (!items.length) continue;
    rows.push(`<tr class="group"><th scope="rowgroup" colspan="6">${esc(title)} · ${items.length} items</th></tr>`);
    for (const r of items) {
      rows.push(
        `<tr class="${r.kind === 'standard' ? 'standard' : 'spec'}">` +
          `<td class="nowrap">${citationLink(r.citation)}</td><td>${esc(r.title)}</td><td>${esc(itemType(r))}</td>` +
          `<td>${esc(COVERED[r.coveredBy])}</td><td class="nowrap">${statusBadge(r.status)}</td><td class="decided">${decidedCell(r, attested)}</td></tr>`,
      );
    }
  }
  return (
    `<section class="sect" id="checklist" aria-labelledby="checklist-title"><h2 id="checklist-title">HIPAA checklist</h2>` +
    `<p class="lead">Every standard and implementation specification of the Security Rule, and the related Privacy and Breach Notification items: ` +
    `${checklist.length} items — ${esc(checklistTotals(checklist))}. Each item has the worst status of the required and addressable checks and attestations that cite it; ` +
    `“Status set by” says which, and good-practice checks that cite the item are listed there too, but do not set its status.</p>` +
    table('checklist compact', 'HIPAA checklist', ['Citation', 'Item', 'Type', 'Covered by', 'Status', 'Status set by'], rows) +
    `</section>`
  );
}

/** How the report was made: enough for a reader to verify it against the stack file and re-run it. */
export function aboutSection(report: Report): string {
  const docs = report.stack.documents.map(
    (d) =>
      `<tr>${td('Document', `<code>${esc(d.path)}</code>`)}${td('SHA-256', d.sha256 === null ? '<span class="muted-strong">missing or unreadable</span>' : `<code class="hash">${esc(d.sha256)}</code>`)}</tr>`,
  );
  return (
    `<section class="sect sect-minor" id="about" aria-labelledby="about-title"><h2 id="about-title">About this report</h2>` +
    `<p>Generated by ${esc(report.tool.name)} ${esc(report.tool.version)} at ${esc(report.generatedAt)}, judging every date as of ${esc(report.auditDate)}, ` +
    `from the stack file <code>${esc(report.stack.path)}</code> (SHA-256 <code class="hash">${esc(report.stack.sha256)}</code>). ` +
    `Each citation links to its section of 45 CFR Part 164 in the eCFR (www.ecfr.gov).</p>` +
    `<h3>Scoring (version ${esc(report.score.scoringVersion)})</h3><p class="formula">${esc(report.score.formula)}</p>` +
    (docs.length
      ? `<h3>Evidence documents read (${docs.length})</h3>` + table('documents reflow', 'Evidence documents and their SHA-256', ['Document', 'SHA-256'], docs)
      : '') +
    `</section>`
  );
}

/** What is publicly known about the practice's vendors: hints, never verdicts. */
export function hintsSection(report: Report): string {
  if (!report.hints?.length) return '';
  const items = report.hints.map((h) => `<li>${esc(hintLine(h))}</li>`).join('');
  return (
    `<section class="sect sect-minor" id="vendor-notes" aria-labelledby="vendor-notes-title"><h2 id="vendor-notes-title">Vendor notes</h2>` +
    `<p class="lead">What vendors have said publicly about signing a Business Associate Agreement, with the date the sources were checked. ` +
    `A note never decides a finding: the stack file's own facts do. Confirm with the vendor before relying on it.</p>` +
    `<ul class="notes">${items}</ul></section>`
  );
}
