// The HTML report: one self-contained page (inline CSS and SVG, no script, no external request) rendered from the report model.
import { UsageError } from '../../errors.js';
import type { Report, Result } from '../schema.js';
import { areaChart, gradeBand, scoreGauge } from './charts.js';
import { cssString, esc } from './escape.js';
import { DISCLAIMER } from '../obligation.js';
import { sanitizeLine, sanitizeReport } from '../sanitize.js';
import { alternativeSection, findingsSection, manualSection, prose, waivedSection } from './findings.js';
import { breakablePath, bySeverityThenStatus, obligationBadge, severityBadge, statusBadge } from './parts.js';
import { aboutSection, baselineSection, checklistSection, endpointsSection } from './sections.js';
import { STYLES } from './styles.js';
import { openItems } from '../open-items.js';

export interface HtmlOptions {
  /** The consultant or firm handing the report over, shown on the cover. */
  preparedBy?: string;
  /** Inlined as a data: URI, so the page still loads nothing from anywhere. */
  logo?: { mediaType: string; base64: string };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-28" as "November 28, 2026", from the string itself: no clock, no locale, no time zone. */
function longDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : day;
}

const LOGO_TYPES = /^image\/(png|jpeg|gif|webp|avif|svg\+xml)$/;

/** The logo as a data: URI; refused unless it is an image type and base64, so it cannot carry markup into the page. */
function logoUri(logo: NonNullable<HtmlOptions['logo']>): string {
  const base64 = logo.base64.replace(/\s+/g, '');
  if (!LOGO_TYPES.test(logo.mediaType)) {
    throw new UsageError(`the logo must be a PNG, JPEG, GIF, WebP, AVIF or SVG image (got ${logo.mediaType})`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new UsageError('the logo data is not valid base64');
  return `data:${logo.mediaType};base64,${base64}`;
}

function cover(report: Report, options: HtmlOptions): string {
  const logo = options.logo ? `<img class="logo" src="${esc(logoUri(options.logo))}" alt="Logo">` : '';
  const meta: Array<[string, string]> = [['Audit date', esc(longDate(report.auditDate))]];
  if (options.preparedBy) meta.push(['Prepared by', esc(options.preparedBy)]);
  meta.push(
    ['Tool', `${esc(report.tool.name)} ${esc(report.tool.version)}`],
    ['Stack file', `<code>${breakablePath(report.stack.path)}</code>`],
    ['Stack file SHA-256', `<code class="hash">${esc(report.stack.sha256)}</code>`],
  );
  return (
    `<header class="cover">${logo}<p class="kicker">HIPAA gap assessment</p>` +
    `<h1>${esc(report.stack.practice)}</h1>` +
    `<p class="subtitle">Technology and safeguards audit against 45 CFR Part 164, as of ${esc(longDate(report.auditDate))}` +
    (options.preparedBy ? `<br><span class="prepared">Prepared by ${esc(options.preparedBy)}</span>` : '') +
    `</p>` +
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>` +
    disclaimer(report) +
    applicability(report) +
    `<p class="confidential">Confidential: this report describes the practice’s security weaknesses. It contains no patient information.</p>` +
    nav(report) +
    `</header>`
  );
}

/** On the cover, so the first page (and screen) says what the report is not; never only in a footer. */
function disclaimer(report: Report): string {
  return `<p class="disclaimer" role="note" id="disclaimer"><strong>Disclaimer:</strong> ${esc(report.disclaimer ?? DISCLAIMER)}</p>`;
}

function applicability(report: Report): string {
  const statement = report.applicability.statement;
  if (statement === null) return '';
  return `<aside class="notice" role="note" aria-label="Applicability"><strong>Does HIPAA apply?</strong> ${esc(statement)}</aside>`;
}

function gate(report: Report): string {
  const g = report.gate;
  const rule = `fail on ${esc(g.failOn)}${g.failUnder === null ? '' : `, fail under ${esc(g.failUnder)}`}`;
  if (g.passed) return `<p class="gate gate-pass" id="gate"><strong>✓ Gate passed</strong> <span class="muted-strong">(${rule})</span></p>`;
  const reasons = g.reasons.map((r) => `<li>${esc(r)}</li>`).join('');
  return `<div class="gate gate-fail" id="gate"><p><strong>✗ Gate failed</strong> <span class="muted-strong">(${rule})</span></p><ul>${reasons}</ul></div>`;
}

function scoreCard(report: Report): string {
  const s = report.score;
  const cap = s.capped
    ? `<p class="cap-note">Capped: the score alone would earn a <strong>${esc(s.uncappedGrade)}</strong>, but while a critical check fails the grade is at best D.</p>`
    : '';
  return (
    `<div class="card score-card">${scoreGauge(s)}` +
    `<p class="grade-line"><span class="grade tone-${gradeBand(s.grade)}" id="grade" aria-label="Grade ${esc(s.grade)}">${esc(s.grade)}</span>` +
    `<span class="grade-caption">Grade<br><span class="muted-strong">A ≥ 90 · B ≥ 80 · C ≥ 70 · D ≥ 60</span></span></p>` +
    cap +
    gate(report) +
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
];

function glance(report: Report): string {
  // Errors and alternatives are rare: their tiles appear only when there are some.
  const tiles = COUNT_LABELS.filter(([k]) => (k !== 'error' && k !== 'alternative') || (report.counts[k] ?? 0) > 0)
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
    ['baseline', 'Changes', report.baseline !== undefined],
    ['findings', 'Findings', true],
    ['manual', 'To verify', report.results.some((r) => r.status === 'manual') || openItems(report).length > 0],
    ['waived', 'Waived', report.results.some((r) => r.status === 'waived')],
    ['alternatives', 'Alternatives', report.results.some((r) => r.status === 'alternative')],
    ['endpoints', 'Endpoints', (report.endpoints?.length ?? 0) > 0],
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
    `<title>${esc(title)}</title>\n<style>${STYLES}${printFooter(report)}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#findings">Skip to findings</a>\n` +
    `<div class="page">\n` +
    cover(report, options) +
    `<main>\n` +
    summary(report) +
    baselineSection(report.baseline) +
    findingsSection(report) +
    manualSection(report) +
    waivedSection(report) +
    alternativeSection(report) +
    endpointsSection(report.endpoints) +
    checklistSection(report) +
    aboutSection(report) +
    `\n</main>\n<footer class="page-foot"><p>${esc(report.stack.practice)} · HIPAA audit of ${esc(report.auditDate)} · ${esc(report.tool.name)} ${esc(report.tool.version)}</p></footer>\n</div>\n</body>\n</html>\n`
  );
}
