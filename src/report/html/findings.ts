// The report's result sections: findings (fail, error, warn), items awaiting a person's answer, and waived items.
import type { Report, Result } from '../schema.js';
import { esc } from './escape.js';
import {
  attestationNote,
  bySeverityThenStatus,
  citationLinks,
  conflictNote,
  newMark,
  references,
  SEVERITY_ORDER,
  severityBadge,
  statusBadge,
  table,
  td,
} from './parts.js';

/** Escaped text with `code` spans kept as code: check messages quote stack file keys and commands that way. */
export const prose = (text: string): string => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const isFinding = (r: Result) => r.status === 'fail' || r.status === 'error' || r.status === 'warn';

/** Subject, check, message, conflict, attestation and check id: what the finding is, in one cell. */
function what(r: Result): string {
  return (
    `<strong class="subject">${esc(r.subject)}</strong>${newMark(r)}` +
    `<span class="check-title">${esc(r.title)}</span>` +
    `<p class="msg">${prose(r.message)}</p>` +
    conflictNote(r) +
    attestationNote(r) +
    `<code class="check-id">${esc(r.checkId)}</code>`
  );
}

const REF_HEAD = 'Citation · location';

function findingRow(r: Result): string {
  return (
    `<tr class="row-${r.status}">` +
    td('Status', `${statusBadge(r.status)}<br>${severityBadge(r.severity)}`, 'nowrap badges') +
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

/** Attestation items awaiting an answer, and automated results a person must verify. */
export function manualSection(report: Report): string {
  const manual = report.results.filter((r) => r.status === 'manual').sort(bySeverityThenStatus);
  if (!manual.length) return '';
  // Attestation items in the regulation's order within each severity, as a privacy officer works through them.
  const order = new Map((report.checklist ?? []).map((row, i) => [row.citation, i]));
  const place = (r: Result) => order.get(r.hipaa[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
  const attest = manual
    .filter((r) => r.kind === 'attestation')
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || place(a) - place(b) || bySeverityThenStatus(a, b));
  const verify = manual.filter((r) => r.kind === 'automated');
  const parts: string[] = [
    `<h2 id="manual-title">Items awaiting a person’s answer</h2>`,
    `<p class="lead">What no file or probe can prove. These weigh nothing in the score until they are answered; ` +
      `the privacy officer answers them with <code>hipaa-hero attest ${esc(report.stack.path)}</code> (who, when, with what evidence).</p>`,
  ];
  if (attest.length) {
    parts.push(`<h3>Attestation items (${attest.length})</h3>`);
    const rows = attest.map(
      (r) =>
        `<tr>` +
        td('Citation', citationLinks(r.hipaa), 'nowrap') +
        td('Item', `<strong>${esc(r.title)}</strong>${newMark(r)}<code class="check-id">${esc(r.checkId)}</code>`, 'wide') +
        td('Severity', severityBadge(r.severity), 'nowrap') +
        td('What to do', prose(r.remediation), 'wide') +
        `</tr>`,
    );
    parts.push(table('manual reflow', 'Attestation items awaiting an answer', ['Citation', 'Item', 'Severity', 'What to do'], rows));
  }
  if (verify.length) {
    parts.push(`<h3>Results to verify (${verify.length})</h3>`);
    const rows = verify.map(
      (r) =>
        `<tr>${td('Severity', severityBadge(r.severity), 'nowrap')}${td('Result', what(r), 'wide')}` +
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
    return `<tr>${td('Severity', severityBadge(r.severity), 'nowrap')}${td('Finding', what(r), 'wide')}${td('Waiver', waiver, 'wide')}${td(REF_HEAD, references(r), 'refs')}</tr>`;
  });
  return (
    `<section class="sect sect-minor" id="waived" aria-labelledby="waived-title"><h2 id="waived-title">Waived items</h2>` +
    `<p class="lead">Known risks accepted for a while by a waiver in the stack file. They weigh nothing in the score until the waiver expires.</p>` +
    table('waived reflow', 'Waived items', ['Severity', 'Finding', 'Waiver', REF_HEAD], rows) +
    `</section>`
  );
}
