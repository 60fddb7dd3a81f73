// The JSON reporter: the report model as it is, keys in a fixed order, one line (reports of large
// practices run to tens of megabytes; `jq .` pretty-prints one for reading).
//
// Written as bytes, in ASCII: every character outside ASCII is a \u escape (JSON says the same
// string either way). A handful of them (Σ, ≥ and × in the score formula) would otherwise make the
// whole serialized text a two-byte string in V8, twice the memory, and twice the work to encode for
// a file or stdout. The results, the bulk of a large report, are serialized a slice at a time, so no
// single string holds the whole report, and written a slice at a time, so no buffer holds it either.
import type { ChunkedContent } from '../write-file.js';
import type { Report } from './schema.js';

const NON_ASCII = /[\u0080-\uffff]/g;
/** Results serialized per slice: small enough to stay cheap, large enough to keep the calls few. */
const SLICE = 2000;

// A string is ASCII when its UTF-8 length is its length: counted natively, several times faster than a regex search.
const ascii = (json: string): string =>
  Buffer.byteLength(json, 'utf8') === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// ASCII text is the same bytes in UTF-8 and in Latin-1; Node 20 encodes a large one-byte string to
// UTF-8 about twice as fast as to Latin-1, and Node 22 and later the other way round (measured on
// the 45 MB report of the 10x bench stack).
const ENCODING: BufferEncoding = Number(process.versions.node.split('.')[0]) >= 22 ? 'latin1' : 'utf8';
const bytes = (text: string): Buffer => Buffer.from(text, ENCODING);

const RESULTS = '"results":[';

/**
 * The report as UTF-8 (and ASCII) bytes, a piece at a time: the keys before the results, the results
 * a slice at a time, then the rest. Joined, they are exactly the bytes of `renderJsonBytes`.
 */
export function* jsonChunks(report: Report): Generator<Buffer> {
  // The same keys in the same order, with the results left empty: they are spliced in where `[]` is.
  // Quotes inside strings are escaped, so `"results":[` can only be the key itself.
  const shell = JSON.stringify({ ...report, results: [] });
  const at = shell.indexOf(`${RESULTS}]`);
  if (at < 0) throw new Error('jsonChunks: the report has no results key');
  yield bytes(ascii(shell.slice(0, at + RESULTS.length)));
  for (let i = 0; i < report.results.length; i += SLICE) {
    const slice = JSON.stringify(report.results.slice(i, i + SLICE));
    yield bytes(`${i === 0 ? '' : ','}${ascii(slice.slice(1, -1))}`);
  }
  yield bytes(`${ascii(shell.slice(at + RESULTS.length))}\n`);
}

/** The JSON report as content made while it is written: no buffer ever holds the whole report. */
export const renderJsonContent = (report: Report): ChunkedContent => ({ chunks: () => jsonChunks(report) });

/** The report as UTF-8 (and ASCII) bytes, whole. */
export const renderJsonBytes = (report: Report): Uint8Array => Buffer.concat([...jsonChunks(report)]);

/** The same report as text (what `renderJsonBytes` encodes). */
export const renderJson = (report: Report): string => Buffer.from(renderJsonBytes(report)).toString('latin1');
