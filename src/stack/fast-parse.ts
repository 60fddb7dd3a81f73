// The fast path for reading a stack file: js-yaml's event parser (several times faster than the
// yaml library on large files) builds the data and the source position of every node in one pass.
// It gives up, returning undefined, on anything unusual (syntax errors, duplicate keys, tags, several
// documents, too many aliases): the careful path (yaml-parse.ts) then reports it precisely.
import { constructFromEvents, getScalarValue, parseEvents, EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';
import type { Position } from './positions.js';

export interface FastParsed {
  data: unknown;
  locate(pointer: string): Position;
}

export function fastParse(text: string): FastParsed | undefined {
  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, { maxDepth: 64 });
    docs = constructFromEvents(events, { source: text, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (docs.length !== 1 || docs[0] === null || docs[0] === undefined) return undefined;
  const root = positionTree(events, text);
  if (root === undefined) return undefined;
  let lines: number[] | undefined;
  return {
    data: docs[0],
    locate(pointer) {
      lines ??= lineStarts(text);
      return positionOf(lines, offsetOf(root, pointer));
    },
  };
}

/** Where a node starts: a number for a scalar, an object with its children for a collection. */
type PosNode = number | PosCollection;
interface PosCollection {
  offset: number;
  children: Map<string, PosNode> | PosNode[];
}

const offsetOfNode = (node: PosNode): number => (typeof node === 'number' ? node : node.offset);

/** The offset of the deepest node on the way to `pointer` (the node itself when it exists). */
function offsetOf(root: PosNode, pointer: string): number {
  let node = root;
  if (pointer === '') return offsetOfNode(node);
  for (const raw of pointer.slice(1).split('/')) {
    if (typeof node === 'number') break;
    const segment = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    const next = Array.isArray(node.children) ? node.children[Number(segment)] : node.children.get(segment);
    if (next === undefined) break;
    node = next;
  }
  return offsetOfNode(node);
}

interface Frame {
  node: PosCollection;
  /** In a mapping, the key whose value comes next (null: a key comes next). */
  key: { name: string | null; offset: number } | null;
}

/**
 * One pass over the events: where every node starts; an empty map value points at its key.
 * Undefined when the file uses tags or aliases: those are the careful path's, which explains tags
 * and counts alias expansions (a few aliases can expand exponentially: a "billion laughs" file).
 */
function positionTree(events: readonly Event[], text: string): PosNode | undefined {
  const top: PosCollection = { offset: 0, children: [] };
  const stack: Frame[] = [{ node: top, key: null }];
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (e.type === EVENT_ID.ALIAS || e.tagStart !== -1) return undefined;
    const frame = stack[stack.length - 1]!;
    const parent = frame.node.children;
    let offset = e.type === EVENT_ID.SCALAR ? scalarStart(text, e) : e.start;
    let collection: PosCollection | null = null;
    if (!Array.isArray(parent) && frame.key === null) {
      // A key. A complex (collection) key gets no name, and nothing under it is addressable.
      frame.key = { name: e.type === EVENT_ID.SCALAR ? getScalarValue(text, e) : null, offset };
      if (e.type === EVENT_ID.MAPPING) collection = { offset, children: new Map() };
      else if (e.type === EVENT_ID.SEQUENCE) collection = { offset, children: [] };
    } else {
      if (offset < 0) offset = frame.key?.offset ?? frame.node.offset;
      if (e.type === EVENT_ID.MAPPING) collection = { offset, children: new Map() };
      else if (e.type === EVENT_ID.SEQUENCE) collection = { offset, children: [] };
      const node: PosNode = collection ?? offset;
      if (Array.isArray(parent)) parent.push(node);
      else if (frame.key!.name !== null) parent.set(frame.key!.name, node);
      frame.key = null;
    }
    if (collection) stack.push({ node: collection, key: null });
  }
  return (top.children as PosNode[])[0] ?? 0;
}

/** Where a scalar is written: its opening quote, or the `|` / `>` header of a block scalar. */
function scalarStart(text: string, e: Extract<Event, { type: typeof EVENT_ID.SCALAR }>): number {
  if (e.valueStart === -1) return -1;
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) return e.valueStart - 1;
  if (e.style !== SCALAR_STYLE.LITERAL_BLOCK && e.style !== SCALAR_STYLE.FOLDED_BLOCK) return e.valueStart;
  // The content starts on a line after the header: find the last non-blank line before it.
  let end = text.lastIndexOf('\n', e.valueStart - 1);
  while (end > 0) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    if (line.trim() !== '') {
      const header = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.exec(line);
      return header ? lineStart + header.index : e.valueStart;
    }
    end = lineStart - 1;
  }
  return e.valueStart;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
