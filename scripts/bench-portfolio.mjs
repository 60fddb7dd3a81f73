#!/usr/bin/env node
// Portfolio benchmark: `portfolio --offline` over 100 example-sized practices against 100 separate
// `audit --offline` runs of the same stacks (each writing the same three reports), median of 3.
//
//   npm run build && node scripts/bench-portfolio.mjs [--practices <n>] [--runs <n>] [--bin <hipaa-hero.js>]
//
// The variants run in interleaved rounds (each once per round), so that a change in machine load
// affects them alike. --bin runs another copy of the CLI (e.g. a snapshot of dist/ while it is rebuilt).
// The stacks are copies of fixtures/glow-medspa/stack.yaml with other practice names, all in one
// folder beside one copy of its evidence folder (documents are looked up next to the stack file).
// Also measured: the portfolio at --concurrency 1, and the same 100 practices split over two
// portfolio processes run at once — the most worker threads could gain on this machine (each
// process loads once, so it is an upper bound). Nothing touches the network (--offline, .example
// hosts). Writes to .bench/portfolio/. A measurement, not a test: it always exits 0.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.bench', 'portfolio');
const BIN = (() => {
  const i = process.argv.indexOf('--bin');
  return i === -1 ? path.join(root, 'bin/hipaa-hero.js') : path.resolve(process.argv[i + 1] ?? '');
})();
const NOW = '2026-11-28';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench-portfolio: ${name} takes a positive integer\n`);
    process.exit(2);
  }
  return n;
}
const PRACTICES = option('--practices', 100);
const RUNS = option('--runs', 3);

/** Runs `node ...args`; resolves to wall time in ms and the exit code. */
function run(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const err = [];
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function writeStacks() {
  await rm(dir, { recursive: true, force: true });
  const stacks = path.join(dir, 'stacks');
  await mkdir(stacks, { recursive: true });
  await cp(path.join(root, 'fixtures/glow-medspa/evidence'), path.join(stacks, 'evidence'), { recursive: true, verbatimSymlinks: true });
  const yaml = await readFile(path.join(root, 'fixtures/glow-medspa/stack.yaml'), 'utf8');
  const files = [];
  for (let i = 1; i <= PRACTICES; i++) {
    const name = `practice-${String(i).padStart(3, '0')}.yaml`;
    await writeFile(path.join(stacks, name), yaml.replace('name: Glow Aesthetics Med Spa', `name: Glow Med Spa ${i}`));
    files.push(path.join(stacks, name));
  }
  return { stacks, files };
}

/** Runs every variant once per round, `RUNS` rounds; a non-zero exit (other than the gate's 1) ends that variant. */
async function measure(variants) {
  const rows = variants.map(([label]) => ({ label, times: [], error: undefined }));
  for (let round = 0; round < RUNS; round++) {
    for (const [i, [, work]] of variants.entries()) {
      const row = rows[i];
      if (row.error) continue;
      await rm(path.join(dir, 'out'), { recursive: true, force: true });
      const start = process.hrtime.bigint();
      const results = await work();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const bad = results.find((r) => r.code !== 0 && r.code !== 1);
      if (bad) {
        row.error = `exit ${bad.code}`;
        process.stderr.write(`  ${row.label}: failed (exit ${bad.code})\n${bad.stderr.split('\n').slice(0, 5).join('\n')}\n`);
      } else row.times.push(ms);
    }
  }
  for (const row of rows) {
    if (row.error) continue;
    row.median = median(row.times);
    process.stderr.write(`  ${row.label}: ${row.times.map((t) => t.toFixed(0)).join(' ')} ms\n`);
  }
  return rows;
}

const portfolioArgs = (paths, out, concurrency) => [BIN, 'portfolio', ...paths, '--out', out, '--offline', '--now', NOW, '--concurrency', String(concurrency)];

async function main() {
  const { stacks, files } = await writeStacks();
  const out = path.join(dir, 'out');
  process.stderr.write(`bench-portfolio: ${PRACTICES} practices, ${RUNS} rounds (${os.cpus().length} CPUs, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})\n`);
  const half = Math.ceil(files.length / 2);
  const audit = async () => {
    const results = [];
    for (const [i, file] of files.entries()) {
      const to = path.join(out, String(i));
      await mkdir(to, { recursive: true });
      const reports = [['json', 'report.json'], ['html', 'report.html'], ['markdown', 'report.md']].flatMap(([f, name]) => ['--report', `${f}=${path.join(to, name)}`]);
      results.push(await run([BIN, 'audit', file, '--offline', '--now', NOW, '--fail-on', 'none', ...reports]));
    }
    return results;
  };
  const rows = await measure([
    ['portfolio --concurrency 4', async () => [await run(portfolioArgs([stacks], out, 4))]],
    ['portfolio --concurrency 1', async () => [await run(portfolioArgs([stacks], out, 1))]],
    ['2 portfolio processes at once, half each', () => Promise.all([run(portfolioArgs(files.slice(0, half), `${out}/a`, 4)), run(portfolioArgs(files.slice(half), `${out}/b`, 4))])],
    [`${PRACTICES} audit runs, one after another`, audit],
  ]);
  const [best, serial, split, audits] = rows;
  const ratio = (a, b) => (a.median && b.median ? `${(a.median / b.median).toFixed(2)}×` : '—');
  console.log(`\nportfolio bench: ${PRACTICES} copies of the example stack, median of ${RUNS}\n`);
  for (const r of rows) console.log(`  ${r.label.padEnd(44)} ${r.error ?? `${r.median.toFixed(0).padStart(7)} ms  (${(r.median / PRACTICES).toFixed(1)} ms per practice)`}`);
  console.log(`\n  ${PRACTICES} audits / portfolio:                      ${ratio(audits, best)}`);
  console.log(`  portfolio --concurrency 1 / --concurrency 4:   ${ratio(serial, best)}`);
  console.log(`  one process / two processes (worker ceiling):  ${ratio(best, split)}`);
  console.log('\n  The portfolio also makes each practice\'s due list, which the audit runs do not.');
}

main().catch((e) => {
  process.stderr.write(`bench-portfolio: ${e.stack ?? e}\n`);
  process.exitCode = 0;
});
