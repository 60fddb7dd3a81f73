// Plugins that misbehave, on purpose: each is a real .mjs module in a temp directory. No plugin may
// change another check's result, hang the audit, end the process, or crash the engine; what it does
// wrong becomes its own `error` result (or, while loading, an exit-2 error naming its file).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { attestationChecks, builtinChecks } from '../checks/index.js';
import { assembleChecks, loadPluginChecks } from '../src/engine/registry.js';
import { runAllChecks, type CheckResult } from '../src/engine/run.js';
import { baseStack, BASE_NOW } from './helpers/cases.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const EXAMPLE = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const EXAMPLE_FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const COMPLIANT = path.join(root, 'fixtures/stacks/compliant.pass.yaml');

const meta = (id: string) => `{
  id: '${id}', title: 'A hostile plugin', area: '${id.split('.')[0]}', severity: 'low', hipaa: ['164.312(b)'],
  obligation: 'practice', basis: 'The practice policy on plugins', rationale: 'Why.', remediation: 'What.', needs: ['stack'] }`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A directory of plugin modules, each `name: body`; `plugin(id, run)` writes the usual export. */
function pluginDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-'));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}
const plugin = (id: string, run: string, top = '') => `${top}\nexport default { meta: ${meta(id)}, run(ctx) { ${run} } };\n`;

/** Loads the directory with the built-in checks and runs everything on the compliant stack. */
async function audit(dir: string | undefined, deadlineMs = 1_000): Promise<CheckResult[]> {
  const plugins = dir ? await loadPluginChecks([dir], { deadlineMs }) : [];
  const checks = assembleChecks([...builtinChecks, ...attestationChecks], plugins);
  return runAllChecks({ checks, stack: baseStack(), facts: { documents: {} }, now: BASE_NOW, options: { offline: true } }, { pluginDeadlineMs: deadlineMs });
}

const byId = (results: CheckResult[], id: string) => results.filter((r) => r.meta.id === id).map((r) => [r.status, r.message]);
const others = (results: CheckResult[], prefix: string) =>
  results.filter((r) => !r.meta.id.startsWith(prefix)).map((r) => [r.meta.id, r.subject, r.status, r.message, r.evidence]);

const cli = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1' }, extendEnv: true, cwd: root });
const reportOf = (stdout: string) => JSON.parse(stdout) as { results: Array<{ checkId: string; status: string; subject: string; message: string }>; score: { value: number; grade: string } };

describe('no check can influence another', () => {
  it('a plugin that sorts first cannot change the stack, facts, day or options the others read', async () => {
    const tries = `
      const tries = [];
      const attempt = (name, fn) => { try { fn(); tries.push(name + ' changed'); } catch { tries.push(name + ' refused'); } };
      attempt('mfa', () => { for (const s of ctx.stack.staff) { s.mfa = true; s.shared = false; } });
      attempt('staff', () => ctx.stack.staff.push({ ...ctx.stack.staff[0], account: 'ghost' }));
      attempt('baa', () => { for (const v of ctx.stack.vendors) v.baa = { signed: '2026-01-01' }; });
      attempt('facts', () => { ctx.facts.endpoints = {}; });
      attempt('now', () => { ctx.now = '2020-01-01'; });
      attempt('options', () => { ctx.options.offline = false; });
      return [{ status: 'pass', subject: 'attempts', message: tries.join(', ') + '.' }];`;
    const clean = await audit(undefined);
    const dir = pluginDir({
      'catches.mjs': plugin('access.0-catches', tries),
      // Uncaught, the first refused write is the plugin's own error.
      'throws.mjs': plugin('access.0-throws', 'ctx.stack.staff[0].mfa = false; return [];'),
    });
    const results = await audit(dir);
    expect(byId(results, 'access.0-catches')).toEqual([
      ['pass', 'mfa refused, staff refused, baa refused, facts refused, now refused, options refused.'],
    ]);
    expect(byId(results, 'access.0-throws')).toEqual([['error', expect.stringMatching(/^The check failed while running \(Cannot assign to read only property 'mfa'/)]]);
    expect(others(results, 'access.0-')).toEqual(others(clean, 'access.0-'));
  });

  it('a plugin cannot patch another plugin module or the globals the others use', async () => {
    const dir = pluginDir({
      'a-patcher.mjs': plugin(
        'access.a-patcher',
        'return [];',
        `import victim from './b-victim.mjs';
victim.run = () => [{ status: 'pass', subject: 'Front desk', message: 'Patched to pass.' }];
Array.prototype.filter = function () { return []; };
Object.freeze = (o) => o;`,
      ),
      'b-victim.mjs': plugin('access.b-victim', `return [{ status: ctx.stack.staff.filter((s) => s.mfa).length ? 'fail' : 'warn', subject: 'Front desk', message: 'Still failing.' }];`),
    });
    const results = await audit(dir);
    expect(byId(results, 'access.b-victim')).toEqual([['fail', 'Still failing.']]);
    expect(others(results, 'access.a-').filter(([id]) => id !== 'access.b-victim')).toEqual(others(await audit(undefined), 'access.a-'));
  });

  it('a meta that reads differently when the module is loaded again to run is an error, never a different check', async () => {
    const dir = pluginDir({ 'random.mjs': `export default { meta: { ...${meta('access.random')}, title: 'Title ' + Math.random() }, run: () => [] };` });
    expect(byId(await audit(dir), 'access.random')).toEqual([['error', expect.stringMatching(/meta read differently when it was loaded to run/)]]);
  });

  it('on the command line: the bundled example scores the same with a tampering plugin as without it', async () => {
    const args = ['audit', EXAMPLE, '--facts', EXAMPLE_FACTS, '--now', BASE_NOW, '--format', 'json', '--fail-on', 'none'];
    const dir = pluginDir({
      'tamper.mjs': plugin(
        'access.0-tamper',
        `for (const s of ctx.stack.staff) try { s.mfa = true; s.shared = false; } catch {}
         for (const v of ctx.stack.vendors) try { v.baa = { signed: '2026-01-01' }; } catch {}
         try { ctx.now = '2020-01-01'; } catch {}
         return [];`,
      ),
    });
    const [plain, tampered] = await Promise.all([cli(args), cli([...args, '--checks', dir])]);
    expect([plain.exitCode, tampered.exitCode]).toEqual([0, 0]);
    const strip = (stdout: string) => reportOf(stdout).results.filter((r) => r.checkId !== 'access.0-tamper');
    expect(strip(tampered.stdout)).toEqual(strip(plain.stdout));
    expect(reportOf(tampered.stdout).score.grade).toBe(reportOf(plain.stdout).score.grade);
  });
});

describe('a plugin that never finishes or ends its thread', () => {
  it('stops a check that loops forever at its deadline; the audit goes on', async () => {
    const dir = pluginDir({ 'loop.mjs': plugin('access.loop', 'for (;;) {}'), 'ok.mjs': plugin('access.ok', "return [{ status: 'pass', subject: 's', message: 'Fine.' }];") });
    const started = Date.now();
    const results = await audit(dir, 500);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(byId(results, 'access.loop')).toEqual([['error', 'The check did not finish within 0.5 s and was stopped; its result is unknown, not passed.']]);
    expect(byId(results, 'access.ok')).toEqual([['pass', 'Fine.']]);
  });

  it('turns process.exit in run into that check\'s error, whatever the code', async () => {
    const dir = pluginDir({ 'zero.mjs': plugin('access.exit-zero', 'process.exit(0);'), 'thirteen.mjs': plugin('access.exit-thirteen', 'process.exit(13);') });
    const results = await audit(dir);
    expect(byId(results, 'access.exit-zero')).toEqual([['error', expect.stringMatching(/ended its worker \(process\.exit\(0\)\) before returning findings/)]]);
    expect(byId(results, 'access.exit-thirteen')).toEqual([['error', expect.stringMatching(/process\.exit\(13\)/)]]);
  });

  it('on the command line: an endless loop is an error after 10 s and the gate fails (exit 1), with the report intact', async () => {
    const dir = pluginDir({ 'loop.mjs': plugin('access.loop', 'for (;;) {}') });
    const r = await cli(['audit', COMPLIANT, '--offline', '--now', BASE_NOW, '--format', 'json', '--checks', dir]);
    expect(r.exitCode).toBe(1);
    const loop = reportOf(r.stdout).results.find((x) => x.checkId === 'access.loop');
    expect(loop).toMatchObject({ status: 'error', message: 'The check did not finish within 10 s and was stopped; its result is unknown, not passed.' });
  }, 30_000);

  it('on the command line: process.exit(0) in run ends neither the process nor the audit (exit 1, not 0)', async () => {
    const dir = pluginDir({ 'exit.mjs': plugin('access.exit', 'process.exit(0);') });
    const r = await cli(['audit', COMPLIANT, '--offline', '--now', BASE_NOW, '--format', 'json', '--checks', dir]);
    expect(r.exitCode).toBe(1);
    expect(reportOf(r.stdout).results.find((x) => x.checkId === 'access.exit')).toMatchObject({ status: 'error' });
  });

  it('on the command line: a module that never finishes loading, or exits while loading, is exit 2 naming its file (not 13 or 0)', async () => {
    const unsettled = pluginDir({ 'unsettled.mjs': 'await new Promise(() => {});\nexport default {};' });
    const exits = pluginDir({ 'exits.mjs': 'process.exit(0);\nexport default {};' });
    const [a, b] = await Promise.all([unsettled, exits].map((dir) => cli(['audit', COMPLIANT, '--offline', '--checks', dir])));
    expect([a!.exitCode, b!.exitCode]).toEqual([2, 2]);
    expect(a!.stderr.trim()).toMatch(/^\S*unsettled\.mjs:1:1: the check module never finished loading \(a top-level await that never settles\) — fix the module or remove it from \S+$/);
    expect(b!.stderr.trim()).toMatch(/^\S*exits\.mjs:1:1: the check module ended its worker while loading \(process\.exit\(0\)\) — fix the module/);
  });
});

describe('whatever a plugin throws or returns', () => {
  const hostile = {
    'null-proto.mjs': plugin('access.null-proto', 'throw Object.create(null);'),
    'message-getter.mjs': plugin('access.message-getter', "const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('no'); } }); throw e;"),
    'circular.mjs': plugin('access.circular', "const ev = {}; ev.self = ev; return [{ status: 'pass', subject: 's', message: 'm', evidence: ev }];"),
    'bigint.mjs': plugin('access.bigint', "return [{ status: 'pass', subject: 's', message: 'm', evidence: { n: 10n } }];"),
    'function.mjs': plugin('access.function', "return [{ status: 'pass', subject: 's', message: 'm', evidence: { f() {} } }];"),
    'symbol.mjs': plugin('access.symbol', "return [{ status: 'pass', subject: 's', message: 'm', evidence: [Symbol('s')] }];"),
    'date.mjs': plugin('access.date', "return [{ status: 'pass', subject: 's', message: 'm', evidence: { at: new Date(0) } }];"),
    'getter.mjs': plugin('access.getter', "return [{ status: 'pass', subject: 's', message: 'm', evidence: { get x() { throw new Error('getter says no'); } } }];"),
    'waived.mjs': plugin('access.waived', "return [{ status: 'waived', subject: 's', message: 'I waive myself.' }];"),
  };
  const expected: Record<string, RegExp> = {
    'access.null-proto': /failed while running \(a value with no message was thrown\)/,
    'access.message-getter': /failed while running \(a value was thrown whose message cannot be read\)/,
    'access.circular': /evidence is not plain JSON \(a circular reference\)/,
    'access.bigint': /evidence is not plain JSON \(a BigInt\)/,
    'access.function': /evidence is not plain JSON \(a function\)/,
    'access.symbol': /evidence is not plain JSON \(a symbol\)/,
    'access.date': /evidence is not plain JSON \(a Date, not a plain object\)/,
    'access.getter': /failed while running \(getter says no\)/,
    'access.waived': /returned a finding with status "waived"/,
  };

  it('each becomes that check\'s error with a safe message, and the others run', async () => {
    const results = await audit(pluginDir(hostile));
    for (const [id, pattern] of Object.entries(expected)) expect(byId(results, id), id).toEqual([['error', expect.stringMatching(pattern)]]);
    expect(results.filter((r) => r.status === 'pass').length).toBeGreaterThan(30);
  });

  it('on the command line: exit 1 (the gate fails on check errors), never 3, and the JSON report is whole', async () => {
    const r = await cli(['audit', COMPLIANT, '--offline', '--now', BASE_NOW, '--format', 'json', '--checks', pluginDir(hostile)]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    const report = reportOf(r.stdout);
    for (const [id, pattern] of Object.entries(expected)) {
      expect(report.results.filter((x) => x.checkId === id).map((x) => [x.status, x.message]), id).toEqual([['error', expect.stringMatching(pattern)]]);
    }
  });

  it('on the command line: what a plugin prints goes to stderr, so a report on stdout stays parseable', async () => {
    const dir = pluginDir({ 'noisy.mjs': plugin('access.noisy', "console.log('hello from a plugin'); return [{ status: 'pass', subject: 's', message: 'Fine.' }];", "console.log('loading');") });
    const r = await cli(['audit', COMPLIANT, '--offline', '--now', BASE_NOW, '--format', 'json', '--checks', dir]);
    expect(r.exitCode).toBe(0);
    expect(reportOf(r.stdout).results.find((x) => x.checkId === 'access.noisy')).toMatchObject({ status: 'pass' });
    expect(r.stderr).toMatch(/hello from a plugin/);
  });
});
