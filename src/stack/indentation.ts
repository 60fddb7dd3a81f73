// Says in plain words what a mis-indented line in a stack file does wrong, from the source lines: the
// yaml library's messages for these ("sequence item without - indicator", "nested mappings are not
// allowed in compact mappings") describe its parser's state, and their advice misleads.
import type { Position } from './positions.js';

/** What a mis-indented line is, where it starts, and what to do. */
export interface IndentationProblem extends Position {
  message: string;
}

/** The shape of one line that holds YAML content (not blank, not only a comment). 1-based columns. */
interface Shape {
  line: number;
  /** Column of the first `- ` (a list item starts on this line). */
  dash?: number;
  /** Column and text of the key that starts the line's mapping, after any `- `. */
  keyColumn?: number;
  key?: string;
}

/**
 * One indentation level above the line in question, innermost first: a mapping (its keys' column,
 * and the nearest key at that column) or a list (the column of its `- `).
 */
interface Level {
  column: number;
  /** A mapping: the key of the nearest line at this column. Absent for a list. */
  key?: string;
  /** A mapping that is the content of a list item (`- name: a`, then keys lined up under `name`). */
  inListItem: boolean;
}

/** Characters a plain key cannot start with (YAML indicators). */
const INDICATORS = new Set([...'#:{}[],&*!|>\'"%@`']);

/**
 * The key at the start of `content`, if the line starts a mapping entry: plain or quoted, then a
 * colon followed by a space or the line's end. One pass over the line (a stack file's line may be long).
 */
function keyAtStart(content: string): string | undefined {
  const first = content[0];
  if (first === undefined) return undefined;
  let end: number;
  if (first === '"' || first === "'") {
    let i = 1;
    for (; i < content.length; i++) {
      if (first === '"' && content[i] === '\\') i++;
      else if (content[i] === first) {
        if (first === "'" && content[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= content.length) return undefined;
    end = i + 1;
    while (content[end] === ' ' || content[end] === '\t') end++;
    if (content[end] !== ':') return undefined;
  } else {
    if (INDICATORS.has(first) || (first === '-' && (content[1] === undefined || content[1] === ' '))) return undefined;
    end = -1;
    for (let i = 1; i < content.length; i++) {
      const c = content[i];
      if (c === '#' && (content[i - 1] === ' ' || content[i - 1] === '\t')) return undefined;
      if (c === ':' && (i + 1 === content.length || content[i + 1] === ' ' || content[i + 1] === '\t')) {
        end = i;
        break;
      }
    }
    if (end === -1) return undefined;
  }
  const next = content[end + 1];
  if (next !== undefined && next !== ' ' && next !== '\t') return undefined;
  return content.slice(0, end).trimEnd();
}

function shapeOf(text: string, line: number): Shape | undefined {
  const indent = text.length - text.trimStart().length;
  if (indent === text.length || text[indent] === '#') return undefined;
  const shape: Shape = { line };
  let i = indent;
  while (text[i] === '-' && (i + 1 === text.length || text[i + 1] === ' ')) {
    shape.dash ??= i + 1;
    i++;
    while (text[i] === ' ') i++;
  }
  const key = keyAtStart(text.slice(i));
  if (key !== undefined) {
    shape.keyColumn = i + 1;
    shape.key = key;
  }
  return shape;
}

/** A line whose value is `|` or `>` (with chomping or indentation indicators, maybe a comment) opens a block scalar. */
const BLOCK_SCALAR = /(?:^|[:-])[ \t]*[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/**
 * The shapes with the lines of block scalars (`notes: |` and the text under it) taken out: their
 * text may look like keys (`Front desk: call back`), but it is text. A block scalar holds the lines
 * indented at least as far as its first one.
 */
function withoutBlockScalars(lines: readonly string[], shapes: Array<Shape | undefined>): Array<Shape | undefined> {
  for (let n = 0; n < lines.length; n++) {
    const opener = shapes[n];
    if (!opener || !BLOCK_SCALAR.test(lines[n]!)) continue;
    const parent = (opener.keyColumn ?? opener.dash ?? 1) - 1;
    let content: number | undefined;
    let m = n + 1;
    for (; m < lines.length; m++) {
      const text = lines[m]!;
      const indent = text.length - text.trimStart().length;
      if (indent === text.length) continue;
      content ??= indent;
      if (indent <= parent || indent < content) break;
      shapes[m] = undefined;
    }
    n = m - 1;
  }
  return shapes;
}

const SHOWN_KEY = 40;
const MAX_LINES_UP = 5000;
const named = (key: string): string => `\`${key.length > SHOWN_KEY ? `${key.slice(0, SHOWN_KEY)}…` : key}\``;

/**
 * The indentation levels open above line `before` (1-based, exclusive), innermost first, each
 * column smaller than the one inside it: a line indented deeper than a level already found belongs
 * to a nested block and is passed over.
 */
function levelsAbove(shapes: ReadonlyArray<Shape | undefined>, before: number): Level[] {
  const levels: Level[] = [];
  let left = Infinity;
  // Far enough for any stack file a person writes; a pathological one gets a shorter account.
  for (let n = before - 1; n >= Math.max(1, before - MAX_LINES_UP); n--) {
    const shape = shapes[n - 1];
    if (!shape) continue;
    const first = shape.dash ?? shape.keyColumn;
    if (first === undefined || first >= left) continue;
    if (shape.keyColumn !== undefined) {
      const same = levels.find((l) => l.column === shape.keyColumn && l.key !== undefined);
      // `- name: a` opens the item whose later keys were found first: that mapping is a list item's.
      if (same) same.inListItem ||= shape.dash !== undefined;
      else levels.push({ column: shape.keyColumn, key: shape.key!, inListItem: shape.dash !== undefined });
    }
    if (shape.dash !== undefined && !levels.some((l) => l.column === shape.dash && l.key === undefined)) {
      levels.push({ column: shape.dash, inListItem: false });
    }
    left = first;
    if (left === 1) break;
  }
  return levels.sort((a, b) => b.column - a.column);
}

/** A key indented less than the keys above it, but more than the key or `- ` that holds them. */
function keyIndentedLess(shape: Shape, levels: Level[]): IndentationProblem | undefined {
  const column = shape.keyColumn!;
  const key = named(shape.key!);
  const mappings = levels.filter((l) => l.key !== undefined);
  // The block the key is inside of (its holder is further left) but not lined up with.
  const block = mappings.filter((l) => l.column > column).at(-1);
  if (!block) return undefined;
  const sibling = named(block.key!);
  const where = `(column ${column}; ${sibling} is at column ${block.column})`;
  const lineUp = `indent ${key} to column ${block.column}, under ${sibling}`;
  if (block.inListItem) {
    const list = levels.find((l) => l.key === undefined && l.column < block.column);
    const newItem = list ? `or start a new list item with \`- \` at column ${list.column}` : 'or start a new list item with `- `';
    return {
      line: shape.line,
      column,
      message: `${key} is indented less than ${sibling} above it in the same list item ${where}: the keys of one list item must line up — ${lineUp}; ${newItem}`,
    };
  }
  const holder = mappings.find((l) => l.column < column);
  const outer = holder ? `; or, if it is not part of ${named(holder.key!)}, to column ${holder.column}, under ${named(holder.key!)}` : '';
  return {
    line: shape.line,
    column,
    message: `${key} is indented less than ${sibling} above it in the same mapping ${where}: the keys of one mapping must line up — ${lineUp}${outer}`,
  };
}

/** A key indented more than the key on the line above, whose value is already on that line. */
function keyIndentedMore(shape: Shape, levels: Level[]): IndentationProblem | undefined {
  const column = shape.keyColumn!;
  const above = levels[0];
  if (!above || above.key === undefined || above.column >= column) return undefined;
  const key = named(shape.key!);
  const sibling = named(above.key);
  const group = above.inListItem ? 'list item' : 'mapping';
  return {
    line: shape.line,
    column,
    message:
      `${key} is indented more than ${sibling} above it in the same ${group} (column ${column}; ${sibling} is at column ${above.column}), so it reads as part of ${sibling}'s value: ` +
      `the keys of one ${group} must line up — indent ${key} to column ${above.column}, under ${sibling}`,
  };
}

/** A `- ` that does not line up with the `- ` of the items above it in its list. */
function itemIndentedWrong(shape: Shape, levels: Level[]): IndentationProblem | undefined {
  const column = shape.dash!;
  const lists = levels.filter((l) => l.key === undefined && l.column !== column);
  // The list it most likely belongs to: the nearest column, the inner list on a tie.
  const list = lists.reduce<Level | undefined>((best, l) => (best === undefined || Math.abs(l.column - column) < Math.abs(best.column - column) ? l : best), undefined);
  if (!list) return undefined;
  const more = column > list.column ? 'more' : 'less';
  return {
    line: shape.line,
    column,
    message: `this list item is indented ${more} than the items above it in the same list (its - is at column ${column}; theirs at column ${list.column}): the items of one list must line up — put its - at column ${list.column}`,
  };
}

/**
 * Explains the yaml library's errors about `text` that are mis-indentation: called with the
 * library's first line of an error and where it points; undefined keeps the library's own account.
 * The lines are read once, at the first error, however many errors there are.
 */
export function indentationExplainer(text: string): (message: string, at: Position) => IndentationProblem | undefined {
  let lines: string[] | undefined;
  let shapes: Array<Shape | undefined> = [];
  return (message, at) => {
    if (!lines) {
      lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
      shapes = withoutBlockScalars(lines, lines.map((l, i) => shapeOf(l, i + 1)));
    }
    return explain(lines, shapes, message, at);
  };
}

function explain(lines: readonly string[], shapes: ReadonlyArray<Shape | undefined>, message: string, at: Position): IndentationProblem | undefined {
  // The library may point at a blank or comment line before the line it is about.
  const shapeFrom = (line: number) => {
    for (let n = line; n <= shapes.length; n++) if (shapes[n - 1]) return shapes[n - 1];
    return undefined;
  };

  if (/^(Sequence item without - indicator|All mapping items must start at the same column)/.test(message)) {
    const shape = shapeFrom(at.line);
    if (!shape || shape.keyColumn === undefined) return undefined;
    const levels = levelsAbove(shapes, shape.line);
    if (shape.dash !== undefined) return itemIndentedWrong(shape, levels);
    return keyIndentedLess(shape, levels) ?? keyIndentedMore(shape, levels);
  }
  if (/^(All (sequence|collection) items must start at the same column|A block sequence may not be used as an implicit map key)/.test(message)) {
    const shape = shapeFrom(at.line);
    if (!shape || shape.dash === undefined) return undefined;
    return itemIndentedWrong(shape, levelsAbove(shapes, shape.line));
  }
  if (/^Nested mappings are not allowed in compact mappings/.test(message)) {
    // `name: a: b` on one line is another mistake (a value holding a colon); here the value
    // `at` points to ends its line, and the next line is a key indented deeper.
    const rest = lines[at.line - 1]?.slice(at.column - 1) ?? '';
    const comment = rest.search(/[ \t]#/);
    if (/:([ \t]|$)/.test(comment === -1 ? rest : rest.slice(0, comment))) return undefined;
    const next = shapeFrom(at.line + 1);
    if (!next || next.keyColumn === undefined || next.dash !== undefined) return undefined;
    return keyIndentedMore(next, levelsAbove(shapes, next.line));
  }
  return undefined;
}
