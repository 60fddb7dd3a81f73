// Loads a stack file: reads it safely, parses YAML with source positions, validates it against the
// schema and its references, and reports every problem at once as file:line:col.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { LineCounter, parseDocument, visit, isAlias, type Document } from 'yaml';
import { InputError, type Problem } from '../errors.js';
import type { Stack } from './schema.js';
import { SourceMap, type Position } from './positions.js';
import { describeSchemaError, type SchemaProblem } from './schema-errors.js';
import { checkReferences } from './references.js';
import validateStack from './validate-stack.generated.js';

export const MAX_STACK_BYTES = 5 * 1024 * 1024;
/** Aliases allowed before the file is treated as an alias bomb (the yaml library's own guard). */
const MAX_ALIASES = 100;

export interface LoadedStack {
  stack: Stack;
  /** The path as the user gave it (what reports print). */
  file: string;
  /** Directory that document paths in the stack are relative to. */
  dir: string;
  sha256: string;
  locate(pointer: string): Position;
}

export interface LoadOptions {
  /** When given, waivers must name one of these check ids. */
  knownCheckIds?: ReadonlySet<string>;
}

const START = { line: 1, column: 1 };

export async function loadStack(file: string, options: LoadOptions = {}): Promise<LoadedStack> {
  const fail = (message: string, at: Position = START): never => {
    throw InputError.at(file, at.line, at.column, message);
  };
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file — check the path, or create one from the bundled example' : `cannot read the file (${code ?? 'error'}) — check its permissions`);
  }
  if (info.isDirectory()) fail('is a directory — give the path of a stack YAML file');
  if (info.size > MAX_STACK_BYTES) {
    fail(`the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for a stack file — is this the right file?`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return fail(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'}) — check its permissions`);
  }
  const text = decodeText(bytes, fail);
  const parsed = parseStackText(file, text);
  const problems = validateParsed(file, parsed, options);
  if (problems.length) throw new InputError(problems);
  return {
    stack: parsed.data as Stack,
    file,
    dir: path.dirname(path.resolve(file)),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    locate: (pointer) => parsed.map.locate(pointer),
  };
}

function decodeText(bytes: Buffer, fail: (message: string, at?: Position) => never): string {
  if (bytes.length === 0) fail('the file is empty — describe the practice in it; see the stack format in the README');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    fail(
      utf16
        ? 'the file is UTF-16 text — save it as UTF-8'
        : 'the file is binary, not YAML text — give the path of the stack YAML file',
      positionOfByte(bytes, nul),
    );
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    fail('the file is not valid UTF-8 text — save it as UTF-8 (it may be Latin-1 or Windows-1252)', positionOfByte(bytes, bad));
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

interface Parsed {
  doc: Document;
  map: SourceMap;
  data: unknown;
}

function parseStackText(file: string, text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const map = new SourceMap(doc, lines);
  const problems: Problem[] = doc.errors.map((e) => {
    const at = map.offsetToPosition(e.pos[0]);
    return { file, ...at, message: yamlErrorMessage(e.code, e.message) };
  });
  if (problems.length) throw new InputError(problems);
  if (doc.contents === null) {
    throw InputError.at(file, 1, 1, 'the file has no content, only comments — describe the practice in it; see the stack format in the README');
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    let at: Position = START;
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) at = map.offsetToPosition(node.range[0]);
        return visit.BREAK;
      },
    });
    const message = err instanceof ReferenceError
      ? `YAML aliases expand too far (over ${MAX_ALIASES} uses of anchors) — write the values out instead of using anchors and aliases`
      : `the YAML cannot be read (${(err as Error).message}) — correct it`;
    throw InputError.at(file, at.line, at.column, message);
  }
  return { doc, map, data };
}

function yamlErrorMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const advice: Record<string, string> = {
    DUPLICATE_KEY: 'remove or rename one of them',
    BAD_INDENT: 'indent nested keys with spaces, consistently',
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    MISSING_CHAR: 'add the missing character',
    MULTIPLE_DOCS: 'keep one YAML document per stack file',
    BLOCK_AS_IMPLICIT_KEY: 'check the indentation and the colons on this line',
    MULTILINE_IMPLICIT_KEY: 'check the indentation and the colons on this line',
    UNEXPECTED_TOKEN: 'check the syntax on this line',
  };
  return `YAML syntax error: ${first.charAt(0).toLowerCase() + first.slice(1)} — ${advice[code] ?? 'correct the YAML syntax here'}`;
}

function validateParsed(file: string, parsed: Parsed, options: LoadOptions): Problem[] {
  const at = (p: SchemaProblem): Problem => ({ file, ...parsed.map.locate(p.pointer, { key: p.atKey }), message: p.message });
  if (!validateStack(parsed.data)) {
    const seen = new Set<string>();
    return (validateStack.errors ?? [])
      .map(describeSchemaError)
      .filter((p) => !seen.has(p.pointer + p.message) && (seen.add(p.pointer + p.message), true))
      .map(at);
  }
  return checkReferences(parsed.data as Stack, options.knownCheckIds).map(at);
}

/** Parse and validate stack text already in memory (tests, the init wizard). */
export function validateStackText(file: string, text: string, options: LoadOptions = {}): Stack {
  const parsed = parseStackText(file, text);
  const problems = validateParsed(file, parsed, options);
  if (problems.length) throw new InputError(problems);
  return parsed.data as Stack;
}

/** Validate already-parsed stack data (no source positions): problems as `pointer: message`. */
export function stackDataProblems(data: unknown, options: LoadOptions = {}): string[] {
  if (!validateStack(data)) {
    return (validateStack.errors ?? []).map(describeSchemaError).map((p) => `${p.pointer || '/'}: ${p.message}`);
  }
  return checkReferences(data as Stack, options.knownCheckIds).map((p) => `${p.pointer}: ${p.message}`);
}
