// The report's result sections: findings (fail, error, warn), items awaiting a person's answer, waived items and documented alternatives.
import type { Report, Result } from '../schema.js';
import { esc } from './escape.js';
import { attestCommandLine, OPEN_ITEMS_DEFINITION, openItems, openItemsCount } from '../open-items.js';
import {
  attestationNote,
  bySeverityThenStatus,
  citationLinks,
  conflictNote,
  newMark,
  obligationBadge,
  obligationParagraph,
  prose,
  references,
  SEVERITY_ORDER,
  severityBadge,
  statusBadge,
  table,
  td,
} from './parts.js';

export { prose } from './parts.js';

const isFinding = (r: Result) => r.status === 'fail' || r.status === 'error' || r.status === 'warn';

/** Subject, check, message, the law behind it, conflict, attestation and check id: what the finding is, in one cell. */
function what(r: Result): string {
  return (
    `<strong class="subject">${esc(r.subject)}</strong>${newMark(r)}` +
    `<span class="check-title">${esc(r.title)}</span>` +
    `<p class="msg">${prose(r.message)}</p>` +
    obligationParagraph(r) +
    conflictNote(r) +
    attestationNote(r) +
    `<code class="check-id">${esc(r.checkId)}</code>`
  );
}

const REF_HEAD = 'Citation · location';

/** Status, severity and obligation, one under the other. */
const badges = (r: Result): string => [statusBadge(r.status), severityBadge(r.severity), obligationBadge(r)].filter(Boolean).join('<br>');
/** Severity and obligation, where the section's title already says the status. */
const severityBadges = (r: Result): string => [severityBadge(r.severity), obligationBadge(r)].filter(Boolean).join('<br>');

function findingRow(r: Result): string {
  return (
    `<tr class="row-${r.status}">` +
    td('Status', badges(r), 'nowrap badges') +
    td('Finding', what(r), 'wide') +
    td('Remediation', prose(r.remediation), 'wide') +
    td(REF_HEAD, references(r), 'refs') +
    `</tr>`
  );
}

/** "2 critical, 9 high, …": the one line a reader takes away before the table. */
function severityLine(findings: readonly Result[]): string {
  const parts = SEVERITY_ORDER.map((s) => [s, findings.filter((r) => r.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} ${s}`);
  return parts.join(', ');
}

export function findingsSection(report: Report): string {
  const findings = report.results.filter(isFinding).sort(bySeverityThenStatus);
  const head = `<h2 id="findings-title">Findings</h2>`;
  if (!findings.length) {
    return `<section class="sect" id="findings" aria-labelledby="findings-title">${head}<p class="lead">No failed checks, errors or warnings. Well done.</p></section>`;
  }
  const fresh = findings.filter((r) => r.change === 'new').length;
  const intro =
    `<p class="lead">${findings.length} finding${findings.length === 1 ? '' : 's'} to act on (${esc(severityLine(findings))}), ` +
    `most severe first; within a severity, failures before errors before warnings.` +
    (report.baseline ? ` ${fresh} ${fresh === 1 ? 'is' : 'are'} marked <span class="tag-new">New</span>: not in the baseline with this status.` : '') +
    `</p>`;
  const rows = findings.map(findingRow);
  return (
    `<section class="sect" id="findings" aria-labelledby="findings-title">${head}${intro}` +
    table('findings reflow', 'Findings, most severe first', ['Status', 'Finding', 'Remediation', REF_HEAD], rows) +
    `</section>`
  );
}

/** The open items (attestation items unanswered or stale), and automated results a person must verify. */
export function manualSection(report: Report): string {
  const open = openItems(report);
  const manual = report.results.filter((r) => r.status === 'manual').sort(bySeverityThenStatus);
  if (!open.length && !manual.length) return '';
  // Attestation items in the regulation's order within each severity, as a privacy officer works through them.
  const order = new Map((report.checklist ?? []).map((row, i) => [row.citation, i]));
  const place = (r: { hipaa: string[] }) => order.get(r.hipaa[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
  const byCheck = new Map(report.results.map((r) => [r.checkId, r]));
  const attest = open
    .filter((i) => i.kind === 'attestation' || i.reason === 'stale')
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || place(a) - place(b) || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
  const verify = manual.filter((r) => r.kind === 'automated');
  const command = attestCommandLine(report.stack.path);
  const parts: string[] = [
    `<h2 id="manual-title">Items awaiting a person’s answer</h2>`,
    `<p class="lead">${esc(openItemsCount(open.length))} (${esc(OPEN_ITEMS_DEFINITION)}). What no file or probe can prove. These weigh nothing in the score until they are answered; ` +
      `the privacy officer answers them with <code>${esc(command)}</code> (who, when, with what evidence).</p>`,
  ];
  if (attest.length) {
    parts.push(`<h3>Attestation items (${attest.length})</h3>`);
    const rows = attest.map((i) => {
      const r = byCheck.get(i.checkId);
      const why = i.reason === 'stale' ? `<p class="msg">Answered ${esc(i.answeredOn ?? '')}, more than 12 months ago: answer it again.</p>` : '';
      return (
        `<tr>` +
        td('Citation', citationLinks(i.hipaa), 'nowrap') +
        td('Item', `<strong>${esc(i.title)}</strong>${r ? newMark(r) : ''}${why}<code class="check-id">${esc(i.checkId)}</code>`, 'wide') +
        td('Severity', r ? severityBadges(r) : severityBadge(i.severity), 'nowrap badges') +
        td('What to do', r ? prose(r.remediation) : '', 'wide') +
        `</tr>`
      );
    });
    parts.push(table('manual reflow', 'Attestation items awaiting an answer', ['Citation', 'Item', 'Severity', 'What to do'], rows));
  }
  if (verify.length) {
    parts.push(`<h3>Results to verify (${verify.length})</h3>`);
    const rows = verify.map(
      (r) =>
        `<tr>${td('Severity', severityBadges(r), 'nowrap badges')}${td('Result', what(r), 'wide')}` +
        `${td('What to do', prose(r.remediation), 'wide')}${td(REF_HEAD, references(r), 'refs')}</tr>`,
    );
    parts.push(table('manual reflow', 'Automated results a person must verify', ['Severity', 'Result', 'What to do', REF_HEAD], rows));
  }
  return `<section class="sect" id="manual" aria-labelledby="manual-title">${parts.join('')}</section>`;
}

/** Accepted risks: listed with reason, approver and expiry, weighing nothing in the score. */
export function waivedSection(report: Report): string {
  const waived = report.results.filter((r) => r.status === 'waived').sort(bySeverityThenStatus);
  if (!waived.length) return '';
  const rows = waived.map((r) => {
    const w = r.waiver;
    const waiver = w
      ? `${esc(w.reason)}<br><span class="muted-strong">Approved by ${esc(w.approvedBy)}, until ${esc(w.expires)}</span>`
      : '<span class="muted">—</span>';
    return `<tr>${td('Severity', severityBadges(r), 'nowrap badges')}${td('Finding', what(r), 'wide')}${td('Waiver', waiver, 'wide')}${td(REF_HEAD, references(r), 'refs')}</tr>`;
  });
  return (
    `<section class="sect sect-minor" id="waived" aria-labelledby="waived-title"><h2 id="waived-title">Waived items</h2>` +
    `<p class="lead">Known risks accepted for a while by a waiver in the stack file. They weigh nothing in the score until the waiver expires.</p>` +
    table('waived reflow', 'Waived items', ['Severity', 'Finding', 'Waiver', REF_HEAD], rows) +
    `</section>`
  );
}

/** Addressable specifications met another way: the alternative, who documented it and when, beside the finding. */
export function alternativeSection(report: Report): string {
  const met = report.results.filter((r) => r.status === 'alternative').sort(bySeverityThenStatus);
  if (!met.length) return '';
  // what() shows the attestation box (the alternative, who documented it, when, evidence): the point of each row.
  const rows = met.map(
    (r) =>
      `<tr>${td('Status', badges(r), 'nowrap badges')}${td('Finding', what(r), 'wide')}` +
      `${td('The specification asks', prose(r.remediation), 'wide')}${td(REF_HEAD, references(r), 'refs')}</tr>`,
  );
  return (
    `<section class="sect sect-minor" id="alternatives" aria-labelledby="alternatives-title"><h2 id="alternatives-title">Documented alternatives</h2>` +
    `<p class="lead">Addressable implementation specifications that the practice meets with an equivalent alternative measure, documented with why the specification ` +
    `itself is not reasonable and appropriate (45&nbsp;CFR&nbsp;164.306(d)(3)). They do not lower the score; review them when the practice changes.</p>` +
    table('alternatives reflow', 'Documented alternatives', ['Status', 'Finding', 'The specification asks', REF_HEAD], rows) +
    `</section>`
  );
}
