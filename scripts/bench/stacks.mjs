// The stacks audited: the bundled example, and generated 1x and 10x stacks (scripts/gen-stack.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '../gen-stack.mjs';
import { BIN, NOW, benchDir, root } from './common.mjs';
import { runNode } from './measure.mjs';

export const EXAMPLE = 'fixtures/glow-medspa/stack.yaml';
export const EXAMPLE_FACTS = 'fixtures/glow-medspa/facts.json';

/** The example audited with its recorded facts replayed (no probing), JSON to stdout. */
export const exampleReplayArgs = () => [BIN, 'audit', EXAMPLE, '--facts', EXAMPLE_FACTS, '--now', NOW, '--format', 'json', '--fail-on', 'none'];

/** A generated stack audited offline. */
export const auditArgs = (file, format) => [BIN, 'audit', file, '--now', NOW, '--offline', '--fail-on', 'none', '--format', format];

/** Writes .bench/stack-1x.yaml and .bench/stack-10x.yaml and two in three of the documents they name. */
export async function writeStacks() {
  await mkdir(benchDir, { recursive: true });
  const stacks = [];
  const docs = new Set();
  for (const scale of [1, 10]) {
    const { yaml, documents } = generate(scale);
    const file = path.join(benchDir, `stack-${scale}x.yaml`);
    await writeFile(file, yaml);
    documents.forEach((d) => docs.add(d));
    stacks.push({ scale, file: path.relative(root, file), bytes: Buffer.byteLength(yaml) });
  }
  // Two in three of the documents the stacks name exist (the rest are findings), as in real life.
  let i = 0;
  for (const doc of [...docs].sort()) {
    if (i++ % 3 === 2) continue;
    const file = path.join(benchDir, doc);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `%PDF-1.4\n% hipaa-hero benchmark placeholder for ${doc}\n`);
  }
  return stacks;
}

/** What an audit finds: result count, counts by status, score, and the JSON report's size. */
export async function describeAudit(node, args) {
  const r = await runNode(node, args, { captureStdout: true });
  if (r.code !== 0) return { error: `exit ${r.code}: ${r.stderr.split('\n')[0]}` };
  const report = JSON.parse(r.stdout);
  return { results: report.results.length, counts: report.counts, score: report.score.value, grade: report.score.grade, reportBytes: Buffer.byteLength(r.stdout) };
}
