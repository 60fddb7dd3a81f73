// The Markdown report's "Pages" section: for each visited endpoint, how its page was visited and a
// table of the third parties it sends requests to, an advertising or social service on a PHI endpoint
// in bold with a warning above the table, then the database's credit once. Every string from the
// facts is escaped (the report reaching here is already sanitised by renderMarkdown).
import { escapeCell, escapeInline, table } from './markdown-escape.js';
import {
  alarmingServices,
  creditLine,
  noThirdParties,
  PAGES_LEAD,
  PAGES_TITLE,
  pageCounts,
  pageHeading,
  phiPageWarning,
  THIRD_PARTY_COLUMNS,
  thirdPartyCells,
  visitedEndpoints,
} from './page-words.js';
import type { Report } from './schema.js';

export function pagesSection(report: Pick<Report, 'endpoints' | 'thirdPartySource'>): string[] {
  const visited = visitedEndpoints(report);
  if (visited.length === 0) return [];
  const lines = [`## ${PAGES_TITLE}`, '', escapeInline(PAGES_LEAD), ''];
  for (const e of visited) {
    const { page } = e;
    lines.push(`### ${escapeInline(pageHeading(e))}`, '');
    if (page.error !== undefined) continue;
    const counts = pageCounts(page);
    if (counts) lines.push(escapeInline(counts), '');
    const warning = phiPageWarning(e);
    if (warning) lines.push(`> **Warning:** ${escapeInline(warning)}`, '');
    if (page.thirdParties.length === 0) {
      lines.push(escapeInline(noThirdParties(page)), '');
      continue;
    }
    const alarming = new Set(alarmingServices(e));
    const rows = page.thirdParties.map((t) => {
      const cells = thirdPartyCells(t).map(escapeCell);
      // A service that builds advertising audiences from a PHI page's visits: its name and kind in bold.
      if (alarming.has(t)) for (const i of [0, 3]) cells[i] = `**${cells[i]!}**`;
      return cells;
    });
    lines.push(...table(THIRD_PARTY_COLUMNS, rows), '');
  }
  if (report.thirdPartySource !== undefined) lines.push(escapeInline(creditLine(report.thirdPartySource)), '');
  return lines;
}
