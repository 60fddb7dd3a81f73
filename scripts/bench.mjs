#!/usr/bin/env node
// Start-up and scale benchmark: times the CLI against bare `node -e 0` measured in the same run.
//
//   npm run bench            (builds first)
//   node scripts/bench.mjs   (uses the current dist/)
//
// Options: --runs <n> sets the run count of the start-up commands (default 15; the 1x audits get 2/3
// of it), --large-runs <n> that of the 10x audits (default 5). Writes generated stacks to .bench/.
// It is a measurement, not a test: it exits 0 when a target is missed, and prints the misses.
// Nothing here touches the network: the audits run with --offline and the stacks name only
// documentation addresses and .example hosts.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const NODE = process.execPath;
const BIN = 'bin/hipaa-hero.js';
const NOW = '2026-11-28';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: ${name} takes a positive integer\n`);
    process.exit(2);
  }
  return n;
}
const SMALL_RUNS = option('--runs', 15);
const MID_RUNS = Math.max(3, Math.round(SMALL_RUNS * 2 / 3));
const LARGE_RUNS = option('--large-runs', 5);

/** Runs `node ...args` once; resolves to wall time in ms, exit code, stderr and (if asked) stdout. */
function runOnce(args, { captureStdout = false } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(NODE, args, { cwd: root, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times a group of commands: one warm-up run of each, then `runs` rounds in which each command runs
 * once, in turn (interleaved, so that a change in machine load affects every command alike).
 */
async function measureGroup(entries, runs) {
  const rows = entries.map(([label, args]) => ({ label, args, runs, times: [], failure: null }));
  for (let round = 0; round <= runs; round++) {
    for (const row of rows) {
      if (row.failure) continue;
      const r = await runOnce(row.args);
      if (r.code !== 0) row.failure = r;
      else if (round > 0) row.times.push(r.ms); // round 0 is the warm-up
    }
  }
  for (const row of rows) {
    process.stderr.write(`  ${row.label}: `);
    if (row.failure) {
      const f = row.failure;
      row.error = `exit ${f.code ?? f.signal}`;
      process.stderr.write(`failed (${row.error})\n${f.stderr.split('\n').slice(0, 5).map((l) => `    ${l}`).join('\n')}\n`);
    } else {
      row.median = median(row.times);
      row.min = Math.min(...row.times);
      process.stderr.write(`${row.times.map((t) => t.toFixed(0)).join(' ')} ms\n`);
    }
  }
  return rows;
}

async function writeStacks() {
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

const auditArgs = (file, format) => [BIN, 'audit', file, '--now', NOW, '--offline', '--fail-on', 'none', '--format', format];

/** What the audit of a stack finds: result count, counts by status, score, and the JSON report's size. */
async function describe(file) {
  const r = await runOnce(auditArgs(file, 'json'), { captureStdout: true });
  if (r.code !== 0) return { error: `exit ${r.code}: ${r.stderr.split('\n')[0]}` };
  const report = JSON.parse(r.stdout);
  return { results: report.results.length, counts: report.counts, score: report.score.value, grade: report.score.grade, reportBytes: Buffer.byteLength(r.stdout) };
}

function machineInfo() {
  const cpus = os.cpus();
  return [
    `node ${process.version} (${process.platform}-${process.arch}, v8 ${process.versions.v8})`,
    `cpus: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}${cpus[0]?.speed ? ` @ ${cpus[0].speed} MHz` : ''}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ];
}

function table(headers, rows, align) {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((v, c) => (align[c] === 'r' ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
    process.stderr.write('bench: dist/cli.js is missing — run `npm run bench` (which builds first) or `node scripts/build.mjs`\n');
    process.exit(2);
  }
  console.log('hipaa-hero benchmark');
  for (const l of machineInfo()) console.log(`  ${l}`);
  console.log(`  runs: ${SMALL_RUNS} (start-up), ${MID_RUNS} (1x stack), ${LARGE_RUNS} (10x stack), after one warm-up each,`);
  console.log('  interleaved within each group; wall time of the whole process (spawn to exit), median and min');
  console.log('');

  const stacks = await writeStacks();
  const example = 'fixtures/glow-medspa/stack.yaml';
  process.stderr.write('describing stacks ...\n');
  const sizes = [];
  for (const s of [{ scale: null, file: example, bytes: statSync(path.join(root, example)).size }, ...stacks]) {
    sizes.push({ ...s, ...(await describe(s.file)) });
  }

  process.stderr.write('measuring ...\n');
  const [bare, version, ex] = await measureGroup(
    [
      ['node -e 0', ['-e', '0']],
      ['hipaa-hero --version', [BIN, '--version']],
      ['audit example (json)', auditArgs(example, 'json')],
    ],
    SMALL_RUNS,
  );
  const rows = { bare, version, ex };
  for (const s of stacks) {
    const formats = ['text', 'json'];
    const measured = await measureGroup(
      formats.map((format) => [`audit ${s.scale}x stack (${format})`, auditArgs(s.file, format)]),
      s.scale === 1 ? MID_RUNS : LARGE_RUNS,
    );
    formats.forEach((format, i) => (rows[`${s.scale}x-${format}`] = measured[i]));
  }

  // A target's verdict: ✓ met, ✗ missed (listed again at the end), ? not measured (the command failed).
  const misses = [];
  const target = (row, text, test) => {
    if (row.error) return { text, mark: '?' };
    const ok = test();
    if (!ok) misses.push(`${row.label}: ${text} (${row.verdictNote})`);
    return { text, mark: ok ? '✓' : '✗' };
  };
  const ratio = (row) => (bare.error || row.error ? NaN : row.median / bare.median);
  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

  const out = [];
  const add = (row, t) => {
    out.push([row.label, row.runs, row.error ?? fmt(row.median, 1), row.error ? '' : fmt(row.min, 1), fmt(ratio(row), 2) + (Number.isFinite(ratio(row)) ? '×' : ''), t?.text ?? '', t?.mark ?? '']);
  };
  add(bare, null);
  version.verdictNote = `${fmt(ratio(version), 2)}× bare node`;
  add(version, target(version, '≤ 1.5× node', () => ratio(version) <= 1.5));
  ex.verdictNote = `${fmt(ratio(ex), 2)}× bare node`;
  add(ex, target(ex, '≤ 2× node', () => ratio(ex) <= 2));
  for (const format of ['text', 'json']) {
    add(rows[`1x-${format}`], null);
  }
  for (const format of ['text', 'json']) {
    const r = rows[`10x-${format}`];
    r.verdictNote = `median ${fmt(r.median)} ms`;
    add(r, target(r, '≤ 1500 ms', () => r.median <= 1500));
  }
  console.log(table(['command', 'runs', 'median ms', 'min ms', 'vs node', 'target', ''], out, ['l', 'r', 'r', 'r', 'r', 'l', 'l']));
  console.log('');

  const growth = [];
  for (const format of ['text', 'json']) {
    const a = rows[`1x-${format}`];
    const b = rows[`10x-${format}`];
    const g = a.error || b.error ? NaN : b.median / a.median;
    const over = a.error || b.error || bare.error ? NaN : (b.median - bare.median) / (a.median - bare.median);
    const row = { label: `growth 1x → 10x (${format})`, error: a.error || b.error, verdictNote: `${fmt(g, 1)}×` };
    const t = target(row, '≤ 12×', () => g <= 12);
    growth.push([row.label, `${fmt(a.median)} → ${fmt(b.median)} ms`, `${fmt(g, 2)}×`, `${fmt(over, 2)}×`, t.text, t.mark]);
  }
  console.log(table(['scaling', 'medians', 'growth', 'net of node start-up', 'target', ''], growth, ['l', 'r', 'r', 'r', 'l', 'l']));
  console.log('');

  console.log(table(
    ['stack', 'bytes', 'results', 'fail', 'warn', 'pass', 'score', 'json report bytes'],
    sizes.map((s) => [
      s.scale ? `${s.file} (${s.scale}x: ${200 * s.scale} vendors, ${1000 * s.scale} staff, ${100 * s.scale} stores)` : `${s.file} (example)`,
      s.bytes.toLocaleString('en-US'),
      s.error ?? s.results.toLocaleString('en-US'),
      s.counts?.fail ?? '', s.counts?.warn ?? '', s.counts?.pass ?? '',
      s.score !== undefined ? `${s.score} ${s.grade}` : '',
      s.reportBytes?.toLocaleString('en-US') ?? '',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
  ));
  console.log('');

  const errors = Object.values(rows).filter((r) => r.error);
  if (errors.length) console.log(`ERRORS: ${errors.map((r) => `${r.label} (${r.error})`).join('; ')}`);
  if (misses.length) {
    console.log(`✗ ${misses.length} target${misses.length === 1 ? '' : 's'} missed:`);
    for (const m of misses) console.log(`  ✗ ${m}`);
  } else if (!errors.length) {
    console.log('✓ all targets met');
  }
}

await main();
