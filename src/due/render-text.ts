// The due list as plain text for a terminal, 80 columns: what is already due (oldest first), then
// what comes due in the window, by day; each with the check it fails, the message, the fix and where
// it comes from in the stack file. Every string from the stack or a check is made safe to print.
import { wrap } from '../report/text.js';
import { sanitizeLine } from '../report/sanitize.js';
import type { DueList } from './due.js';
import type { DueItem } from './items.js';
import { headline, locationWords, split, STATUS_WORD, whenWords } from './words.js';

const WIDTH = 80;

function itemLines(item: DueItem): string[] {
  const s = sanitizeLine;
  // wrap() joins words with one space: the columns before the headline are put in front after.
  const prefix = `  ${item.date}  ${STATUS_WORD[item.status].padEnd(4)}  `;
  const head = wrap(s(headline(item)), WIDTH, prefix.length).map((line, i) => (i === 0 ? prefix + line.trimStart() : line));
  const where = locationWords(item);
  return [
    ...head,
    ...wrap(`${whenWords(item.days)} · ${item.checkId} · ${item.severity} · ${item.obligation} · was ${item.was.replace('_', ' ')}`, WIDTH, 14),
    ...wrap(s(item.message), WIDTH, 14),
    ...wrap(`Fix: ${s(item.fix)}`, WIDTH, 14),
    ...(where ? wrap(`At ${s(where)}`, WIDTH, 14) : []),
    '',
  ];
}

export function renderDueText(list: DueList): string {
  const { overdue, coming } = split(list.items);
  const lines = [
    ...wrap(`What falls due for ${sanitizeLine(list.practice)}: ${list.now} to ${list.horizon} (${list.withinDays} days)`, WIDTH, 0),
    ...wrap(`Stack file: ${sanitizeLine(list.file)}`, WIDTH, 0),
    '',
  ];
  if (list.items.length === 0) {
    lines.push(...wrap(`Nothing is overdue, and nothing falls due by ${list.horizon}.`, WIDTH, 0), '');
  } else {
    lines.push(overdue.length ? `Overdue (${overdue.length}):` : 'Overdue: nothing.', '');
    for (const item of overdue) lines.push(...itemLines(item));
    lines.push(coming.length ? `Coming due by ${list.horizon} (${coming.length}):` : `Coming due by ${list.horizon}: nothing.`, '');
    for (const item of coming) lines.push(...itemLines(item));
  }
  for (const note of list.notes) lines.push(...wrap(`Note: ${note}`, WIDTH, 0));
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}
