// The audits timed against bare `node -e 0`: the example with its facts replayed, every format of
// the example in one run, the 1x and 10x generated stacks, and the 10x audit's peak RSS.
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_FORMATS, exampleReportArgs } from '../example-reports.mjs';
import { BIN, OPTIONS, benchDir, fmt, root } from './common.mjs';
import { measureGroup, runMeasured } from './measure.mjs';
import { EXAMPLE, auditArgs, describeAudit, exampleReplayArgs } from './stacks.mjs';
import { table } from './table.mjs';

export const REPORTS_DIR = path.join(benchDir, 'reports');
export const allFormatsArgs = () => [BIN, ...exampleReportArgs(REPORTS_DIR)];
const withoutPdfArgs = () =>
  [BIN, ...exampleReportArgs(REPORTS_DIR).filter((a, i, all) => !(a.startsWith('pdf=') || (a === '--report' && all[i + 1]?.startsWith('pdf='))))];

/** Every Node's commands of a group, with that Node's bare `node -e 0` first. */
const perNode = (nodes, commands) =>
  nodes.flatMap((node) => [{ key: 'bare', label: 'node -e 0', node, args: ['-e', '0'] }, ...commands.map((c) => ({ ...c, node }))]);

/** Rows of a measured group by Node and key: rows[nodeIndex][key]. */
const byNode = (nodes, rows) => nodes.map((node) => Object.fromEntries(rows.filter((r) => r.node === node).map((r) => [r.key, r])));

export async function measureStartup(nodes, stacks, scratch) {
  const [s1, s10] = stacks;
  await mkdir(REPORTS_DIR, { recursive: true });
  process.stderr.write('describing stacks ...\n');
  const sizes = [];
  sizes.push({ file: EXAMPLE, label: `${EXAMPLE} (example, facts replayed)`, bytes: statSync(path.join(root, EXAMPLE)).size, ...(await describeAudit(nodes[0], exampleReplayArgs())) });
  for (const s of stacks) {
    sizes.push({ ...s, label: `${s.file} (${s.scale}x: ${200 * s.scale} vendors, ${1000 * s.scale} staff, ${100 * s.scale} stores)`, ...(await describeAudit(nodes[0], auditArgs(s.file, 'json'))) });
  }

  process.stderr.write('measuring start-up and the example ...\n');
  const a = byNode(nodes, await measureGroup(perNode(nodes, [
    { key: 'version', label: 'hipaa-hero --version', args: [BIN, '--version'] },
    { key: 'replay', label: 'audit example, facts replayed (json)', args: exampleReplayArgs() },
  ]), OPTIONS.smallRuns));
  process.stderr.write('rendering every format ...\n');
  const b = byNode(nodes, await measureGroup(perNode(nodes, [
    { key: 'formats', label: 'audit example, all 7 formats', args: allFormatsArgs() },
    { key: 'noPdf', label: 'audit example, all but PDF', args: withoutPdfArgs() },
  ]), OPTIONS.largeRuns));
  process.stderr.write('measuring the 1x and 10x stacks ...\n');
  const c = byNode(nodes, await measureGroup(perNode(nodes, [
    { key: 'one', label: `audit 1x stack (json)`, args: auditArgs(s1.file, 'json') },
    { key: 'ten', label: `audit 10x stack (json)`, args: auditArgs(s10.file, 'json') },
  ]), OPTIONS.largeRuns));

  process.stderr.write('peak RSS of the 10x audit ...\n');
  const rssRuns = Math.min(OPTIONS.largeRuns, 3);
  const rss = [];
  for (const node of nodes) {
    const row = { node, label: 'audit 10x stack (json), peak RSS', runs: rssRuns, mb: [] };
    for (let i = 0; i < rssRuns && !row.error; i++) {
      const r = await runMeasured(node, auditArgs(s10.file, 'json'), scratch);
      if (r.code !== 0 || !Number.isFinite(r.rssKb)) row.error = `exit ${r.code ?? r.signal}`;
      else row.mb.push(r.rssKb / 1024);
    }
    row.peak = Math.max(...row.mb);
    process.stderr.write(`  ${row.label} [node ${node.version}]: ${row.error ?? `${row.mb.map((m) => m.toFixed(0)).join(' ')} MB`}\n`);
    rss.push(row);
  }
  return { sizes, groups: nodes.map((_, i) => ({ a: a[i], b: b[i], c: c[i] })), rss };
}

/** The detail tables: every command's times per Node, the stacks' sizes, the report files' sizes. */
export function printStartupDetails(nodes, startup, rssMethod) {
  const rows = [];
  nodes.forEach((node, i) => {
    const { a, b, c } = startup.groups[i];
    for (const [group, keys] of [[a, ['bare', 'version', 'replay']], [b, ['bare', 'formats', 'noPdf']], [c, ['bare', 'one', 'ten']]]) {
      for (const key of keys) {
        const r = group[key];
        const vs = r.error || group.bare.error ? '—' : `${fmt(r.median / group.bare.median, 2)}×`;
        rows.push([nodes.length > 1 ? node.label : '', r.label, r.runs, r.error ?? fmt(r.median, 1), r.error ? '' : fmt(r.min, 1), vs]);
      }
    }
    const m = startup.rss[i];
    rows.push([nodes.length > 1 ? node.label : '', `${m.label} (${rssMethod})`, m.runs, m.error ?? `${fmt(m.peak, 1)} MB`, '', '']);
  });
  console.log(table(['node', 'command', 'runs', 'median ms', 'min ms', 'vs node'], rows, ['l', 'l', 'r', 'r', 'r', 'r']));
  console.log('  each block (start-up; formats; 1x/10x) is one interleaved group with its own bare `node -e 0`');
  console.log('');
  console.log(table(
    ['stack', 'bytes', 'results', 'fail', 'warn', 'pass', 'score', 'json report bytes'],
    startup.sizes.map((s) => [
      s.label,
      s.bytes.toLocaleString('en-US'),
      s.error ?? s.results.toLocaleString('en-US'),
      s.counts?.fail ?? '', s.counts?.warn ?? '', s.counts?.pass ?? '',
      s.score !== undefined ? `${s.score} ${s.grade}` : '',
      s.reportBytes?.toLocaleString('en-US') ?? '',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
  ));
  console.log('');
  console.log(table(
    ['format', 'file', 'bytes'],
    Object.entries(EXAMPLE_FORMATS).map(([format, ext]) => {
      const file = path.join(REPORTS_DIR, `glow-medspa.${ext}`);
      return [format, `.bench/reports/glow-medspa.${ext}`, existsSync(file) ? statSync(file).size.toLocaleString('en-US') : '—'];
    }),
    ['l', 'l', 'r'],
  ));
  console.log('');
}
