#!/usr/bin/env node
// Start-up, scale and probing benchmark: times the CLI against bare `node -e 0` of the same Node,
// measured in the same interleaved rounds, and the probe against a plain-Node floor.
//
//   npm run bench            (builds first)
//   node scripts/bench.mjs   (uses the current dist/)
//
// Options: --runs <n> sets the run count of the start-up group (default 15), --large-runs <n> that of
// the formats and 1x/10x groups (default 5), --probe-runs <n> that of the live probing and page-visit
// sections (default 3), --pages-only runs the page-visit section alone, --probing-only the live
// probing section alone (its two targets and details, no start-up groups), --portfolio then also times
// `portfolio` over 100 practices against 100 `audit` runs (scripts/bench-portfolio.mjs, about two
// minutes a Node). --node <path> runs every measured command (and the bare baseline) with that Node;
// --node24 with Node 24 from the npm registry (fetched once into .bench/node24); --both with the
// running Node and Node 24, side by side. The parts are in scripts/bench/.
// Writes generated stacks and reports to .bench/.
// It is a measurement, not a test: it exits 0 when a target is missed, and prints the misses.
// Nothing here touches the network: the audits run with --offline or replayed facts and the stacks
// name only documentation addresses and .example hosts; the probing section starts its own HTTPS
// servers on 127.0.0.1 (scripts/bench-servers.mjs, a child process) and probes only those; the
// page-visit section serves its pages on 127.0.0.1 and runs Chromium through a wrapper whose host
// resolver knows no name but loopback. Only --node24's one-time fetch uses the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OPTIONS, fmt, root } from './bench/common.mjs';
import { nativeModulesLoaded, selectNodes } from './bench/nodes.mjs';
import { pageVisitsSection } from './bench/pages.mjs';
import { measureProbing } from './bench/probing.mjs';
import { printProbingDetails, targetLines } from './bench/report.mjs';
import { allFormatsArgs, measureStartup, printStartupDetails } from './bench/startup.mjs';
import { auditArgs, exampleReplayArgs, writeStacks } from './bench/stacks.mjs';
import { pairedRatio, rssMethod } from './bench/measure.mjs';
import { ratioText, targetsTable, verdicts } from './bench/table.mjs';

const PROBING_ONLY = process.argv.includes('--probing-only');

/** --probing-only: the probing section's two targets and its timings, without the start-up groups. */
async function probingOnly(nodes, { misses, target }) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-bench-'));
  try {
    const probing = await measureProbing(nodes, scratch);
    const tag = (node) => (nodes.length > 1 ? ` [${node.label}]` : '');
    for (const { node, hundred, floor } of probing.perNode) {
      const r = pairedRatio(hundred, floor);
      const t = target({ label: `probe 100 endpoints vs the floor${tag(node)}`, error: r.error }, '≤ 1.2× floor', () => r.median <= 1.2, `median ${fmt(r.median, 2)}×`);
      console.log(`probe 100 vs floor${tag(node)}: ${ratioText(r)} ${t.mark}  (hipaa-hero median ${fmt(hundred.median)} ms, floor ${fmt(floor.median)} ms)`);
      const ours = probing.single.find((x) => x.key === 'ours' && x.node === node);
      const sslscan = probing.single.find((x) => x.key === 'sslscan');
      const s = pairedRatio(sslscan, ours);
      const u = target({ label: `one endpoint against sslscan${tag(node)}`, error: s.error }, '≥ 2×', () => s.median >= 2, `median ${fmt(s.median, 2)}×`);
      console.log(`sslscan ÷ hipaa-hero${tag(node)}: ${ratioText(s)} ${u.mark}  (hipaa-hero median ${fmt(ours?.median)} ms, sslscan ${fmt(sslscan?.median)} ms)`);
    }
    return [...probing.perNode.flatMap((p) => [p.hundred, p.floor]), ...probing.single].filter((r) => r.error && r.error !== 'not installed');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function machineInfo(nodes) {
  const cpus = os.cpus();
  return [
    ...nodes.map((n) => `${n.label}: ${n.version} (v8 ${n.v8}, ABI ${n.abi}) ${n.path === process.execPath ? `${n.path}, the running node` : path.relative(root, n.path).startsWith('..') ? n.path : path.relative(root, n.path)}`),
    `platform: ${process.platform}-${process.arch}; node_modules' native modules built for ABI ${process.versions.modules} (the running node)`,
    `cpus: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}${cpus[0]?.speed ? ` @ ${cpus[0].speed} MHz` : ''}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ];
}

function printEnd({ misses, errors }) {
  if (errors.length) console.log(`ERRORS: ${errors.map((r) => `${r.label}${r.node ? ` [${r.node.label}]` : ''} (${r.error})`).join('; ')}`);
  if (misses.length) {
    console.log(`✗ ${misses.length} target${misses.length === 1 ? '' : 's'} missed:`);
    for (const m of misses) console.log(`  ✗ ${m}`);
  } else if (!errors.length) {
    console.log('✓ all targets met');
  }
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
    process.stderr.write('bench: dist/cli.js is missing — run `npm run bench` (which builds first) or `node scripts/build.mjs`\n');
    process.exit(2);
  }
  const nodes = await selectNodes(OPTIONS);
  console.log('hipaa-hero benchmark');
  for (const l of machineInfo(nodes)) console.log(`  ${l}`);
  console.log(`  runs: ${OPTIONS.smallRuns} (start-up, example), ${OPTIONS.largeRuns} (formats, 1x/10x stacks), ${OPTIONS.probeRuns} (probing, pages), after one warm-up each,`);
  console.log('  interleaved within each group (every Node in the same rounds); wall time of the whole process (spawn to exit);');
  console.log('  ratios are taken round by round (each run against the baseline run moments before it): median and min of them');
  console.log('');
  const { misses, target } = verdicts();
  const errors = [];
  const tag = (node) => (nodes.length > 1 ? ` [${node.label}]` : '');

  if (PROBING_ONLY) {
    errors.push(...(await probingOnly(nodes, { misses, target })));
    printEnd({ misses, errors });
    return nodes;
  }
  if (!OPTIONS.pagesOnly) {
    const stacks = await writeStacks();
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-bench-'));
    try {
      // A Node of another ABI than node_modules was built for must not load a native module.
      const checked = [exampleReplayArgs(), allFormatsArgs(), auditArgs(stacks[1].file, 'json')];
      for (const node of nodes) {
        if (node.abi === process.versions.modules) continue;
        const { loaded, failed } = await nativeModulesLoaded(node, checked, scratch);
        console.log(`  ${node.label}: native modules loaded by the timed audits: ${loaded.length ? loaded.join(', ') : 'none'}${failed.length ? `; failed: ${failed.join('; ')}` : ''}`);
        console.log(`    (node_modules' better-sqlite3 is built for ABI ${process.versions.modules}; only --history loads it, and the bench never passes it)`);
        console.log('');
      }
      const startup = await measureStartup(nodes, stacks, scratch);
      let probing;
      try {
        probing = await measureProbing(nodes, scratch);
      } catch (err) {
        probing = { error: String(err.message ?? err) };
      }
      const lines = targetLines(nodes, startup, probing, target);
      console.log(targetsTable(nodes, lines));
      console.log('');
      printStartupDetails(nodes, startup, rssMethod());
      printProbingDetails(nodes, startup, probing, { target, tag });
      for (const g of startup.groups) errors.push(...[...Object.values(g.a), ...Object.values(g.b), ...Object.values(g.c)].filter((r) => r.error));
      errors.push(...startup.rss.filter((r) => r.error));
      if (probing.error) errors.push({ label: 'live probing', error: probing.error });
      else errors.push(...probing.perNode.flatMap((p) => [p.hundred, p.floor]).filter((r) => r.error), ...probing.single.filter((r) => r.error && r.error !== 'not installed'));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  for (const node of nodes) {
    const probeRows = [];
    await pageVisitsSection(node, { probeRows, target, tag: tag(node) });
    errors.push(...probeRows.filter((r) => r.error));
  }
  printEnd({ misses, errors });
  return nodes;
}

const nodes = await main();
if (OPTIONS.portfolio) {
  for (const node of nodes) {
    console.log(`\nportfolio (${node.label}, ${node.version}):`);
    spawnSync(node.path, ['scripts/bench-portfolio.mjs'], { cwd: root, stdio: 'inherit' });
  }
}
