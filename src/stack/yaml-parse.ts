// The careful path for reading a stack file: the yaml library's full document model, so that every
// problem (syntax, duplicate keys, tags, aliases, schema, references) is reported at its exact node.
import { LineCounter, parseDocument, visit, isAlias, isCollection, isMap, isPair, isScalar, Scalar, type Document, type YAMLError } from 'yaml';
import { InputError, type Problem } from '../errors.js';
import type { Stack } from './schema.js';
import type { Position } from './positions.js';
import { SourceMap } from './source-map.js';
import type { SchemaProblem } from './schema-errors.js';
import { fastParse } from './fast-parse.js';
import { inputError, isValidStack, type LoadOptions } from './validate.js';
import { dataProblems } from './problems.js';
import { indentationExplainer } from './indentation.js';

/** Alias expansions allowed before the file is treated as an alias bomb (the yaml library's own guard). */
const MAX_ALIASES = 100;
const START = { line: 1, column: 1 };

interface Parsed {
  doc: Document;
  map: SourceMap;
  data: unknown;
  /** Problems found while parsing that do not stop validation (duplicate keys, unknown tags). */
  problems: Problem[];
}

function parseStackText(file: string, text: string): Parsed {
  const lines = new LineCounter();
  // The core schema, even under a `%YAML 1.1` directive: dates stay text, `yes` is not true.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true, schema: 'core' });
  const map = new SourceMap(doc, lines);
  const problems = [...duplicateKeys(file, doc, map), ...doc.warnings.map((w) => yamlWarning(file, w, map))];
  const fatal = new Map<string, Problem>();
  // One mis-indented line makes the library report several errors on it: the plain account covers them all.
  const explained = new Set<number>();
  const indentationProblem = indentationExplainer(text);
  for (const e of doc.errors) {
    const at = map.offsetToPosition(e.pos[0]);
    if (explained.has(at.line)) continue;
    const indentation = indentationProblem(firstLine(e.message), at);
    if (indentation) {
      explained.add(at.line).add(indentation.line);
      fatal.set(`${indentation.line}:${indentation.column}`, { file, ...indentation, message: `YAML syntax error: ${indentation.message}` });
      continue;
    }
    const problem = yamlError(file, e, doc, map);
    const id = `${problem.line}:${problem.column}`;
    if (!fatal.has(id)) fatal.set(id, problem);
  }
  if (fatal.size) throw inputError([...fatal.values(), ...problems]);
  if (doc.contents === null) {
    throw InputError.at(
      file,
      1,
      1,
      /(^|\s)#/.test(text)
        ? 'the file has no content, only comments — describe the practice in it; see the stack format in the README'
        : 'the file is empty — describe the practice in it; see the stack format in the README',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    throw inputError([aliasProblem(file, err, doc, map), ...problems]);
  }
  return { doc, map, data, problems };
}

/** Keys written twice in one mapping: the later one would silently replace the earlier. */
function duplicateKeys(file: string, doc: Document, map: SourceMap): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Map(_, node) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, pair.key.range[0]);
        } else {
          const at = map.offsetToPosition(pair.key.range[0]);
          const firstLine = map.offsetToPosition(first).line;
          problems.push({ file, ...at, message: `duplicate key '${key}' (also on line ${firstLine}) — remove one of them, or rename it` });
        }
      }
    },
  });
  return problems;
}

/** The alias a failed alias expansion is about, and what to do. */
function aliasProblem(file: string, err: unknown, doc: Document, map: SourceMap): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const unresolved = /unresolved alias/i.test(message);
  let at: Position = START;
  let name = '';
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node) || !node.range) return undefined;
      if (unresolved && node.resolve(doc) !== undefined) return undefined;
      at = map.offsetToPosition(node.range[0]);
      name = node.source;
      return visit.BREAK;
    },
  });
  if (unresolved) {
    return { file, ...at, message: `alias '*${name}' refers to no anchor — define '&${name}' on an earlier value, or write the value out` };
  }
  if (err instanceof ReferenceError) {
    return { file, ...at, message: `YAML aliases expand too far (over ${MAX_ALIASES} uses of anchors) — write the values out instead of using anchors and aliases` };
  }
  return { file, ...at, message: `the YAML cannot be read (${message.split('\n')[0]}) — correct it` };
}

/** Where a YAML syntax error is about: an unclosed list or quote is reported where it opens. */
function yamlErrorOffset(e: YAMLError, doc: Document): number {
  const pos = e.pos[0];
  const wanted = /^Flow sequence/.test(e.message)
    ? (n: unknown) => isCollection(n) && n.flow === true && !isMap(n)
    : /^Flow map/.test(e.message)
      ? (n: unknown) => isMap(n) && n.flow === true
      : /^Missing closing .?quote/.test(e.message)
        ? (n: unknown) => isScalar(n) && (n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE)
        : undefined;
  if (!wanted) return pos;
  let best = -1;
  visit(doc, {
    Node(_, node) {
      if (wanted(node) && node.range && node.range[0] < pos && node.range[1] >= pos && node.range[0] > best) best = node.range[0];
    },
  });
  return best === -1 ? pos : best;
}

const YAML_ADVICE: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Flow sequence in block collection/, () => 'this [ list is never closed — end it with ], or indent its continuation lines more than its key'],
  [/^Flow map in block collection/, () => 'this { mapping is never closed — end it with }, or indent its continuation lines more than its key'],
  [/^Missing closing (.?)quote/, (m) => `this quoted text has no closing ${m[1] || 'quote'} — add the closing quote`],
  [/^Tabs are not allowed as indentation/, () => 'tabs are not allowed as indentation — indent with spaces'],
  [/^Implicit map keys need to be followed by map values/, () => 'this line has a key but no colon — write it as key: value'],
  [/^Implicit keys need to be on a single line/, () => 'a key runs over more than one line — check for a missing colon or wrong indentation here'],
  [/^Nested mappings are not allowed in compact mappings/, () => 'a value contains another key: value — put nested keys on their own lines, indented, or quote the value'],
  [/^All mapping items must start at the same column/, () => 'the keys of one mapping do not start at the same column — line them up'],
  [/^All (collection|sequence) items must start at the same column/, () => 'the items of one list do not start at the same column — line up their - characters'],
  [/^Sequence item without - indicator/, () => 'this line does not line up with the list item above it — line it up with the keys of that item, or start a new list item with `- `'],
  [/^Plain value cannot start with reserved character (.)/, (m) => `a value cannot start with ${m[1]} — put the value in quotes`],
  [/^Invalid escape sequence (\S+)/, (m) => `invalid escape sequence ${m[1]} in double-quoted text — use single quotes, or write \\\\ for a backslash`],
  [/^Source contains multiple documents/, () => 'the file holds more than one YAML document — keep one document per stack file (remove the --- line)'],
];

const YAML_CODE_ADVICE: Record<string, string> = {
  BAD_INDENT: 'indent nested keys with spaces, consistently',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'add the missing character',
  MULTIPLE_DOCS: 'keep one YAML document per stack file',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation and the colons on this line',
  MULTILINE_IMPLICIT_KEY: 'check the indentation and the colons on this line',
  UNEXPECTED_TOKEN: 'check the syntax on this line',
};

const firstLine = (message: string): string =>
  message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');

function yamlError(file: string, e: YAMLError, doc: Document, map: SourceMap): Problem {
  const at = map.offsetToPosition(yamlErrorOffset(e, doc));
  const first = firstLine(e.message);
  for (const [pattern, advice] of YAML_ADVICE) {
    const m = first.match(pattern);
    if (m) return { file, ...at, message: `YAML syntax error: ${advice(m)}` };
  }
  const what = first.charAt(0).toLowerCase() + first.slice(1);
  return { file, ...at, message: `YAML syntax error: ${what} — ${YAML_CODE_ADVICE[e.code] ?? 'correct the YAML syntax here'}` };
}

function yamlWarning(file: string, w: YAMLError, map: SourceMap): Problem {
  const at = map.offsetToPosition(w.pos[0]);
  const first = firstLine(w.message);
  const tag = first.match(/^Unresolved tag: (\S+)/);
  if (tag) return { file, ...at, message: `unknown YAML tag ${tag[1]} — remove it; a stack file needs no tags` };
  return { file, ...at, message: `YAML: ${first.charAt(0).toLowerCase() + first.slice(1)} — correct it` };
}

function validateParsed(file: string, parsed: Parsed, options: LoadOptions): Problem[] {
  const at = (p: SchemaProblem): Problem => {
    const message = p.also === undefined ? p.message : p.message.replace(/\(also [^)]*\)/, `(also on line ${parsed.map.locate(p.also).line})`);
    return { file, ...parsed.map.locate(p.pointer, { key: p.atKey }), message };
  };
  return [...parsed.problems, ...dataProblems(parsed.data, options).map(at)];
}

/**
 * The careful path: parse with the yaml library and report every problem at its exact node.
 * Returns the data and a locator when there is no problem after all.
 */
export function parseCarefully(file: string, text: string, options: LoadOptions): { data: Stack; locate(pointer: string): Position } {
  const parsed = parseStackText(file, text);
  const problems = validateParsed(file, parsed, options);
  if (problems.length) throw inputError(problems);
  return { data: parsed.data as Stack, locate: (pointer) => parsed.map.locate(pointer) };
}

/** Parse and validate stack text already in memory (tests, the init wizard): fast path first. */
export function validateStackText(file: string, text: string, options: LoadOptions = {}): Stack {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fast = fastParse(body);
  if (fast && isValidStack(fast.data, options)) return fast.data as Stack;
  return parseCarefully(file, body, options).data;
}

