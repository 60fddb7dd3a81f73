// The JSON reporter: the report model as it is, keys in a fixed order, one line (reports of large
// practices run to tens of megabytes; `jq .` pretty-prints one for reading).
//
// Written as bytes, in ASCII: every character outside ASCII is a \u escape (JSON says the same
// string either way). A handful of them (Σ, ≥ and × in the score formula) would otherwise make the
// whole serialized text a two-byte string in V8, twice the memory, and twice the work to encode for
// a file or stdout. The results, the bulk of a large report, are serialized a slice at a time, so no
// single string holds the whole report.
import type { Report } from './schema.js';

const NON_ASCII = /[\u0080-\uffff]/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;
/** Results serialized per slice: small enough to stay cheap, large enough to keep the calls few. */
const SLICE = 2000;

const ascii = (json: string): string =>
  HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;

const RESULTS = '"results":[';

/** The report as UTF-8 (and ASCII) bytes: exactly the bytes of `renderJson`. */
export function renderJsonBytes(report: Report): Uint8Array {
  // The same keys in the same order, with the results left empty: they are spliced in where `[]` is.
  // Quotes inside strings are escaped, so `"results":[` can only be the key itself.
  const shell = JSON.stringify({ ...report, results: [] });
  const at = shell.indexOf(`${RESULTS}]`);
  if (at < 0) throw new Error('renderJsonBytes: the report has no results key');
  const parts: Buffer[] = [Buffer.from(ascii(shell.slice(0, at + RESULTS.length)), 'latin1')];
  for (let i = 0; i < report.results.length; i += SLICE) {
    const slice = JSON.stringify(report.results.slice(i, i + SLICE));
    parts.push(Buffer.from(`${i === 0 ? '' : ','}${ascii(slice.slice(1, -1))}`, 'latin1'));
  }
  parts.push(Buffer.from(`${ascii(shell.slice(at + RESULTS.length))}\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** The same report as text (what `renderJsonBytes` encodes). */
export const renderJson = (report: Report): string => Buffer.from(renderJsonBytes(report)).toString('latin1');
