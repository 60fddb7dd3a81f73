// Report strings made safe to print: every string of a report model (from the stack file, facts, a
// saved report or a certificate) with its control characters, bidi overrides and GitHub workflow
// commands neutralised, once, before any human format renders it.
import type { Report } from './schema.js';

/**
 * Keys whose text may span lines (a YAML block scalar in a waiver reason or note, a check's message):
 * their line breaks are kept, for the formats that show them (Markdown `<br>`, JUnit bodies). In every
 * other string (names, subjects, paths, URLs) a line break could forge a report line, so it is a space.
 */
const MULTILINE_KEYS: ReadonlySet<string> = new Set(['message', 'remediation', 'reason', 'note', 'statement', 'disclaimer']);

/**
 * What a terminal, a browser or a CI runner would act on rather than show: C0 controls (ESC starts
 * the sequences that clear the screen or rewrite a line), DEL, C1 controls (0x9B is an 8-bit CSI),
 * the bidi embeddings, overrides and isolates that reorder what is shown ("Trojan Source"), and what
 * XML 1.0 cannot hold at all (U+FFFE, U+FFFF, a surrogate without its pair).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A cheap first test: most strings hold none of these, and are returned as they are. */
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]|::|##\[/;

/** `\u001b`: the character shown as the JSON report writes it, so a reader can see it was there. */
const visible = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The Actions runner takes a line that starts (after white space) with `::` as a workflow command
 * (`::add-mask::`, `::stop-commands::`, `::error::`), and `##[` anywhere in a line as a legacy one.
 * A backslash in front keeps both visible and inert; a line already escaped is left alone.
 */
export const neutraliseCommandStart = (line: string): string => line.replace(/^(\s*)::/, '$1\\::');
const neutraliseCommands = (line: string): string => neutraliseCommandStart(line).replace(/##\[/g, '##\\[');

/**
 * One string made safe to print. `multiline`: line breaks are kept (CR LF and a lone CR become LF,
 * since a bare CR returns to the start of the line and overprints it); otherwise they become spaces.
 * Tabs become spaces; every other unsafe character becomes its `\uXXXX` escape. Idempotent.
 */
export function sanitizeText(text: string, multiline = false): string {
  if (!SUSPECT.test(text)) return text;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => neutraliseCommands(line.replace(/\t/g, ' ').replace(UNSAFE, visible)));
  return lines.join(multiline ? '\n' : ' ');
}

/** A single-line string from outside (a certificate's name, a flag): the same rules, line breaks as spaces. */
export const sanitizeLine = (text: string): string => sanitizeText(text, false);

/**
 * Any JSON-like value with every string sanitised, and every object key under `evidence` (free-form
 * data; elsewhere the keys are the schema's own). Copy on write: an object or array is copied only
 * when something in it changed, so a clean report costs one walk and no allocation (a 10× stack's
 * report has some 50,000 results, and every human format calls this).
 */
function sanitizeValue(value: unknown, multiline: boolean, freeKeys: boolean): unknown {
  if (typeof value === 'string') return sanitizeText(value, multiline);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const safe = sanitizeValue(item, multiline, freeKeys);
      if (safe !== item) (copy ??= value.slice())[i] = safe;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const safe = sanitizeValue(item, MULTILINE_KEYS.has(key), freeKeys || key === 'evidence');
    const safeKey = freeKeys ? sanitizeText(key, false) : key;
    if (safeKey !== key) {
      copy ??= { ...record };
      delete copy[key];
      copy[safeKey] = safe;
    } else if (safe !== item) {
      (copy ??= { ...record })[key] = safe;
    }
  }
  return copy ?? value;
}

/**
 * The report as every human format (text, Markdown, HTML and PDF, GitHub annotations, JUnit, SARIF)
 * renders it: every string sanitised, everything else as it was. Pure and cheap when there is
 * nothing to change (the same objects come back), so each renderer calls it on its own input
 * rather than trusting its caller to. The JSON report is not sanitised: it keeps the data exactly.
 */
export const sanitizeReport = (report: Report): Report => sanitizeDeep(report);

/** Any part of a report (a baseline comparison, a list of results) sanitised the same way. */
export const sanitizeDeep = <T>(value: T): T => sanitizeValue(value, false, false) as T;
