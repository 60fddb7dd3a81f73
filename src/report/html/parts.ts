// Small HTML pieces shared by the report's sections: status and severity badges, citation links, locations, tables.
import { ecfrUrl } from '../../hipaa/catalog.js';
import { ALTERNATIVE_CITATION, OBLIGATION_LABEL, obligationNote } from '../obligation.js';
import type { Result } from '../schema.js';
import { esc } from './escape.js';

export type Status = Result['status'];
export type Severity = Result['severity'];

/** A word with every status: colour is never the only signal (WCAG 1.4.1), and the mark survives a grey printer. */
const STATUS_LABEL: Record<Status, string> = {
  fail: '✗ Fail',
  error: '✖ Error',
  warn: '! Warning',
  manual: '? To verify',
  waived: '~ Waived',
  alternative: '≈ Alternative',
  pass: '✓ Pass',
  not_applicable: '– N/A',
  not_judged: '· Not judged',
};

export const statusBadge = (status: Status): string =>
  `<span class="badge st-${status}">${esc(STATUS_LABEL[status])}</span>`;

export const severityBadge = (severity: Severity): string =>
  `<span class="sev sev-${severity}">${esc(severity[0]!.toUpperCase() + severity.slice(1))}</span>`;

/** What the rule says about the result, as a word (Required, Addressable, Good practice); none for a report written before obligations. */
export const obligationBadge = (r: Pick<Result, 'obligation'>): string =>
  r.obligation ? `<span class="obl obl-${r.obligation}">${esc(OBLIGATION_LABEL[r.obligation])}</span>` : '';

/** Escaped text with `code` spans kept as code: check messages quote stack file keys and commands that way. */
export const prose = (text: string): string => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The sentence on the law behind a result: only a required one says HIPAA requires it. */
export function obligationParagraph(r: Pick<Result, 'obligation' | 'basis'>): string {
  const note = obligationNote(r);
  return note ? `<p class="obl-note">${prose(note)}</p>` : '';
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const severityRank = new Map<string, number>(SEVERITY_ORDER.map((s, i) => [s, i]));
/** Findings order: fail before error before warn, as the issue asks; anything else after. */
const FINDING_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'manual', 'alternative', 'waived', 'pass', 'not_applicable', 'not_judged'];
const statusRank = new Map<string, number>(FINDING_ORDER.map((s, i) => [s, i]));

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Severity first (critical on top), then status, then check and subject: a total order, so output is stable. */
export const bySeverityThenStatus = (a: Result, b: Result): number =>
  severityRank.get(a.severity)! - severityRank.get(b.severity)! ||
  statusRank.get(a.status)! - statusRank.get(b.status)! ||
  byText(a.checkId, b.checkId) ||
  byText(a.subject, b.subject);

/** A citation as a link to its section in the eCFR; the text keeps the full paragraph reference. */
export const citationLink = (citation: string): string =>
  `<a class="cite" href="${esc(ecfrUrl(citation))}">§&#8239;${esc(citation)}</a>`;

export const citationLinks = (citations: readonly string[]): string =>
  citations.map(citationLink).join('<br>');

/** A path that may break after a slash but nowhere else, so a long path never widens its column. */
export const breakablePath = (text: string): string =>
  text
    .split('/')
    .map((seg, i, all) => `<span class="seg">${esc(seg)}${i < all.length - 1 ? '/' : ''}</span>`)
    .join('<wbr>');

export const location = (loc: Result['location']): string =>
  loc ? `<code class="loc">${breakablePath(`${loc.file}:${loc.line}:${loc.column}`)}</code>` : '<span class="muted">—</span>';

/** Citations with the stack file location under them: one narrow column, so tables fit a printed page. */
export const references = (r: Result): string =>
  `${citationLinks(r.hipaa)}${r.location ? `<span class="loc-line">${location(r.location)}</span>` : ''}`;

export const newMark = (r: Result): string => (r.change === 'new' ? ' <span class="tag-new">New</span>' : '');

/** Who attested, when, and the evidence's hash: what an auditor asks to see next to an answer. */
export function attestationNote(r: Result): string {
  const a = r.attestation;
  if (!a) return '';
  const answer = a.answer === 'not_applicable' ? 'not applicable' : a.answer;
  // The note is already in the result's message; this box adds the structured who/when/evidence.
  // An alternative is named for what it is, with the rule that allows it, as a waiver is.
  const what = a.answer === 'alternative' ? `Documented alternative (${ALTERNATIVE_CITATION})` : `Attested ${answer}`;
  const parts = [`<strong>${esc(what)}</strong>`, esc(a.by), `${esc(a.date)}${a.stale ? ' (over 12 months old)' : ''}`];
  if (a.answer === 'alternative' && a.note) parts.push(esc(a.note));
  const head = parts.join(' · ');
  const kind = a.answer === 'alternative' ? 'attest attest-alternative' : 'attest';
  if (!a.evidence) return `<p class="${kind}">${head}</p>`;
  const hash = a.evidence.sha256 === null ? 'file not found' : `SHA-256 <code class="hash">${esc(a.evidence.sha256)}</code>`;
  return `<p class="${kind}">${head}<br>Evidence <code>${esc(a.evidence.path)}</code>, ${hash}</p>`;
}

/** Automated failures that contradict an attestation of yes: shown, because automated evidence wins. */
export function conflictNote(r: Result): string {
  if (!r.conflict?.length) return '';
  const items = r.conflict.map((c) => `<code>${esc(c.checkId)}</code> fails for ${esc(c.subject)}`).join('; ');
  return `<p class="conflict"><strong>Conflict:</strong> attested ${esc(r.attestation?.answer ?? 'yes')}, but ${items}. Automated evidence wins.</p>`;
}

/** A table in its own scroll box, so a wide table never widens the page on a phone. */
export function table(className: string, caption: string, head: readonly string[], rows: readonly string[]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  return (
    `<div class="table-wrap"><table class="${className}"><caption class="sr-only">${esc(caption)}</caption>` +
    `<thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** A cell with its column name for the narrow-screen layout, where each row becomes a card. */
export const td = (label: string, html: string, className = ''): string =>
  `<td data-label="${esc(label)}"${className ? ` class="${className}"` : ''}>${html}</td>`;
