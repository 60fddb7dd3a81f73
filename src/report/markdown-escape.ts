// Markdown escaping for report strings, table rows and eCFR citation links: shared by the Markdown
// report, its checklist and the SARIF rules' Markdown help.
import { ecfrUrl } from '../hipaa/catalog.js';

const escapePlain = (text: string): string =>
  text
    .replace(/[\\`*_[\]|~$#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

// Messages and fixes quote settings in backticks (`mfa: true`). A code span shows its content
// literally (no HTML, links or emphasis inside), so each balanced pair of backticks is kept as one;
// an unpaired backtick, an empty span, or one holding a pipe (which would still split a table
// row) is escaped as plain text instead.
function withCodeSpans(flat: string): string {
  const parts = flat.split('`');
  let out = '';
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 0) {
      out += escapePlain(part);
      continue;
    }
    const closed = i < parts.length - 1;
    if (closed && part.trim() !== '' && !part.includes('|')) out += `\`${part}\``;
    else out += `\\\`${escapePlain(part)}${closed ? '\\\`' : ''}`;
  }
  return out;
}

/**
 * Report strings (practice, vendor and staff names, messages) are data, not Markdown: every
 * character that could start markup is neutralised so the rendered text is exactly the string —
 * no injected HTML, links, images, emphasis or math (balanced backticks stay code spans, which are
 * literal too). `<`, `>` and `&` become entities (safe in every Markdown dialect); the rest take
 * CommonMark backslash escapes. Line breaks collapse to a
 * space so a string can never end a paragraph, a list item or a table row early.
 */
export function escapeInline(text: string): string {
  return withCodeSpans(text.replace(/\r\n|\r|\n/g, ' '));
}

/** A table cell: inline-escaped (pipes included, so the row keeps its columns), line breaks kept as <br>. */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(line.trim()))
    .join('<br>');
}

export const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((cells) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`),
];

// Parentheses and spaces would end a Markdown link destination early.
const linkTarget = (url: string): string => encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');

/** A citation linked to its eCFR section. */
export const citationLink = (citation: string): string => `[${escapeInline(citation)}](${linkTarget(ecfrUrl(citation))})`;
