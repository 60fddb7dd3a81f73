// The Markdown reporter (GitHub-flavoured, for tickets, wikis and $GITHUB_STEP_SUMMARY), rendered from the report model only.
// The baseline comparison lives in markdown-baseline.ts; the order of results, in markdown-order.ts.
import { checklistSection } from './markdown-checklist.js';
import { pagesSection } from './markdown-pages.js';
import { endpointWhy } from './endpoint-words.js';
import { hintLine, notJudgedSummary, placeholderNote } from './unjudged-words.js';
import { citationLink, escapeCell, escapeInline, table } from './markdown-escape.js';
import { alternativeText, DISCLAIMER, obligationLabel, obligationNote } from './obligation.js';
import { sanitizeReport } from './sanitize.js';
import type { Report, Result } from './schema.js';
import { checklistSummary } from './text.js';
import { baselineSection, fmtScore } from './markdown-baseline.js';
import { byUrgency, cmp, rank, SEVERITY_ORDER } from './markdown-order.js';
import { attestCommandLine, OPEN_ITEMS_DEFINITION, openItems, openItemsCount } from './open-items.js';

export { citationLink, escapeCell, escapeInline } from './markdown-escape.js';
export { renderComparisonMarkdown } from './markdown-baseline.js';
export { byUrgency } from './markdown-order.js';

const where = (r: Result): string => (r.location ? escapeCell(`${r.location.file}:${r.location.line}:${r.location.column}`) : '–');

export function renderMarkdown(input: Report): string {
  // Escaping keeps markup out; this keeps control characters and bidi overrides out of the text.
  const report = sanitizeReport(input);
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(...lines, '');

  block(`# HIPAA audit of ${escapeInline(report.stack.practice)}`);
  block(
    `Audit date **${escapeInline(report.auditDate)}** · stack file ${escapeInline(report.stack.path)} · ` +
      `${escapeInline(report.tool.name)} ${escapeInline(report.tool.version)}`,
  );
  // Said before any score, plainly: what the report is not (a certification, legal advice).
  block(`> **Disclaimer:** ${escapeInline(report.disclaimer ?? DISCLAIMER)}`);
  // So is a proposal's presence: its results are not law.
  if (report.profile) block(`> **Proposed rule (not law):** ${escapeInline(report.profile.notice)}`);
  // The applicability statement too: it changes how the whole report reads.
  if (report.applicability.statement !== null) block(`> **Applicability:** ${escapeInline(report.applicability.statement)}`);

  block(...summary(report));
  block(
    ...table(
      ['Area', 'Score', 'Pass', 'Fail', 'Warn', 'Manual', 'Waived', 'Alternative', 'Error', 'Not judged', 'N/A'],
      report.areas.map((a) => [
        escapeCell(a.title),
        fmtScore(a.score, 0),
        ...(['pass', 'fail', 'warn', 'manual', 'waived', 'alternative', 'error', 'not_judged', 'not_applicable'] as const).map((k) => String(a.counts[k] ?? 0)),
      ]),
    ),
  );
  if (report.checklist) block(escapeInline(checklistSummary(report.checklist)));
  if (report.baseline) block(...baselineSection(report, report.baseline));
  block(...findingsSection(report));
  out.push(...manualSection(report), ...waivedSection(report), ...alternativeSection(report), ...hintsSection(report), ...endpointsSection(report), ...pagesSection(report));
  out.push(...checklistSection(report));

  const k = report.counts;
  block(
    `${k.pass} pass · ${k.fail} fail · ${k.warn} warn · ${k.manual} manual · ${k.waived} waived · ${k.alternative ?? 0} alternative · ` +
      `${k.error} error · ${k.not_judged ?? 0} not judged · ${k.not_applicable} n/a` +
      ' (passing and not-applicable results are listed in the JSON report)',
  );
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function summary(report: Report): string[] {
  const { score, gate } = report;
  const cap = score.capped ? ` (would be ${score.uncappedGrade}; capped while a critical check fails)` : '';
  const limits = [`fail on ${escapeInline(gate.failOn)}`, ...(gate.failUnder === null ? [] : [`fail under ${gate.failUnder}`])].join(', ');
  const verdict = gate.passed
    ? `**Gate: passed** (${limits})`
    : `**Gate: FAILED** (${limits}): ${gate.reasons.map(escapeInline).join('; ')}`;
  const unjudged = notJudgedSummary(report);
  return [`**Score ${score.value.toFixed(1)} / 100 · Grade ${score.grade}**${cap}`, '', verdict, ...(unjudged ? ['', escapeInline(unjudged)] : [])];
}

/** What a change marker reads as in a status cell: only `new` is worth a reader's attention. */
const statusCell = (r: Result): string => `**${r.status.replace('_', ' ')}**${r.change === 'new' ? ' (new)' : ''}`;

/** The citations, under the obligation's label when the report has one: how the result relates to them. */
const hipaaCell = (r: Result): string => {
  const label = obligationLabel(r);
  const links = r.hipaa.map(citationLink).join(', ');
  return label ? `**${label}**<br>${links}` : links;
};

function findingsSection(report: Report): string[] {
  // Unanswered attestation items and waived results get their own, compact sections below.
  const findings = report.results
    .filter((r) => r.status === 'fail' || r.status === 'error' || r.status === 'warn' || (r.status === 'manual' && r.kind !== 'attestation'))
    .sort(byUrgency);
  if (findings.length === 0) return ['## Findings', '', 'No findings: nothing fails, warns or errs.'];
  const rows = findings.map((r) => {
    const notes = [r.message];
    const note = obligationNote(r);
    if (note) notes.push(note);
    if (r.conflict?.length) {
      notes.push(`Conflict: attested ${r.attestation?.answer ?? 'yes'}, but ${r.conflict.map((c) => `${c.checkId} fails for ${c.subject}`).join('; ')}.`);
    }
    const alternative = alternativeText(r);
    if (alternative) notes.push(alternative);
    return [
      statusCell(r),
      r.severity,
      escapeCell(r.subject),
      escapeCell(r.checkId),
      hipaaCell(r),
      where(r),
      notes.map(escapeCell).join('<br>'),
      escapeCell(r.remediation),
    ];
  });
  return [
    `## Findings (${findings.length})`,
    '',
    ...table(['Status', 'Severity', 'Subject', 'Check', 'HIPAA', 'Location', 'Message', 'Fix'], rows),
  ];
}

function manualSection(report: Report): string[] {
  const items = openItems(report);
  if (items.length === 0) return [];
  const first = items.find((i) => i.hipaa.length > 0);
  return [
    `## Awaiting a person's answer (${items.length})`,
    '',
    `${escapeInline(openItemsCount(items.length))} (${escapeInline(OPEN_ITEMS_DEFINITION)}). What only a person can know: run ` +
      `${codeSpan(attestCommandLine(report.stack.path))} to answer each item, with its question explained` +
      (first ? `, or one at a time, e.g. ${codeSpan(attestCommandLine(report.stack.path, first.kind === 'attestation' ? first.hipaa[0]! : first.checkId))}.` : '.'),
    '',
    ...table(
      ['Citation', 'Severity', 'Item', 'Check', 'Why'],
      [...items]
        .sort((a, b) => rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity) || cmp(a.checkId, b.checkId))
        .map((i) => [
          i.hipaa.map(citationLink).join(', '),
          i.severity,
          escapeCell(i.title),
          escapeCell(i.checkId),
          i.reason === 'unanswered' ? 'unanswered' : escapeCell(`answered ${i.answeredOn ?? ''}, over 12 months ago`),
        ]),
    ),
    '',
  ];
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function waivedSection(report: Report): string[] {
  const waived = report.results.filter((r) => r.status === 'waived').sort(byUrgency);
  if (waived.length === 0) return [];
  return [
    `## Waived (${waived.length})`,
    '',
    ...table(
      ['Severity', 'Subject', 'Check', 'HIPAA', 'Expires', 'Approved by', 'Reason'],
      waived.map((r) => [
        r.severity,
        escapeCell(r.subject),
        escapeCell(r.checkId),
        hipaaCell(r),
        escapeCell(r.waiver?.expires ?? '–'),
        escapeCell(r.waiver?.approvedBy ?? '–'),
        escapeCell(r.waiver?.reason ?? '–'),
      ]),
    ),
    '',
  ];
}

/** Addressable specifications met another way: who documented the alternative, when, and what it is. */
function alternativeSection(report: Report): string[] {
  const met = report.results.filter((r) => r.status === 'alternative').sort(byUrgency);
  if (met.length === 0) return [];
  return [
    `## Documented alternatives (${met.length})`,
    '',
    'Addressable specifications met by a documented, equivalent alternative measure instead (45 CFR 164.306(d)(3)). They weigh nothing in the score and never fail the gate.',
    '',
    ...table(
      ['Severity', 'Subject', 'Check', 'HIPAA', 'Documented by', 'Date', 'Alternative'],
      met.map((r) => {
        const a = r.attestation;
        return [
          r.severity,
          escapeCell(r.subject),
          escapeCell(r.checkId),
          hipaaCell(r),
          escapeCell(a?.by ?? '–'),
          escapeCell(a ? `${a.date}${a.stale ? ' (over 12 months old)' : ''}` : '–'),
          escapeCell(a?.note ?? r.message),
        ];
      }),
    ),
    '',
  ];
}

function hintsSection(report: Report): string[] {
  if (!report.hints?.length) return [];
  return ['## Vendor notes', '', ...report.hints.map((h) => `- ${escapeInline(hintLine(h))}`), ''];
}

function endpointsSection(report: Report): string[] {
  if (!report.endpoints?.length) return [];
  return [
    '## Endpoint grades',
    '',
    'TLS after Qualys SSL Labs\' rating guide, headers after MDN HTTP Observatory\'s scoring, as far as the probes can see.',
    '',
    ...table(
      ['Endpoint', 'PHI', 'TLS', 'Headers', 'Why'],
      report.endpoints.map((e) => [
        escapeCell(e.url),
        e.phi ? 'yes' : 'no',
        escapeCell(e.tls.grade ?? '–'),
        escapeCell(e.headers.grade ?? '–'),
        endpointWhy(e).map((why) => `**${escapeCell(why.head)}:** ${escapeCell(why.text)}`).join('<br>'),
      ]),
    ),
    '',
    ...(placeholderNote(report.endpoints) !== null ? [escapeInline(placeholderNote(report.endpoints)!), ''] : []),
  ];
}
