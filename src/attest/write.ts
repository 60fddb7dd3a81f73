// Writes answers into the stack file's `attestations:` section and nowhere else: the yaml library's
// Document API finds where the section and its entries are, and only those bytes change, so the
// user's comments, spacing and quoting everywhere else stay exactly as they were.
import { isCollection, isMap, isScalar, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import type { AttestationAnswer } from '../stack/schema.js';

export interface NewAttestation {
  /** A citation (for attestation items) or a check id. */
  key: string;
  answer: AttestationAnswer;
  by: string;
  date: string;
  evidence?: string;
  note?: string;
}

/** Words a YAML 1.1 reader takes for booleans: quoted, so that every reader sees text. */
const YAML11_BOOLEAN = /^(?:y|yes|n|no|true|false|on|off)$/i;

function scalar(value: string): string {
  if (YAML11_BOOLEAN.test(value)) return `"${value}"`;
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  // Multi-line text would need a block scalar; a JSON string is valid YAML on one line.
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** Citations hold parentheses and dots: quoted, they read as the keys they are. */
const renderKey = (key: string) => (/^[a-z0-9-]+\.[a-z0-9-]+$/.test(key) ? key : JSON.stringify(key));

export function renderEntry(a: NewAttestation, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const lines = [
    `${pad}${renderKey(a.key)}:`,
    `${pad}  answer: ${scalar(a.answer)}`,
    `${pad}  by: ${scalar(a.by)}`,
    `${pad}  date: ${a.date}`,
    ...(a.evidence !== undefined ? [`${pad}  evidence: ${scalar(a.evidence)}`] : []),
    ...(a.note !== undefined ? [`${pad}  note: ${scalar(a.note)}`] : []),
  ];
  return lines.join(eol) + eol;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined);
const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
/**
 * Where a pair's content ends: its last scalar's end, or a flow collection's closing bracket. A block
 * collection's own range runs on over the comments that follow it, which belong to what comes next.
 */
function contentEnd(pair: Pair): number {
  let node = (pair.value ?? pair.key) as Node;
  while (isCollection(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1]!;
    node = (isScalar(last) || isCollection(last) ? last : ((last as Pair).value ?? (last as Pair).key)) as Node;
  }
  return node.range![1];
}

/** The offset just past the end of the line that `offset` is on. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * The stack text with these attestations set (replacing any under the same key). Throws when the
 * text is not a YAML mapping; the caller has validated it before.
 */
export function writeAttestations(text: string, answers: readonly NewAttestation[]): string {
  if (answers.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('the stack file is not a YAML mapping');
  const section = root.items.find((p) => keyOf(p) === 'attestations');
  const edits: Edit[] = [];

  if (!section) {
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    const body = answers.map((a) => renderEntry(a, 2, eol)).join('');
    const header = `${eol}# Answers for the checklist items no file or probe can prove (written by hipaa-hero attest).${eol}attestations:${eol}`;
    edits.push({ start: text.length, end: text.length, text: lead + header + body });
  } else if (isMap(section.value) && !section.value.flow && section.value.items.length > 0) {
    edits.push(...blockEdits(text, section.value, answers, eol));
  } else {
    // `attestations:` with no value, or a flow mapping: rewritten as a block mapping of its entries.
    const existing = isMap(section.value) ? (section.value.toJSON() as Record<string, Record<string, string>>) : {};
    const merged = new Map<string, NewAttestation>(Object.entries(existing).map(([key, v]) => [key, { ...(v as object), key } as NewAttestation]));
    for (const a of answers) merged.set(a.key, a);
    const keyNode = section.key as Node;
    const indent = columnOf(text, keyNode.range![0]) + 2;
    const lineEnd = section.value ? (section.value as Node).range![1] : keyNode.range![1];
    const colon = text.indexOf(':', keyNode.range![1]);
    edits.push({ start: colon + 1, end: endOfLine(text, lineEnd), text: eol + [...merged.values()].map((a) => renderEntry(a, indent, eol)).join('') });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Edits to a block mapping: an entry under the same key is replaced in place; new ones follow the last. */
function blockEdits(text: string, map: YAMLMap, answers: readonly NewAttestation[], eol: string): Edit[] {
  const edits: Edit[] = [];
  const indent = columnOf(text, (map.items[0]!.key as Node).range![0]);
  const appended: NewAttestation[] = [];
  for (const a of answers) {
    const pair = map.items.find((p) => keyOf(p) === a.key);
    if (!pair) {
      appended.push(a);
      continue;
    }
    const start = (pair.key as Node).range![0];
    edits.push({ start: start - columnOf(text, start), end: endOfLine(text, contentEnd(pair) - 1), text: renderEntry(a, indent, eol) });
  }
  if (appended.length) {
    const at = endOfLine(text, contentEnd(map.items[map.items.length - 1]!) - 1);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    edits.push({ start: at, end: at, text: lead + appended.map((a) => renderEntry(a, indent, eol)).join('') });
  }
  return edits;
}
