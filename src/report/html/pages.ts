// The HTML report's "Pages" section: for each visited endpoint, how its page was visited and a table
// of the third parties it sends requests to; an advertising or social service on a PHI endpoint gets
// the failure styles (a red rule on its row, a red badge, a warning box). Every string is escaped.
import {
  alarmingServices,
  creditLine,
  noThirdParties,
  PAGES_LEAD,
  PAGES_TITLE,
  pageCounts,
  phiPageWarning,
  THIRD_PARTY_COLUMNS,
  thirdPartyCells,
  visitedEndpoints,
  visitWords,
  type VisitedEndpoint,
} from '../page-words.js';
import type { PageThirdParty, Report } from '../schema.js';
import { esc } from './escape.js';
import { table, td } from './parts.js';

/** Host names (or cookie names), one per line, each free to break: a long name never widens its column. */
const list = (items: readonly string[]): string =>
  items.length ? items.map((h) => `<code class="host">${esc(h)}</code>`).join('<br>') : '<span class="muted">—</span>';

function row(t: PageThirdParty, alarming: boolean): string {
  const [name, company, category, kind, before] = thirdPartyCells(t);
  const kindCell = alarming ? `<span class="badge st-fail">${esc(kind!)}</span>` : `<span class="tp-kind tp-${esc(t.kind)}">${esc(kind!)}</span>`;
  return (
    `<tr${alarming ? ' class="row-fail"' : ''}>` +
    td(THIRD_PARTY_COLUMNS[0], `<strong>${esc(name!)}</strong>`) +
    td(THIRD_PARTY_COLUMNS[1], t.company === null ? '<span class="muted">—</span>' : esc(company!)) +
    td(THIRD_PARTY_COLUMNS[2], t.category === null ? '<span class="muted">—</span>' : esc(category!)) +
    td(THIRD_PARTY_COLUMNS[3], kindCell, 'nowrap') +
    td(THIRD_PARTY_COLUMNS[4], esc(before!)) +
    td(THIRD_PARTY_COLUMNS[5], list(t.hosts)) +
    td(THIRD_PARTY_COLUMNS[6], list(t.cookies)) +
    `</tr>`
  );
}

function endpointPage(e: VisitedEndpoint): string {
  const { page } = e;
  const phi = e.phi ? ' <span class="badge st-manual">PHI</span>' : '';
  const how = visitWords(page);
  const moved = page.error === undefined && page.url.replace(/\/+$/, '') !== e.url.replace(/\/+$/, '') ? `, ending on <code class="url">${esc(page.url)}</code>` : '';
  const failed = page.error !== undefined ? '<span class="badge st-error">✖ Not visited</span> ' : '';
  const head = `<h3><code class="url">${esc(e.url)}</code>${phi}</h3><p class="visit">${failed}${esc(how.charAt(0).toUpperCase() + how.slice(1))}${moved}.</p>`;
  if (page.error !== undefined) return head;
  const counts = pageCounts(page);
  const warning = phiPageWarning(e);
  const alarming = new Set(alarmingServices(e));
  const body =
    page.thirdParties.length === 0
      ? `<p>${esc(noThirdParties(page))}</p>`
      : table('pages reflow', `Third parties of ${e.url}`, THIRD_PARTY_COLUMNS, page.thirdParties.map((t) => row(t, alarming.has(t))));
  return (
    head +
    (counts ? `<p class="${page.insecureForms || page.mixedContent ? 'page-counts page-counts-warn' : 'page-counts'}">${esc(counts)}</p>` : '') +
    (warning ? `<p class="conflict"><strong>Warning:</strong> ${esc(warning)}</p>` : '') +
    body
  );
}

export function pagesSection(report: Pick<Report, 'endpoints' | 'thirdPartySource'>): string {
  const visited = visitedEndpoints(report);
  if (visited.length === 0) return '';
  return (
    `<section class="sect sect-minor" id="pages" aria-labelledby="pages-title"><h2 id="pages-title">${esc(PAGES_TITLE)}</h2>` +
    `<p class="lead">${esc(PAGES_LEAD)}</p>` +
    visited.map(endpointPage).join('') +
    (report.thirdPartySource !== undefined ? `<p class="chart-note credit">${esc(creditLine(report.thirdPartySource))}</p>` : '') +
    `</section>`
  );
}
