// The terminal's "Pages" section: for each visited endpoint, how its page was visited and a table of
// the third parties it sends requests to, an advertising or social service on a PHI endpoint in red,
// then the database's credit once. Strings come from the sanitised report (renderText sanitises it).
import type { ChalkInstance } from 'chalk';
import {
  alarmingServices,
  creditLine,
  isAudienceBuilder,
  noThirdParties,
  PAGES_LEAD,
  PAGES_TITLE,
  pageCounts,
  pageHeading,
  phiPageWarning,
  THIRD_PARTY_COLUMNS,
  thirdPartyCells,
  UNKNOWN_SERVICE,
  visitedEndpoints,
} from './page-words.js';
import type { Report } from './schema.js';

type Wrap = (text: string, width: number, indent: number) => string[];

const KIND_WIDTH = 11;
const BEFORE = THIRD_PARTY_COLUMNS[4];

/** A cell cut to `n` columns, with an ellipsis when it is longer. */
const cut = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text.padEnd(n));

export function renderPages(c: ChalkInstance, report: Pick<Report, 'endpoints' | 'thirdPartySource'>, width: number, wrap: Wrap): string[] {
  const visited = visitedEndpoints(report);
  if (visited.length === 0) return [];
  // Service, kind and "before any user action" in columns; company, category, hosts and cookies wrapped under each.
  const serviceWidth = Math.max(16, width - 4 - 2 - KIND_WIDTH - 2 - BEFORE.length);
  const lines = [c.bold(`  ${PAGES_TITLE}`), ...wrap(PAGES_LEAD, width, 2).map((l) => c.gray(l))];
  for (const e of visited) {
    const { page } = e;
    const alarming = new Set(alarmingServices(e));
    lines.push('', ...wrap(pageHeading(e), width, 2).map((l, i) => (i === 0 ? c.bold(l) : l)));
    if (page.error !== undefined) continue;
    const counts = pageCounts(page);
    if (counts) lines.push(...wrap(counts, width, 4).map((l) => (page.insecureForms || page.mixedContent ? c.yellow(l) : c.gray(l))));
    const warning = phiPageWarning(e);
    if (warning) lines.push(...wrap(`✗ ${warning}`, width, 4).map((l) => c.red.bold(l)));
    if (page.thirdParties.length === 0) {
      lines.push(...wrap(noThirdParties(page), width, 4));
      continue;
    }
    lines.push(c.bold(`    ${cut(THIRD_PARTY_COLUMNS[0], serviceWidth)}  ${cut(THIRD_PARTY_COLUMNS[3], KIND_WIDTH)}  ${BEFORE}`));
    for (const t of page.thirdParties) {
      const [name, company, category, kind, before, hosts, cookies] = thirdPartyCells(t);
      const tint = alarming.has(t) ? c.red.bold : isAudienceBuilder(t) ? c.yellow : (s: string) => s;
      lines.push(`    ${tint(cut(name!, serviceWidth))}  ${tint(cut(kind!, KIND_WIDTH))}  ${before}`);
      const known = t.company === null && t.category === null ? [UNKNOWN_SERVICE] : [`company ${company}`, `category ${category}`];
      const more = [...known, `${t.hosts.length === 1 ? 'host' : 'hosts'} ${hosts}`, ...(t.cookies.length ? [`cookies ${cookies}`] : [])];
      lines.push(...wrap(more.join(' · '), width, 6).map((l) => c.gray(l)));
    }
  }
  if (report.thirdPartySource !== undefined) lines.push('', ...wrap(creditLine(report.thirdPartySource), width, 2).map((l) => c.gray(l)));
  return lines;
}
