// The HTML report's cover: written for the practice that receives it, in plain words — who it is for,
// the score and grade, what needs attention, and what the report is not. No CI gate: that belongs to
// the terminal, JSON, SARIF and JUnit outputs.
import { UsageError } from '../../errors.js';
import { DISCLAIMER } from '../obligation.js';
import { openItems, openItemsCount } from '../open-items.js';
import type { Report, Result } from '../schema.js';
import { esc } from './escape.js';
import { breakablePath } from './parts.js';

export interface CoverOptions {
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
function logoUri(logo: NonNullable<CoverOptions['logo']>): string {
  const base64 = logo.base64.replace(/\s+/g, '');
  if (!LOGO_TYPES.test(logo.mediaType)) {
    throw new UsageError(`the logo must be a PNG, JPEG, GIF, WebP, AVIF or SVG image (got ${logo.mediaType})`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new UsageError('the logo data is not valid base64');
  return `data:${logo.mediaType};base64,${base64}`;
}

const SEVERITIES: readonly Result['severity'][] = ['critical', 'high', 'medium', 'low'];
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "4 critical, 6 high and 3 medium": how severe the problems to fix are. */
function bySeverity(problems: readonly Result[]): string {
  const parts = SEVERITIES.map((s) => [problems.filter((r) => r.severity === s).length, s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** The score, the grade and what needs attention, as the practice owner would want it said. */
function atAGlance(report: Report): string {
  const s = report.score;
  const score = `<p class="verdict"><strong>Score ${esc(s.value.toFixed(1))} out of 100 · Grade ${esc(s.grade)}</strong> ` +
    `<span class="scale">(A is 90 or more, B 80, C 70, D 60; below 60 is F)</span></p>`;
  const held = s.capped
    ? `<p>The score alone would earn a ${esc(s.uncappedGrade)}. The grade stays at ${esc(s.grade)} while a critical problem is open, so fix those first.</p>`
    : '';
  const problems = report.results.filter((r) => r.status === 'fail');
  const unchecked = report.results.filter((r) => r.status === 'error');
  const warnings = report.counts.warn;
  const open = openItems(report).length;
  const items: string[] = [];
  if (problems.length) items.push(`${plural(problems.length, 'problem')} to fix (${bySeverity(problems)}).`);
  if (unchecked.length) items.push(`${plural(unchecked.length, 'check')} could not be completed and ${unchecked.length === 1 ? 'needs' : 'need'} a second look.`);
  if (warnings) items.push(`${plural(warnings, 'warning')} to review.`);
  if (open) items.push(`${openItemsCount(open)}: questions about the practice’s policies and routines that no scan can see, or answers more than a year old.`);
  const worst = SEVERITIES.find((sev) => problems.some((r) => r.severity === sev));
  const first = worst ? [...new Set(problems.filter((r) => r.severity === worst).map((r) => r.subject))] : [];
  const start = first.length
    ? `<p>Start with the ${esc(worst!)} ${first.length === 1 ? 'problem' : 'problems'}: ${first.slice(0, 6).map((x) => `<strong>${esc(x)}</strong>`).join(', ')}` +
      `${first.length > 6 ? `, and ${first.length - 6} more` : ''}. Each finding in this report says what is wrong and how to fix it.</p>`
    : '';
  const attention = items.length
    ? `<p class="attention-title">What needs attention</p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>${start}`
    : '<p>Nothing needs attention in what hipaa-hero could see.</p>';
  return `<div class="at-a-glance" role="group" aria-label="At a glance">${score}${held}${attention}</div>`;
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

/** Under the disclaimer when the report has a proposal's checks: their results are not law. */
function profileNotice(report: Report): string {
  if (!report.profile) return '';
  return `<aside class="notice" role="note" aria-label="Proposed rule"><strong>Proposed rule, not law.</strong> ${esc(report.profile.notice)}</aside>`;
}

/** The cover, ending with `nav` (the section links). */
export function cover(report: Report, options: CoverOptions, nav: string): string {
  const logo = options.logo ? `<img class="logo" src="${esc(logoUri(options.logo))}" alt="Logo">` : '';
  // Who prepared it is said once, under the title; the rest is for whoever checks how it was made.
  const meta: Array<[string, string]> = [
    ['Tool', `${esc(report.tool.name)} ${esc(report.tool.version)}`],
    ['Stack file', `<code>${breakablePath(report.stack.path)}</code>`],
    ['Stack file SHA-256', `<code class="hash">${esc(report.stack.sha256)}</code>`],
  ];
  return (
    `<header class="cover">${logo}<p class="kicker">HIPAA gap assessment</p>` +
    `<h1>${esc(report.stack.practice)}</h1>` +
    `<p class="subtitle">Technology and safeguards audit against 45 CFR Part 164, as of ${esc(longDate(report.auditDate))}` +
    (options.preparedBy ? `<br><span class="prepared">Prepared by ${esc(options.preparedBy)}</span>` : '') +
    `</p>` +
    // What the report is not comes before what it found, on the first screen of a phone too.
    disclaimer(report) +
    profileNotice(report) +
    atAGlance(report) +
    applicability(report) +
    `<p class="confidential">Confidential: this report describes the practice’s security weaknesses. It contains no patient information.</p>` +
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>` +
    nav +
    `</header>`
  );
}
