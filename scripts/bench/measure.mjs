// Running commands and timing them: one run, interleaved groups of runs, peak RSS.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GNU_TIME, median, root, stderrHead } from './common.mjs';

/** dist/ is being rebuilt (by someone else's `npm run build`): a chunk or dist/cli.js is missing. */
const DIST_REBUILDING = /Cannot find module '[^']*\/dist\//;

/**
 * Runs any command once, ended (by its pid, SIGKILL) after `limitMs`; resolves to wall time in ms,
 * exit code, and stdout/stderr. A missing program resolves with `missing: true` instead of rejecting.
 * A run that failed because dist/ was mid-rebuild is run again (after 3 s, up to 5 times).
 */
export async function runCommand(file, args, options = {}) {
  for (let attempt = 1; ; attempt++) {
    const r = await runCommandOnce(file, args, options);
    if (r.code === 0 || attempt > 5 || !DIST_REBUILDING.test(r.stderr)) return r;
    process.stderr.write(`  (dist/ is being rebuilt: running again in 3 s)\n`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

function runCommandOnce(file, args, { limitMs = 120_000, env, captureStdout = true } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, {
      cwd: root,
      stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ms: NaN, code: null, missing: e.code === 'ENOENT', stdout: '', stderr: String(e.message) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ ms, code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: timedOut ? `timed out after ${limitMs} ms\n${stderr}` : stderr });
    });
  });
}

/** Runs `<node> ...args` once (stdout discarded unless asked for). */
export const runNode = (node, args, { captureStdout = false, env } = {}) => runCommand(node.path, args, { captureStdout, env });

/**
 * Times a group of commands: one warm-up run of each, then `runs` rounds in which each command runs
 * once, in turn (interleaved, so that a change in machine load affects every command alike).
 * Entries: { key, label, node, args } (run as `node.path ...args`) or { key, label, file, args }.
 * Each row gets times[] (one per round, NaN-free), median, min, or error.
 */
export async function measureGroup(entries, runs) {
  const rows = entries.map((e) => ({ ...e, runs, times: [], failure: null }));
  for (let round = 0; round <= runs; round++) {
    for (const row of rows) {
      if (row.failure) continue;
      const r = await runCommand(row.file ?? row.node.path, row.args, { captureStdout: false, limitMs: row.limitMs ?? 300_000 });
      if (r.code !== 0) row.failure = r;
      else if (round > 0) row.times.push(r.ms); // round 0 is the warm-up
    }
  }
  for (const row of rows) {
    process.stderr.write(`  ${row.label}${row.node ? ` [node ${row.node.version}]` : ''}: `);
    if (row.failure) {
      const f = row.failure;
      row.error = f.missing ? 'not installed' : `exit ${f.code ?? f.signal}`;
      process.stderr.write(`failed (${row.error})\n${stderrHead(f.stderr)}\n`);
    } else {
      row.median = median(row.times);
      row.min = Math.min(...row.times);
      process.stderr.write(`${row.times.map((t) => t.toFixed(0)).join(' ')} ms\n`);
    }
  }
  return rows;
}

/**
 * The ratio of `row` to `base` round by round (both timed in the same rounds of one group): median
 * and minimum of the per-round ratios, so that each ratio compares runs made moments apart.
 */
export function pairedRatio(row, base) {
  if (!row || !base || row.error || base.error) return { error: row?.error ?? base?.error ?? 'not measured', median: NaN, min: NaN };
  const n = Math.min(row.times.length, base.times.length);
  const ratios = Array.from({ length: n }, (_, i) => row.times[i] / base.times[i]);
  return { ratios, median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined off Linux. */
export function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the "(comm) " prefix; in clock ticks, 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export const rssMethod = () => (existsSync(GNU_TIME) ? `${GNU_TIME} -f '%e %M'` : 'process.resourceUsage().maxRSS at exit');

/**
 * Runs `<node> ...args` under GNU time for its peak RSS (and CPU), or, without it, with a preloaded
 * module that records process.resourceUsage() at exit. Resolves like runCommand plus rssKb/cpuS.
 */
export async function runMeasured(node, args, scratch) {
  const report = path.join(scratch, `usage-${process.pid}.txt`);
  await rm(report, { force: true });
  if (existsSync(GNU_TIME)) {
    const r = await runCommand(GNU_TIME, ['-o', report, '-f', '%e %M %U %S', node.path, ...args]);
    const last = (await readFile(report, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
    const [, rss, user, sys] = last.split(' ').map(Number);
    return { ...r, rssKb: rss, cpuS: user + sys };
  }
  const hook = path.join(scratch, 'usage-hook.mjs');
  await writeFile(hook, [
    "import { writeFileSync } from 'node:fs';",
    "process.on('exit', () => { const u = process.resourceUsage();",
    '  writeFileSync(process.env.HIPAA_HERO_BENCH_USAGE, `0 ${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });',
    '',
  ].join('\n'));
  const r = await runCommand(node.path, ['--import', pathToFileURL(hook).href, ...args], { env: { HIPAA_HERO_BENCH_USAGE: report } });
  const [, rss, user, sys] = (await readFile(report, 'utf8').catch(() => '')).trim().split(' ').map(Number);
  return { ...r, rssKb: rss, cpuS: user + sys };
}
