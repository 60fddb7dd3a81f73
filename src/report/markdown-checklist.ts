// The Markdown report's HIPAA checklist: every catalog item with its status and what set it.
import { attestationIds, decidedByText, itemType, practiceText } from './checklist-words.js';
import { citationLink, escapeCell, table } from './markdown-escape.js';
import type { Report } from './schema.js';

export function checklistSection(report: Report): string[] {
  const rows = report.checklist;
  if (!rows?.length) return [];
  const attested = attestationIds(report);
  return [
    '## HIPAA checklist',
    '',
    'Each item has the worst status of the required and addressable checks and attestations that cite it; ' +
      'good-practice checks are listed beside it but do not set its status.',
    '',
    ...table(
      ['Citation', 'Item', 'Type', 'Status', 'Status set by'],
      rows.map((row) => {
        const decided = [decidedByText(row, attested) ?? '–', practiceText(row)].filter((t): t is string => t !== null);
        return [citationLink(row.citation), escapeCell(row.title), itemType(row), row.status.replace('_', ' '), decided.map(escapeCell).join('<br>')];
      }),
    ),
    '',
  ];
}
