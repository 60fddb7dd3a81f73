// The CLI contract, end to end: the built program spawned with execa (exit codes, stdout, stderr).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import reportSchema from '../src/report/report-schema.generated.json' with { type: 'json' };
import stackSchema from '../src/stack/stack-schema.generated.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const EXAMPLE = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const COMPLIANT = path.join(root, 'fixtures/stacks/compliant.pass.yaml');
const NOW = '2026-11-28';

// Audits in these tests never probe: the fixtures' endpoints are reserved .example names, and tests
// may talk to loopback only (live probing is tested against local servers elsewhere).
const offline = (args: string[]) => (args[0] === 'audit' && !args.includes('--facts') ? [...args, '--offline'] : args);
const cli = (args: string[], env: Record<string, string> = {}) =>
  execa('node', [bin, ...offline(args)], { reject: false, env: { NO_COLOR: '1', ...env }, extendEnv: true, cwd: root });

const tmp = () => mkdtempSync(path.join(tmpdir(), 'hh-cli-'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormatsModule.default(ajv);
const validateReport = ajv.compile(reportSchema);
const ANSI = /\x1b\[/;

describe('hipaa-hero audit', () => {
  it('passes a compliant stack: exit 0, grade A, score first', async () => {
    const r = await cli(['audit', COMPLIANT, '--now', NOW]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('HIPAA audit of Clear Skin Studio');
    // The header, the disclaimer (what the report is not), then the score.
    expect(lines[4]).toMatch(/^This report is a gap assessment/);
    expect(lines.slice(0, 11).join('\n')).toMatch(/not legal advice\.\n\n {2}Score 100\.0 \/ 100 {3}Grade A/);
    expect(r.stdout).toMatch(/Gate {2}PASSED/);
  });

  it('fails the gate on the bundled example (exit 1) and prints failures with subject, citation, location and fix', async () => {
    const r = await cli(['audit', EXAMPLE, '--now', NOW]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Gate {2}FAILED/);
    expect(r.stdout).toMatch(/✗ FAIL critical · Required {2}Backblaze\n {4}Backblaze handles PHI but has no signed BAA on file\.\n {4}vendors\.baa-signed · 45 CFR 164\.308\(b\)\(1\)[^✗]*?stack\.yaml:\d+:\d+/);
    expect(r.stdout).toMatch(/~ WAIVED .* {2}Front desk PC/);
    expect(r.stdout).toMatch(/Fix: /);
  });

  it('keeps every line of the text report within 80 columns', async () => {
    const r = await cli(['audit', 'fixtures/glow-medspa/stack.yaml', '--now', NOW]);
    const long = r.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(long).toEqual([]);
  });

  it('honours NO_COLOR, and colours only when asked or on a terminal', async () => {
    expect((await cli(['audit', EXAMPLE, '--now', NOW])).stdout).not.toMatch(ANSI);
    expect((await cli(['audit', EXAMPLE, '--now', NOW], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await cli(['audit', EXAMPLE, '--now', NOW, '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await cli(['audit', EXAMPLE, '--now', NOW], { NO_COLOR: '1', FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });

  it('--fail-on and --fail-under set the gate', async () => {
    expect((await cli(['audit', EXAMPLE, '--now', NOW, '--fail-on', 'none'])).exitCode).toBe(0);
    expect((await cli(['audit', EXAMPLE, '--now', NOW, '--fail-on', 'critical'])).exitCode).toBe(1);
    expect((await cli(['audit', EXAMPLE, '--now', NOW, '--fail-on', 'none', '--fail-under', '95'])).exitCode).toBe(1);
    expect((await cli(['audit', COMPLIANT, '--now', NOW, '--fail-under', '100'])).exitCode).toBe(0);
    const bad = await cli(['audit', EXAMPLE, '--fail-on', 'severe']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/Allowed choices are critical, high, medium, low, none/);
    expect((await cli(['audit', EXAMPLE, '--fail-under', '101'])).exitCode).toBe(2);
  });

  it('writes a JSON report that validates against the published report schema', async () => {
    const r = await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.auditDate).toBe(NOW);
    expect(report.stack.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.score.formula).toMatch(/weights: critical 10, high 5, medium 3, low 1/);
    const backblaze = report.results.find((x: { checkId: string; subject: string }) => x.checkId === 'vendors.baa-signed' && x.subject === 'Backblaze');
    expect(backblaze).toMatchObject({ status: 'fail', severity: 'critical', location: { file: EXAMPLE, pointer: '/vendors/3' } });
    const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
    expect(lines[backblaze.location.line - 1]!.slice(backblaze.location.column - 1)).toMatch(/^name: Backblaze/);
  });

  it('gives byte-identical JSON for the same input and --now, apart from generatedAt', async () => {
    const a = (await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json'])).stdout;
    const b = (await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json'])).stdout;
    const strip = (s: string) => s.replace(/"generatedAt":"[^"]+"/, '"generatedAt":""');
    expect(strip(a)).not.toBe(a);
    expect(strip(a)).toBe(strip(b));
    expect(a).toMatch(/"generatedAt":"\d{4}-\d\d-\d\dT/);
  });

  it('says on stderr why the gate failed when every report goes to a file', async () => {
    const out = path.join(tmp(), 'report.json');
    const r = await cli(['audit', EXAMPLE, '--now', NOW, '--report', `json=${out}`, '--fail-on', 'high', '--fail-under', '99']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    const reasons = (JSON.parse(readFileSync(out, 'utf8')) as { gate: { reasons: string[] } }).gate.reasons;
    expect(reasons.length).toBe(2);
    expect(r.stderr).toContain(`gate failed: ${reasons.join('; ')}`);
    expect(r.stderr).toMatch(/gate failed: \d+ failed result\(s\) of severity high or higher; score [\d.]+ is under 99/);
  });

  it('--output writes the report atomically with mode 0600 and prints nothing on stdout', async () => {
    const out = path.join(tmp(), 'report.json');
    const r = await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json', '--output', out, '--fail-on', 'none']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote .*report\.json: score [\d.]+, grade [A-F], gate passed/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(validateReport(JSON.parse(readFileSync(out, 'utf8')))).toBe(true);
    const bad = await cli(['audit', EXAMPLE, '--output', '/nonexistent-dir/r.txt']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/cannot write the text report to \/nonexistent-dir\/r\.txt: the directory \/nonexistent-dir does not exist/);
  });

  it('--output to a FIFO or a device is refused without opening it (exit 2); /dev/null, /dev/stdout and /dev/stderr are written as streams', async () => {
    const fifo = path.join(tmp(), 'report.fifo');
    await execa('mkfifo', [fifo]);
    const r = await cli(['audit', COMPLIANT, '--now', NOW, '--format', 'json', '--output', fifo]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/is a FIFO \(named pipe\) — reports are written to regular files/);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const stdout = await cli(['audit', COMPLIANT, '--now', NOW, '--format', 'json', '--output', '/dev/stdout']);
    expect(stdout.exitCode).toBe(0);
    expect(JSON.parse(stdout.stdout).score.grade).toBe('A');
  });

  it('checks a --logo by its bytes: a text file named .png is refused (exit 2) before anything is written', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'logo.png'), 'not really a png');
    const r = await cli(['audit', COMPLIANT, '--now', NOW, '--logo', path.join(dir, 'logo.png'), '--report', `html=${path.join(dir, 'r.html')}`]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--logo .*logo\.png: its content is not a PNG image \(checked by its first bytes\)/);
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
    writeFileSync(path.join(dir, 'logo.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n');
    const ok = await cli(['audit', COMPLIANT, '--now', NOW, '--logo', path.join(dir, 'logo.svg'), '--report', `html=${path.join(dir, 'r.html')}`]);
    expect(ok.exitCode, ok.stderr).toBe(0);
  });

  it('says how to make a stack file when the one given does not exist', async () => {
    const r = await cli(['audit', path.join(tmp(), 'missing.yaml')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/missing\.yaml: no such file — check the path, or write one with `hipaa-hero init`/);
  });

  it('defaults --now to today', async () => {
    const report = JSON.parse((await cli(['audit', COMPLIANT, '--format', 'json', '--fail-on', 'none'])).stdout);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(report.auditDate).toBe(today);
  });

  it('reports bad input as file:line:col lines with exit 2 and no stack trace', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\npractice:\n  name: X\n  nmae: Y\nvendors:\n  - name: A\n    phi: yes\n');
    const r = await cli(['audit', file]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `${file}:4:3: unknown key 'nmae' — did you mean 'name'?`,
      expect.stringMatching(new RegExp(`^${file}:7:10: 'phi' must be true or false, found 'yes' — `)),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a stack trace for bad input only with --debug', async () => {
    const r = await cli(['audit', '/nonexistent/stack.yaml', '--debug']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\/nonexistent\/stack\.yaml: no such file/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('rejects unknown flags, a bad --now and a missing file argument with exit 2', async () => {
    expect((await cli(['audit', EXAMPLE, '--bogus'])).exitCode).toBe(2);
    const now = await cli(['audit', EXAMPLE, '--now', '2026-02-30']);
    expect(now.exitCode).toBe(2);
    expect(now.stderr).toMatch(/'2026-02-30' is not a calendar date — write YYYY-MM-DD/);
    expect((await cli(['audit'])).exitCode).toBe(2);
    expect((await cli(['frobnicate'])).exitCode).toBe(2);
  });
});

describe('plugins on the command line', () => {
  function plugins(body: string): string {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'check.mjs'), body);
    return dir;
  }
  const meta = (id: string) =>
    `{ id: '${id}', title: 'Front desk PC is replaced', area: 'encryption', severity: 'medium', hipaa: ['164.310(d)(1)'], obligation: 'practice', basis: 'The practice hardware policy', rationale: 'Old hardware.', remediation: 'Replace it.', needs: ['stack'] }`;

  it('runs plugin checks beside the built-in ones', async () => {
    const dir = plugins(`export default { meta: ${meta('encryption.pc-replaced')}, run: ({ stack }) => stack.data_stores.filter(d => d.type === 'workstation').map(d => ({ status: 'fail', subject: d.name, message: d.name + ' is still in service.' })) };`);
    const r = await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json', '--checks', dir]);
    const report = JSON.parse(r.stdout);
    expect(report.results.filter((x: { checkId: string }) => x.checkId === 'encryption.pc-replaced')).toEqual([
      expect.objectContaining({ status: 'fail', subject: 'Front desk PC' }),
    ]);
    expect((await cli(['checks', '--checks', dir])).stdout).toMatch(/encryption\.pc-replaced\s+medium\s+Good practice\s+164\.310\(d\)\(1\)/);
    const listed = JSON.parse((await cli(['checks', '--format', 'json', '--checks', dir])).stdout) as Array<{ id: string }>;
    expect(listed.find((c) => c.id === 'encryption.pc-replaced')).toMatchObject({ obligation: 'practice', basis: 'The practice hardware policy' });
  });

  it('turns a plugin that throws into an error result; the audit goes on and the gate fails', async () => {
    const dir = plugins(`export default { meta: ${meta('encryption.explodes')}, run: () => { throw new Error('boom'); } };`);
    const r = await cli(['audit', COMPLIANT, '--now', NOW, '--format', 'json', '--checks', dir]);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.results.find((x: { checkId: string }) => x.checkId === 'encryption.explodes')).toMatchObject({ status: 'error', subject: '(check)' });
    expect(report.counts.pass).toBeGreaterThan(30);
  });

  it('runs the example check from the README as written', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const example = /## Writing a check[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = plugins(example);
    const r = await cli(['audit', EXAMPLE, '--now', NOW, '--format', 'json', '--checks', dir]);
    const report = JSON.parse(r.stdout);
    expect(report.results.find((x: { checkId: string }) => x.checkId === 'network.guest-wifi-named')).toMatchObject({
      status: 'pass',
      subject: 'Guest Wi-Fi',
      location: { pointer: '/network/wifi' },
    });
  });

  it('names a broken plugin file, exit 2', async () => {
    const dir = plugins('export default 42;');
    const r = await cli(['audit', EXAMPLE, '--checks', dir]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/check\.mjs:1:1: not a valid check: it does not export a check object/);
  });
});

describe('hipaa-hero validate, checks, schema, --version', () => {
  it('validate: exit 0 with a summary for a valid file, exit 2 with problems for an invalid one', async () => {
    const ok = await cli(['validate', EXAMPLE]);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/valid stack file \(format version 1\) for Glow Aesthetics Med Spa: 6 vendors, 3 data stores, 4 staff accounts, 2 endpoints, 9 attestations/);
    const file = path.join(tmp(), 'bad.yaml');
    writeFileSync(file, 'version: 1\npractice: {name: X}\nstaff:\n  - {name: A, account: a, role: ghost}\n');
    const bad = await cli(['validate', file]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe(`${file}:4:33: role 'ghost' is not defined in \`roles\` — add it to \`roles\` first`);
  });

  it('checks: the catalog as text and JSON; checks show explains one', async () => {
    const text = await cli(['checks']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^ID +SEVERITY +OBLIGATION +CITATIONS$/m);
    expect(text.stdout).toMatch(/vendors\.baa-signed\s+critical\s+Required\s+164\.308\(b\)\(1\)/);
    const json = JSON.parse((await cli(['checks', '--format', 'json'])).stdout);
    expect(json.length).toBeGreaterThanOrEqual(30);
    for (const entry of json) {
      expect(entry).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          severity: expect.any(String),
          hipaa: expect.any(Array),
          obligation: expect.stringMatching(/^(required|addressable|practice|state)$/),
          basis: expect.any(String),
        }),
      );
    }
    const show = await cli(['checks', 'show', 'vendors.baa-signed']);
    expect(show.exitCode).toBe(0);
    expect(show.stdout).toMatch(/Why it matters/);
    expect(show.stdout).toMatch(/^Obligation: Required\n {2}HIPAA requires this \(45 CFR /m);
    const coverage = JSON.parse((await cli(['checks', '--coverage', '--format', 'json'])).stdout);
    // Every item has a HIPAA-obligation check or an attestation item: none is covered only by good practice or state law.
    expect(coverage.counts).toEqual(expect.objectContaining({ practiceOnly: 0, none: 0 }));
    // Good practice and state law cite an item but never set its status.
    const practiceIds = new Set(json.filter((c: { obligation: string }) => c.obligation === 'practice' || c.obligation === 'state').map((c: { id: string }) => c.id));
    for (const item of coverage.items) {
      expect(item.practice).toEqual(item.automated.filter((id: string) => practiceIds.has(id)));
    }
    expect(show.stdout).toMatch(/164\.308\(b\)\(1\) {2}Business Associate Contracts and Other Arrangements \(standard\) {2}https:\/\/www\.ecfr\.gov\/current\/title-45\/section-164\.308/);
    const unknown = await cli(['checks', 'show', 'vendors.baa-signd']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean 'vendors\.baa-signed'\?/);
  });

  it('schema: prints the stack schema (draft 2020-12) and, with --report, the report schema', async () => {
    const s = JSON.parse((await cli(['schema'])).stdout);
    expect(s).toEqual(stackSchema);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse((await cli(['schema', '--report'])).stdout)).toEqual(reportSchema);
  });

  it('--version and --help exit 0; every command has examples in its help', async () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect((await cli(['--version'])).stdout.trim()).toBe(pkg.version);
    const v = await cli(['-v']);
    expect([v.exitCode, v.stdout.trim()]).toEqual([0, pkg.version]);
    for (const cmd of ['audit', 'probe', 'render', 'diff', 'verify', 'validate', 'init', 'attest', 'checks', 'schema', 'due', 'portfolio', 'history']) {
      const help = await cli([cmd, '--help']);
      expect(help.exitCode).toBe(0);
      expect(help.stdout).toMatch(/Examples:\n {2}\$ hipaa-hero /);
    }
  });
});

describe('exit codes for failures inside the program', () => {
  it('maps an unexpected error to exit 3 with a one-line message, and a stack trace only with --debug', async () => {
    const { exitCodeFor } = await import('../src/cli/run.js');
    let printed = '';
    const write = (s: string) => void (printed += s);
    expect(exitCodeFor(new TypeError('x is undefined'), false, write)).toBe(3);
    expect(printed).toBe('hipaa-hero: internal error: x is undefined — this is a bug; run again with --debug and report it\n');
    printed = '';
    expect(exitCodeFor(new TypeError('x is undefined'), true, write)).toBe(3);
    expect(printed).toMatch(/\n\s+at /);
  });
});
