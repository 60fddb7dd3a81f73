// Pack test: what a user installs is what works. Packs the built tree (`npm pack`), checks the
// tarball holds what the installed CLI needs and nothing it should not, installs it into a fresh
// project the way the README says (`npm install --save-dev ./hipaa-hero-<v>.tgz`) from the npm cache
// only (`--offline`), then runs the installed `hipaa-hero` from another directory: --version, an
// audit of the example shipped inside the package, and `init`, whose schema line must name a file
// that exists. Run after `npm ci` (or `npm run build`); `.ci/run` calls it before `npm test`.
//
// Why a project install with a lockfile rather than `npm install -g`: a global install resolves
// every dependency range again, which needs the registry's package documents, and `npm ci` caches
// only the tarballs. The lockfile written here pins the same versions as ours (the ones in the
// cache), so the install needs no network at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'hh-pack-'));
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failures = 0;

const check = (ok, what, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n${String(detail).trimEnd()}` : ''}`);
  if (!ok) failures++;
};
/** Runs a command; its output (both streams) and exit code, never throwing. */
const run = (cmd, args, cwd, env = {}) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', all: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

try {
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('dist/ is missing: run npm ci or npm run build first');

  // 1. Pack. The tree is already built (npm ci ran prepare), so pack skips building it again.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))[0];
  const tarball = path.join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${Math.round(packed.size / 1024)} KB`);
  for (const needed of ['THIRD-PARTY-NOTICES.md', 'bin/hipaa-hero.js', 'dist/cli.js', 'dist/index.js', 'dist/plugin-worker.js', 'dist/types/src/index.d.ts', 'schema/stack.schema.json', 'schema/report.schema.json', 'fixtures/glow-medspa/stack.yaml', 'fixtures/glow-medspa/facts.json', 'README.md', 'LICENSE', 'package.json']) {
    check(files.includes(needed), `the tarball has ${needed}`);
  }
  check(files.some((f) => f.startsWith('dist/chunks/')), 'the tarball has the bundle chunks (dist/chunks/)');
  // Every chunk the bundle imports must be in the tarball (a chunk left out fails only at run time).
  const imports = new Set();
  for (const f of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
    for (const m of readFileSync(path.join(root, f), 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) imports.add(path.posix.join(path.posix.dirname(f), m[1]));
  }
  const missing = [...imports].filter((f) => !files.includes(f));
  check(missing.length === 0, `every module the bundle imports is in the tarball (${imports.size})`, missing.join('\n'));
  const unwanted = files.filter((f) => /^(test|\.ci|src|scripts|checks|docs|node_modules|coverage|\.github)\//.test(f) || f.startsWith('dist/.build') || /^fixtures\/(?!glow-medspa\/)/.test(f) || f === 'action.yml');
  check(unwanted.length === 0, 'the tarball has no tests, CI, sources or other fixtures', unwanted.join('\n'));

  // 2. Install into a project, as `npm install --save-dev ./hipaa-hero-<v>.tgz` would, from the cache.
  const project = path.join(work, 'spa');
  mkdirSync(project);
  const spec = `file:../${packed.filename}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const packages = { '': { name: 'spa', devDependencies: { 'hipaa-hero': spec } } };
  packages['node_modules/hipaa-hero'] = {
    version: pkg.version, resolved: spec, integrity, dev: true, license: pkg.license,
    dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines,
  };
  // Our lockfile's production packages are exactly what the tarball's dependencies resolve to.
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === '' || entry.dev || entry.link) continue;
    const { devOptional, ...rest } = entry;
    packages[where] = { ...rest, dev: true, ...(devOptional ? { optional: true } : {}) };
  }
  // The same overrides as ours, so the lockfile's pins agree with them (see the README's Install section).
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'spa', private: true, devDependencies: { 'hipaa-hero': spec }, overrides: pkg.overrides, allowScripts: { 'better-sqlite3': true } }, null, 2));
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify({ name: 'spa', lockfileVersion: 3, requires: true, packages }, null, 2));
  const install = run(npm, ['ci', '--offline', '--no-audit', '--no-fund'], project);
  check(install.code === 0, 'npm ci installs the tarball into a project from the npm cache (--offline)', install.all);
  check(!/npm (warn|WARN)/.test(install.all), 'installing it prints no npm warning (allowScripts, engines, deprecations)', install.all);
  const installed = path.join(project, 'node_modules/hipaa-hero');
  const bin = path.join(project, 'node_modules/.bin/hipaa-hero');
  check(existsSync(bin), 'the install links node_modules/.bin/hipaa-hero');

  // 3. The installed CLI, from another directory.
  const elsewhere = path.join(work, 'elsewhere');
  mkdirSync(elsewhere);
  const version = run(bin, ['--version'], elsewhere);
  check(version.code === 0 && version.stdout.trim() === pkg.version, `hipaa-hero --version prints ${pkg.version}`, version.all);
  const npx = run(npm, ['exec', '--offline', '--', 'hipaa-hero', '--version'], project);
  check(npx.code === 0 && npx.stdout.trim() === pkg.version, 'npx hipaa-hero --version works in the project', npx.all);
  const example = path.join(installed, 'fixtures/glow-medspa');
  const args = ['audit', path.join(example, 'stack.yaml'), '--facts', path.join(example, 'facts.json'), '--now', '2026-06-15'];
  const audit = run(bin, [...args, '--fail-on', 'none', '--report', 'text', '--report', 'json=report.json'], elsewhere);
  check(audit.code === 0, 'the example audit exits 0 with --fail-on none', audit.all);
  check(audit.stdout.includes('HIPAA audit of Glow Aesthetics Med Spa'), 'the text report names the practice', audit.stdout);
  const report = existsSync(path.join(elsewhere, 'report.json')) ? JSON.parse(readFileSync(path.join(elsewhere, 'report.json'), 'utf8')) : undefined;
  check(report?.tool?.name === 'hipaa-hero' && report.tool.version === pkg.version && report.gate !== undefined, 'the JSON report is written, by this version');
  const gated = run(bin, args, elsewhere);
  check(gated.code === 1, 'the same audit exits 1 under the default gate (the example has findings)', gated.all);
  // A plugin check runs in a worker thread (dist/plugin-worker.js): a file the tarball must carry.
  mkdirSync(path.join(elsewhere, 'our-checks'));
  writeFileSync(path.join(elsewhere, 'our-checks/wifi-named.mjs'), `export default {
  meta: { id: 'network.guest-wifi-named', title: 'The guest Wi-Fi name does not reveal the practice', area: 'network',
    severity: 'low', hipaa: ['164.312(e)(1)'], obligation: 'practice', basis: 'Pack test', rationale: 'Pack test.',
    remediation: 'Pack test.', needs: ['stack'] },
  run() { return [{ status: 'pass', subject: 'Guest Wi-Fi', message: 'Guest Wi-Fi is checked by a plugin.' }]; },
};\n`);
  const plugin = run(bin, [...args, '--fail-on', 'none', '--checks', 'our-checks', '--report', 'json=plugin.json'], elsewhere);
  const pluginReport = existsSync(path.join(elsewhere, 'plugin.json')) ? readFileSync(path.join(elsewhere, 'plugin.json'), 'utf8') : '';
  check(plugin.code === 0 && pluginReport.includes('Guest Wi-Fi is checked by a plugin.'), 'a plugin check runs in the installed worker (dist/plugin-worker.js)', plugin.all);

  // 4. init in the project: its schema line names the installed schema, relative to the file.
  const init = run(bin, ['init', '--yes', '--no-audit', 'stack.yaml'], project);
  check(init.code === 0, 'hipaa-hero init --yes writes a stack file', init.all);
  const first = existsSync(path.join(project, 'stack.yaml')) ? readFileSync(path.join(project, 'stack.yaml'), 'utf8').split('\n')[0] : '';
  check(first === '# yaml-language-server: $schema=./node_modules/hipaa-hero/schema/stack.schema.json', 'the schema line names the installed schema, relative to the stack file', first);
  const target = path.join(project, 'node_modules/hipaa-hero/schema/stack.schema.json');
  check(existsSync(target) && JSON.parse(readFileSync(target, 'utf8')).$id === 'urn:hipaa-hero:schema:stack:1', 'that file exists and is the stack schema');
} catch (e) {
  check(false, 'the pack test ran to the end', e instanceof Error ? e.message : String(e));
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? 'pack test: passed' : `pack test: ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
