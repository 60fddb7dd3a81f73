// Loads a stack file: reads it safely, parses YAML with source positions, validates it against the
// schema and its references, and reports every problem at once as file:line:col.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { InputError, WHOLE_FILE } from '../errors.js';
import { FileRefused, readRegularFile } from '../fs-safe.js';
import type { Stack } from './schema.js';
import type { Position } from './positions.js';
import { fastParse } from './fast-parse.js';
import { isValidStack, type LoadOptions } from './validate.js';

export type { LoadOptions } from './validate.js';

export const MAX_STACK_BYTES = 5 * 1024 * 1024;

export interface LoadedStack {
  stack: Stack;
  /** The path as the user gave it (what reports print). */
  file: string;
  /** Directory that document paths in the stack are relative to. */
  dir: string;
  sha256: string;
  locate(pointer: string): Position;
}

const START = { line: 1, column: 1 };

export async function loadStack(file: string, options: LoadOptions = {}): Promise<LoadedStack> {
  const fail = (message: string, at: Position = START): never => {
    throw InputError.at(file, at.line, at.column, message);
  };
  let bytes: Buffer;
  try {
    // Regular files only, and never more than the limit: a FIFO is never opened, /dev/zero never read.
    bytes = await readRegularFile(file, MAX_STACK_BYTES);
  } catch (err) {
    if (!(err instanceof FileRefused)) throw err;
    const r = err.refusal;
    switch (r.reason) {
      case 'missing':
        return fail('no such file — check the path, or write one with `hipaa-hero init` (it asks, or `init --yes` writes a template)', WHOLE_FILE);
      case 'directory':
        return fail('is a directory, not a file — give the path of a stack YAML file', WHOLE_FILE);
      case 'special':
        return fail(`is a ${r.kind}, not a regular file — give the path of a stack YAML file`, WHOLE_FILE);
      case 'invalid-name':
        return fail('is not a possible file name (it contains a NUL byte) — give the path of a stack YAML file', WHOLE_FILE);
      case 'too-large':
        return fail(tooLarge(r.size));
      case 'unreadable':
        return fail(`cannot read the file (${r.code}) — check its permissions`, WHOLE_FILE);
    }
  }
  const text = decodeText(bytes, fail);
  const parsed = await parseStackFile(file, text, options);
  return {
    stack: parsed.data,
    file,
    dir: path.dirname(path.resolve(file)),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    locate: parsed.locate,
  };
}

const tooLarge = (size: number): string =>
  `the file is ${(Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1)} MB, over the 5 MB limit for a stack file — is this the right file?`;

function decodeText(bytes: Buffer, fail: (message: string, at?: Position) => never): string {
  if (bytes.length === 0) fail('the file is empty — describe the practice in it; see the stack format in the README');
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) fail('the file is UTF-32 text — save it as UTF-8');
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff) || looksLikeUtf16(bytes)) fail('the file is UTF-16 text — save it as UTF-8');
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail('the file is binary, not YAML text — give the path of the stack YAML file', positionOfByte(bytes, nul));
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    fail('the file is not valid UTF-8 text — save it as UTF-8 (it may be Latin-1 or Windows-1252)', positionOfByte(bytes, bad));
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16 without a byte-order mark: ASCII text with a NUL in every other byte. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  return (odd >= half * 0.9 && even === 0) || (even >= half * 0.9 && odd === 0);
}

/** Offset of the first byte where UTF-8 decoding goes wrong. */
function firstInvalidUtf8(bytes: Buffer): number {
  const roundTrip = Buffer.from(bytes.toString('utf8'), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === roundTrip[i]) i++;
  return i;
}

function positionOfByte(bytes: Buffer, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 };
}


/**
 * A valid file takes the fast path only; anything else is parsed again carefully (the yaml library,
 * loaded only then) to report each problem at its exact node.
 */
async function parseStackFile(file: string, text: string, options: LoadOptions): Promise<{ data: Stack; locate(pointer: string): Position }> {
  const fast = fastParse(text);
  if (fast && isValidStack(fast.data, options)) return { data: fast.data as Stack, locate: fast.locate };
  const { parseCarefully } = await import('./yaml-parse.js');
  return parseCarefully(file, text, options);
}
