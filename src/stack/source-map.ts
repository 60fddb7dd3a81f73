// The careful path's source map: a JSON Pointer to the line and column of its node in the yaml
// library's document (see fast-parse.ts for the fast path's).
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { parsePointer, type Position } from './positions.js';

export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * Where `pointer` is written. `key: true` points at the key of the last segment (for unknown or
   * duplicate keys); a pointer that runs past the document resolves to its deepest existing node.
   */
  locate(pointer: string, opts: { key?: boolean } = {}): Position {
    let node: unknown = this.doc.contents;
    let keyNode: unknown = null;
    let last: unknown = node;
    for (const segment of parsePointer(pointer)) {
      keyNode = null;
      // Walk through an alias into the anchored node it stands for.
      if (isAlias(node)) node = node.resolve(this.doc) ?? node;
      if (isMap(node)) {
        const pair = node.items.findLast((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) break;
        keyNode = pair.key;
        // An empty value (`staff:` with nothing after it) has no text of its own: point at its key.
        node = pair.value && !isEmptyScalar(pair.value) ? pair.value : pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        node = item;
      } else {
        break;
      }
      last = node;
    }
    const target = (opts.key && keyNode) || last;
    return this.offsetToPosition(rangeStart(target));
  }

  offsetToPosition(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function isEmptyScalar(node: unknown): boolean {
  if (!isScalar(node) || node.value !== null || !node.range) return false;
  return node.range[0] === node.range[1];
}

function rangeStart(node: unknown): number {
  const range = (node as Node | null)?.range;
  return range ? range[0] : 0;
}
