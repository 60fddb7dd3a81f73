// The HTML report: one self-contained page (inline CSS and SVG, no script, no external request) rendered from the report model.
import type { Report, Result } from '../schema.js';
import { areaChart, gradeBand, scoreGauge } from './charts.js';
import { cover, type CoverOptions } from './cover.js';
import { cssString, esc } from './escape.js';
import { sanitizeLine, sanitizeReport } from '../sanitize.js';
import { alternativeSection, findingsSection, manualSection, prose, waivedSection } from './findings.js';
import { bySeverityThenStatus, obligationBadge, severityBadge, statusBadge } from './parts.js';
import { aboutSection, baselineSection, checklistSection, endpointsSection, hintsSection } from './sections.js';
import { STYLES } from './styles.js';
import { pagesSection } from './pages.js';
import { HISTORY_STYLES, historySection } from './history.js';
import { openItems } from '../open-items.js';
import { notJudgedSummary } from '../unjudged-words.js';

export type HtmlOptions = CoverOptions;

function scoreCard(report: Report): string {
  const s = report.score;
  const unjudged = notJudgedSummary(report);
  const cap = s.capped
    ? `<p class="cap-note">Capped: the score alone would earn a <strong>${esc(s.uncappedGrade)}</strong>, but while a critical check fails the grade is at best D.</p>`
    : '';
  return (
    `<div class="card score-card">${scoreGauge(s)}` +
    `<p class="grade-line"><span class="grade tone-${gradeBand(s.grade)}" id="grade" aria-label="Grade ${esc(s.grade)}">${esc(s.grade)}</span>` +
    `<span class="grade-caption">Grade<br><span class="muted-strong">A ≥ 90 · B ≥ 80 · C ≥ 70 · D ≥ 60</span></span></p>` +
    cap +
    (unjudged ? `<p class="cap-note">${esc(unjudged)}</p>` : '') +
    `</div>`
  );
}

const COUNT_LABELS: ReadonlyArray<[keyof Report['counts'], string]> = [
  ['fail', 'Fail'],
  ['error', 'Error'],
  ['warn', 'Warning'],
  ['manual', 'To verify'],
  ['waived', 'Waived'],
  ['alternative', 'Alternative'],
  ['pass', 'Pass'],
  ['not_applicable', 'N/A'],
  ['not_judged', 'Not judged'],
];

function glance(report: Report): string {
  // Errors, alternatives and results not judged are rare: their tiles appear only when there are some.
  const tiles = COUNT_LABELS.filter(([k]) => (k !== 'error' && k !== 'alternative' && k !== 'not_judged') || (report.counts[k] ?? 0) > 0)
    .map(([k, label]) => `<div class="tile st-${k}"><dt>${esc(label)}</dt><dd>${esc(report.counts[k] ?? 0)}</dd></div>`)
    .join('');
  const top = report.results
    .filter((r: Result) => r.status === 'fail' || r.status === 'error' || r.status === 'warn')
    .sort(bySeverityThenStatus)
    .slice(0, 5);
  const topList = top.length
    ? `<h3>Top findings</h3><ol class="top">${top
        .map((r) => `<li>${severityBadge(r.severity)} ${statusBadge(r.status)} ${obligationBadge(r)} <strong>${esc(r.subject)}</strong>: ${prose(r.message)}</li>`)
        .join('')}</ol><p><a href="#findings">All findings →</a></p>`
    : '';
  return `<div class="card glance"><h3>Results</h3><dl class="tiles">${tiles}</dl>${topList}</div>`;
}

function summary(report: Report): string {
  return (
    `<section class="sect sect-first" id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>` +
    `<div class="summary-grid"><div class="col">${scoreCard(report)}${glance(report)}</div>` +
    `<div class="card areas" id="areas"><h3>Score by area</h3>${areaChart(report.areas)}` +
    `<p class="chart-note">Out of 100. “—” marks an area with nothing scored yet (only items awaiting an answer or not applicable).</p></div></div>` +
    `</section>`
  );
}

/** Running footer on printed pages; a CSS string, escaped for CSS, since it carries the practice's name. */
function printFooter(report: Report): string {
  const left = cssString(`${report.stack.practice} · HIPAA audit ${report.auditDate}`);
  return `@page{@bottom-left{content:${left}}@bottom-right{content:"Page " counter(page) " of " counter(pages)}}@page :first{@bottom-left{content:none}@bottom-right{content:none}}`;
}

function nav(report: Report): string {
  const links: Array<[string, string, boolean]> = [
    ['summary', 'Summary', true],
    ['trend', 'Trend', report.history !== undefined],
    ['baseline', 'Changes', report.baseline !== undefined],
    ['findings', 'Findings', true],
    ['manual', 'To verify', report.results.some((r) => r.status === 'manual') || openItems(report).length > 0],
    ['waived', 'Waived', report.results.some((r) => r.status === 'waived')],
    ['alternatives', 'Alternatives', report.results.some((r) => r.status === 'alternative')],
    ['vendor-notes', 'Vendor notes', (report.hints?.length ?? 0) > 0],
    ['endpoints', 'Endpoints', (report.endpoints?.length ?? 0) > 0],
    ['pages', 'Pages', (report.endpoints ?? []).some((e) => e.page !== undefined)],
    ['checklist', 'Checklist', (report.checklist?.length ?? 0) > 0],
    ['about', 'About', true],
  ];
  const items = links.filter(([, , on]) => on).map(([id, label]) => `<li><a href="#${id}">${esc(label)}</a></li>`);
  return `<nav class="toc" aria-label="Sections"><ul>${items.join('')}</ul></nav>`;
}

/** The whole page. Same report and options, same bytes: nothing here reads the clock or makes an id at random. */
export function renderHtml(input: Report, rawOptions: HtmlOptions = {}): string {
  // esc() keeps markup out; sanitising keeps control characters and bidi overrides out of the page and the PDF.
  const report = sanitizeReport(input);
  const options: HtmlOptions = { ...rawOptions, ...(rawOptions.preparedBy !== undefined ? { preparedBy: sanitizeLine(rawOptions.preparedBy) } : {}) };
  const title = `HIPAA audit — ${report.stack.practice} — ${report.auditDate}`;
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    // Defence in depth: even a string that escaped escaping could load nothing and run nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">\n` +
    `<meta http-equiv="x-dns-prefetch-control" content="off">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta name="generator" content="${esc(report.tool.name)} ${esc(report.tool.version)}">\n` +
    `<title>${esc(title)}</title>\n<style>${STYLES}${report.history !== undefined ? HISTORY_STYLES : ''}${printFooter(report)}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#findings">Skip to findings</a>\n` +
    `<div class="page">\n` +
    cover(report, options, nav(report)) +
    `<main>\n` +
    summary(report) +
    historySection(report) +
    baselineSection(report.baseline) +
    findingsSection(report) +
    manualSection(report) +
    waivedSection(report) +
    alternativeSection(report) +
    hintsSection(report) +
    endpointsSection(report.endpoints) +
    pagesSection(report) +
    checklistSection(report) +
    aboutSection(report) +
    `\n</main>\n<footer class="page-foot"><p>${esc(report.stack.practice)} · HIPAA audit of ${esc(report.auditDate)} · ${esc(report.tool.name)} ${esc(report.tool.version)}</p></footer>\n</div>\n</body>\n</html>\n`
  );
}
