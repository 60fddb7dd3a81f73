// Outputs that would destroy something or hang, through the built CLI: a report over an input, through
// a link, into a directory or a FIFO, a set of reports written all or none, and a standard output
// that is full or closed. Each case names the item of the hardening brief it holds.
import { createServer, type Server } from 'node:net';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, linkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFilesAtomically, WriteFailed } from '../src/write-file.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const COMPLIANT = path.join(root, 'fixtures/stacks/compliant.pass.yaml');
const FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const NOW = '2026-11-28';
const DOCS = ['baa-chartcloud', 'baa-vaultbackup', 'policy-use-disclosure', 'incident-response'];

const cli = (args: string[], cwd: string) =>
  execa('node', [bin, ...args], { reject: false, cwd, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' }, stdin: 'ignore', timeout: 30_000 });

/** One line on stderr, no stack trace. */
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

// A loopback listener that counts connections: the stack's endpoint points at it, so any probe shows.
let server: Server;
let connections = 0;
let port = 0;
beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A folder with the compliant stack (its endpoint on the counting listener) and its documents. */
function practice(): { dir: string; stack: string; original: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-out-'));
  const stack = path.join(dir, 'stack.yaml');
  const original = readFileSync(COMPLIANT, 'utf8').replace('https://book.clearskin.example', `https://127.0.0.1:${port}`);
  writeFileSync(stack, original);
  mkdirSync(path.join(dir, 'evidence'));
  for (const d of DOCS) writeFileSync(path.join(dir, 'evidence', `${d}.pdf`), `%PDF ${d}\n`);
  return { dir, stack, original };
}

const audit = (dir: string, ...args: string[]) => cli(['audit', 'stack.yaml', '--now', NOW, '--fail-on', 'none', '--timeout', '1', '--deadline', '2', ...args], dir);

describe('item 7: no output may replace an input', () => {
  it('refuses a report over the stack file, before anything is probed or written (exit 2)', async () => {
    const { dir, stack, original } = practice();
    const before = connections;
    const r = await audit(dir, '--report', 'json=stack.yaml');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^hipaa-hero: --report json=stack\.yaml: stack\.yaml is the stack file, an input of this run — writing the json report there would destroy it; choose another path$/);
    oneLine(r.stderr);
    expect(readFileSync(stack, 'utf8')).toBe(original);
    expect(connections).toBe(before);
  });

  it('refuses a report over an evidence document, or over the stack file by another name (hard link), before probing', async () => {
    const { dir, stack, original } = practice();
    linkSync(stack, path.join(dir, 'same.yaml'));
    const before = connections;
    const doc = await audit(dir, '--report', 'markdown=evidence/baa-chartcloud.pdf');
    expect(doc.exitCode).toBe(2);
    expect(doc.stderr).toMatch(/evidence\/baa-chartcloud\.pdf is a document named in the stack file.*, an input of this run/);
    expect(readFileSync(path.join(dir, 'evidence/baa-chartcloud.pdf'), 'utf8')).toBe('%PDF baa-chartcloud\n');
    const hard = await audit(dir, '--report', 'json=same.yaml');
    expect(hard.exitCode).toBe(2);
    expect(hard.stderr).toMatch(/same\.yaml is the stack file \(the same file as stack\.yaml\), an input of this run/);
    expect(readFileSync(stack, 'utf8')).toBe(original);
    expect(connections).toBe(before);
  });

  it('refuses a report over the --facts file, the --baseline report, the --logo image, and --save-facts over the stack file', async () => {
    const { dir, stack, original } = practice();
    writeFileSync(path.join(dir, 'facts.json'), readFileSync(FACTS));
    writeFileSync(path.join(dir, 'logo.png'), 'not really a png');
    const base = await audit(dir, '--offline', '--report', 'json=base.json');
    expect(base.exitCode, base.stderr).toBe(0);
    const baseline = readFileSync(path.join(dir, 'base.json'), 'utf8');
    const cases: Array<[string[], RegExp]> = [
      [['--facts', 'facts.json', '--report', 'json=facts.json'], /facts\.json is the --facts file, an input of this run/],
      [['--offline', '--baseline', 'base.json', '--report', 'json=base.json'], /base\.json is the --baseline report, an input of this run/],
      [['--offline', '--logo', 'logo.png', '--report', 'html=logo.png'], /logo\.png is the --logo image, an input of this run/],
      [['--save-facts', 'stack.yaml'], /^hipaa-hero: --save-facts stack\.yaml: stack\.yaml is the stack file, an input of this run — writing the saved facts there/],
    ];
    const before = connections;
    for (const [args, message] of cases) {
      const r = await audit(dir, ...args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      oneLine(r.stderr);
    }
    expect(connections).toBe(before);
    expect(readFileSync(stack, 'utf8')).toBe(original);
    expect(readFileSync(path.join(dir, 'base.json'), 'utf8')).toBe(baseline);
    expect(readFileSync(path.join(dir, 'facts.json'), 'utf8')).toBe(readFileSync(FACTS, 'utf8'));
    expect(readFileSync(path.join(dir, 'logo.png'), 'utf8')).toBe('not really a png');
  });

  it('render refuses to write over the report it reads', async () => {
    const { dir } = practice();
    await audit(dir, '--offline', '--report', 'json=r.json');
    const saved = readFileSync(path.join(dir, 'r.json'), 'utf8');
    const r = await cli(['render', 'r.json', '--report', 'json=r.json'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/r\.json is the saved report, an input of this run/);
    expect(readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe(saved);
  });
});

describe('item 8: never through a symbolic link', () => {
  it('refuses a report path that is a link (exit 2, naming it); the target keeps its content and mode', async () => {
    const { dir, stack, original } = practice();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    chmodSync(victim, 0o644);
    symlinkSync(victim, path.join(dir, 'out.json'));
    symlinkSync(stack, path.join(dir, 'stack-link.json'));
    for (const name of ['out.json', 'stack-link.json']) {
      const r = await audit(dir, '--offline', '--report', `json=${name}`);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^hipaa-hero: --report json=${name.replace('.', '\\.')}: cannot write the json report to ${name.replace('.', '\\.')}: .* is a symbolic link \\(to .*\\) — hipaa-hero does not write through links`));
      oneLine(r.stderr);
      expect(lstatSync(path.join(dir, name)).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(statSync(victim).mode & 0o777).toBe(0o644);
    expect(readFileSync(stack, 'utf8')).toBe(original);
  });
});

describe('item 9: every report or none', () => {
  it('checks every destination before writing any: a directory as the second output leaves the first report as it was', async () => {
    const { dir } = practice();
    writeFileSync(path.join(dir, 'keep.json'), 'previous report\n');
    mkdirSync(path.join(dir, 'adir'));
    const r = await audit(dir, '--offline', '--report', 'json=keep.json', '--report', 'html=adir');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^hipaa-hero: --report html=adir: cannot write the html report to adir: adir is a directory/);
    expect(readFileSync(path.join(dir, 'keep.json'), 'utf8')).toBe('previous report\n');
    const missing = await audit(dir, '--offline', '--report', 'json=keep.json', '--report', 'sarif=no/such/dir/r.sarif');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/the directory no\/such\/dir does not exist/);
    expect(readFileSync(path.join(dir, 'keep.json'), 'utf8')).toBe('previous report\n');
  });

  it('writes the whole set or none: when one file cannot be put in place, those already renamed are restored', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-set-'));
    const first = path.join(dir, 'a.json');
    writeFileSync(first, 'old a\n');
    // A non-empty directory where the second file goes: its rename fails after the first has been made.
    const second = path.join(dir, 'b.json');
    mkdirSync(second);
    writeFileSync(path.join(second, 'inside'), 'x');
    await expect(writeFilesAtomically([{ path: first, content: 'new a\n' }, { path: second, content: 'new b\n' }])).rejects.toBeInstanceOf(WriteFailed);
    expect(readFileSync(first, 'utf8')).toBe('old a\n');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
    await writeFilesAtomically([{ path: first, content: 'new a\n' }, { path: path.join(dir, 'c.json'), content: 'c\n' }]);
    expect(readFileSync(first, 'utf8')).toBe('new a\n');
    expect(statSync(first).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('writes content made in pieces whole, and leaves the old file when making it fails part way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-chunks-'));
    const file = path.join(dir, 'big.json');
    writeFileSync(file, 'old\n');
    const pieces = Array.from({ length: 40 }, (_, i) => Buffer.from(`${String(i).padStart(4, '0')}:${'x'.repeat(50_000)}\n`));
    await writeFilesAtomically([{ path: file, content: { chunks: () => pieces } }]);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
    function* failing() {
      yield pieces[0]!;
      throw new Error('the report could not be made');
    }
    await expect(writeFilesAtomically([{ path: file, content: { chunks: failing } }])).rejects.toBeInstanceOf(WriteFailed);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
    expect(readdirSync(dir)).toEqual(['big.json']);
  });
});

describe('item 12: no FIFO, socket or device but the three standard ones', () => {
  it('refuses a FIFO without opening it (no hang, exit 2), and writes /dev/null, /dev/stdout and /dev/stderr as streams', async () => {
    const { dir } = practice();
    const fifo = path.join(dir, 'report.fifo');
    await execa('mkfifo', [fifo]);
    const started = Date.now();
    const r = await audit(dir, '--offline', '--report', 'json=report.fifo');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^hipaa-hero: --report json=report\.fifo: cannot write the json report to report\.fifo: report\.fifo is a FIFO \(named pipe\) — reports are written to regular files/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(statSync(fifo).isFIFO()).toBe(true);

    const devices = await audit(dir, '--offline', '--report', 'json=/dev/stdout', '--report', 'markdown=/dev/null', '--report', 'sarif=/dev/stderr');
    expect(devices.exitCode, devices.stderr).toBe(0);
    expect(JSON.parse(devices.stdout).schemaVersion).toBe(1);
    expect(devices.stderr).toMatch(/"version": ?"2\.1\.0"/);
    const twice = await audit(dir, '--offline', '--report', 'json=/dev/stdout', '--report', 'text');
    expect(twice.exitCode).toBe(2);
    expect(twice.stderr).toMatch(/only one report can go to standard output/);
  });

  it('refuses a character device other than the three (e.g. /dev/zero)', async () => {
    const { dir } = practice();
    const r = await audit(dir, '--offline', '--report', 'json=/dev/zero');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero is a character device — reports are written to regular files/);
  });
});

describe('item 14: a standard output that fails', () => {
  const shell = (command: string, cwd: string) => execa('bash', ['-c', command], { reject: false, cwd, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' }, timeout: 60_000 });

  it('a full device is exit 2 and one line on stderr, never a stack trace (exit 1 is the gate)', async () => {
    const { dir } = practice();
    const r = await shell(`node ${bin} audit stack.yaml --offline --now ${NOW} > /dev/full`, dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('hipaa-hero: cannot write the text report to standard output (ENOSPC) — free some space on its device, or write it to a file with --report text=<path>');
    const list = await shell(`node ${bin} checks > /dev/full`, dir);
    expect(list.exitCode).toBe(2);
    expect(list.stderr).toMatch(/^hipaa-hero: cannot write to standard output \(ENOSPC\) — /);
    oneLine(list.stderr);
  });

  it('a reader that stops early (| head) ends the output quietly, with the exit code of the run', async () => {
    const { dir } = practice();
    writeFileSync(path.join(dir, 'big.yaml'), (await execa('node', [path.join(root, 'scripts/gen-stack.mjs'), '1'])).stdout);
    const r = await shell(`node ${bin} audit big.yaml --offline --fail-on none --format json | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`, dir);
    expect(r.stdout).toBe('exit 0');
    expect(r.stderr).toBe('');
    expect(existsSync(path.join(dir, 'big.yaml'))).toBe(true);
  });
});
