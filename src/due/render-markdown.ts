// The due list as Markdown (a pull request comment, a job summary, a wiki page): one table for what
// is overdue and one for what comes due, every string escaped as data.
import { escapeCell, escapeInline, table } from '../report/markdown-escape.js';
import { sanitizeText } from '../report/sanitize.js';
import type { DueList } from './due.js';
import type { DueItem } from './items.js';
import { headline, locationWords, split, STATUS_WORD, whenWords } from './words.js';

const cell = (text: string): string => escapeCell(sanitizeText(text, true));

const row = (item: DueItem): string[] => [
  item.date,
  escapeInline(whenWords(item.days)),
  `**${STATUS_WORD[item.status]}**`,
  `${cell(headline(item))}<br>\`${item.checkId}\` (${item.severity}, ${item.obligation})`,
  cell(item.message),
  cell(item.fix),
  item.location === null ? '' : cell(locationWords(item)),
];

const HEAD = ['Date', 'When', 'Turns to', 'What', 'What the check says', 'Fix', 'Stack file'];

export function renderDueMarkdown(list: DueList): string {
  const { overdue, coming } = split(list.items);
  const lines = [
    `# What falls due: ${escapeInline(sanitizeText(list.practice))}`,
    '',
    `From ${list.now} to ${list.horizon} (${list.withinDays} days), for the stack file ${cell(list.file)}: ${overdue.length} overdue, ${coming.length} coming due.`,
    '',
  ];
  if (list.items.length === 0) lines.push(`Nothing is overdue, and nothing falls due by ${list.horizon}.`, '');
  if (overdue.length) lines.push('## Overdue', '', ...table(HEAD, overdue.map(row)), '');
  if (coming.length) lines.push(`## Coming due by ${list.horizon}`, '', ...table(HEAD, coming.map(row)), '');
  for (const note of list.notes) lines.push(`> ${escapeInline(note)}`, '');
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}
