// Escaping of report strings for the HTML page: one function for text and attribute contexts, one for CSS strings.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes a string for HTML text and for quoted attribute values alike. Every string that comes from
 * the report (the stack file, check messages, attestation notes) goes through this: the stack file
 * is written by people, and the page is opened on clinic machines.
 */
export const esc = (value: string | number): string => String(value).replace(/[&<>"']/g, (c) => HTML[c]!);

/**
 * A CSS string literal (with its quotes) for `content:` in the inline stylesheet. Everything but
 * letters, digits and spaces becomes a hex escape, so no value can close the string, the rule, or
 * the `<style>` element around it.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    out += /^[A-Za-z0-9 ]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
