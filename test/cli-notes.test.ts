// The built CLI, for what it says about the command line beyond errors: a note for each flag that
// can change nothing in this run (exit code and output unchanged), none when the flag matters; and a
// directory given where a file is read, said without a line and column it does not have.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const EXAMPLE = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const NOW = '2026-11-28';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let dir: string;
const at = (name: string) => path.join(dir, name);
const cli = (args: string[]) => execa(process.execPath, [bin, ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });
/** The bundled example, replayed from its saved facts: no network. */
const audit = (...args: string[]) => cli(['audit', EXAMPLE, '--facts', FACTS, '--now', NOW, ...args]);
const notes = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('hipaa-hero: note: '));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hh-cli-notes-'));
  writeFileSync(at('logo.png'), PNG);
  writeFileSync(at('ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  mkdirSync(at('d1'));
  mkdirSync(at('d2'));
  const saved = await audit('--report', `json=${at('report.json')}`);
  expect(saved.exitCode, saved.stderr).toBe(1);
});

describe('notes about flags that change nothing', () => {
  it('--logo and --prepared-by with only a text report: a note each; same exit code and report as without them', async () => {
    const plain = await audit();
    const r = await audit('--logo', 'logo.png', '--prepared-by', 'Ana Lima, Compliance Partners');
    expect(r.exitCode).toBe(plain.exitCode);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(plain.stdout);
    expect(notes(r.stderr)).toEqual([
      'hipaa-hero: note: --prepared-by has no effect: it only changes HTML and PDF reports (add --report html=report.html)',
      'hipaa-hero: note: --logo has no effect: it only changes HTML and PDF reports (add --report html=report.html)',
    ]);
    expect(notes(plain.stderr)).toEqual([]);
  });

  it('no note when an HTML report is written: the cover uses them', async () => {
    const r = await audit('--logo', 'logo.png', '--prepared-by', 'Ana Lima', '--report', `html=${at('r.html')}`, '--fail-on', 'none');
    expect(r.exitCode).toBe(0);
    expect(notes(r.stderr)).toEqual([]);
    expect(existsSync(at('r.html'))).toBe(true);
  });

  it('--chromium without a PDF report, and --no-color when no text report goes to standard output', async () => {
    const r = await audit('--chromium', '/usr/bin/chromium', '--no-color', '--report', `json=${at('n.json')}`, '--fail-on', 'none');
    expect(r.exitCode).toBe(0);
    expect(notes(r.stderr)).toEqual([
      'hipaa-hero: note: --chromium has no effect: this run visits no page in a browser and prints no PDF report (add --report pdf=report.pdf)',
      'hipaa-hero: note: --no-color has no effect: only the text report on standard output has colours, and this run prints none there',
    ]);
  });

  it('--no-color with the text report on standard output: no note', async () => {
    const r = await audit('--no-color');
    expect(r.exitCode).toBe(1);
    expect(notes(r.stderr)).toEqual([]);
  });

  it('--ca when nothing is probed: --facts replays, --offline probes nothing', async () => {
    const replayed = await audit('--ca', 'ca.pem', '--fail-on', 'none');
    expect(replayed.exitCode).toBe(0);
    expect(notes(replayed.stderr)).toEqual([
      'hipaa-hero: note: --ca has no effect: it only changes live probing, and --facts replays saved facts instead (drop --facts to probe)',
    ]);
    const offline = await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--ca', 'ca.pem', '--fail-on', 'none']);
    expect(offline.exitCode).toBe(0);
    expect(notes(offline.stderr)).toEqual(['hipaa-hero: note: --ca has no effect: it only changes live probing, and --offline probes nothing (drop --offline to probe)']);
  });

  it('--save-facts with --offline: a note, and no file is written', async () => {
    const r = await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--save-facts', 'saved.json', '--fail-on', 'none']);
    expect(r.exitCode).toBe(0);
    expect(notes(r.stderr)).toEqual([
      'hipaa-hero: note: --save-facts has no effect: --offline probes nothing, so there are no facts to save and no file is written (drop --offline to probe and save)',
    ]);
    expect(existsSync(at('saved.json'))).toBe(false);
  });

  it('a run that ends in an error says only the error: no notes before it', async () => {
    writeFileSync(at('bad.yaml'), 'version: 1\nvendors:\n  - name: a\n   phi: true\n');
    const r = await cli(['audit', 'bad.yaml', '--offline', '--ca', 'ca.pem', '--logo', 'logo.png', '--prepared-by', 'Ana Lima']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^bad\.yaml:4:4: YAML syntax error: `phi` is indented less than `name`/);
  });

  it('render: --logo with only a Markdown report gets the note; with an HTML report it does not', async () => {
    const md = await cli(['render', 'report.json', '--logo', 'logo.png', '--report', `markdown=${at('r.md')}`]);
    expect(md.exitCode).toBe(0);
    expect(notes(md.stderr)).toEqual(['hipaa-hero: note: --logo has no effect: it only changes HTML and PDF reports (add --report html=report.html)']);
    const html = await cli(['render', 'report.json', '--logo', 'logo.png', '--report', `html=${at('r2.html')}`]);
    expect(html.exitCode).toBe(0);
    expect(notes(html.stderr)).toEqual([]);
  });
});

describe('diff: --no-color', () => {
  it('with --format json or markdown gets a note; with the text comparison it does not', async () => {
    const json = await cli(['diff', 'report.json', 'report.json', '--format', 'json', '--no-color']);
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ new: [] });
    expect(notes(json.stderr)).toEqual(['hipaa-hero: note: --no-color has no effect: only the text comparison has colours, not --format json']);
    const text = await cli(['diff', 'report.json', 'report.json', '--no-color']);
    expect(text.exitCode).toBe(0);
    expect(notes(text.stderr)).toEqual([]);
  });
});

describe('a directory where a file is read: no line and column', () => {
  const REPORT = 'give the path of a JSON report written by hipaa-hero audit --report json=<file>';

  it('audit <dir>', async () => {
    const r = await cli(['audit', 'd1', '--offline']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('d1: is a directory, not a file — give the path of a stack YAML file');
  });

  it('diff <dir> <dir>, and diff <report> <dir>: the same words as audit, about a report', async () => {
    const both = await cli(['diff', 'd1', 'd2']);
    expect(both.exitCode).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toBe(`d1: is a directory, not a file — ${REPORT}`);
    const second = await cli(['diff', 'report.json', 'd2']);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toBe(`d2: is a directory, not a file — ${REPORT}`);
  });

  it('audit --baseline, --facts, --ca and --sign given a directory', async () => {
    const cases: Array<[string[], string]> = [
      [['--offline', '--baseline', 'd1'], `d1: is a directory, not a file — ${REPORT}`],
      [['--facts', 'd1'], 'd1: is a directory, not a file — give the path of a facts file written by --save-facts'],
      [['--offline', '--ca', 'd1'], 'd1: is a directory, not a file — give a PEM file of trusted certificates'],
      [['--offline', '--report', `json=${at('s.json')}`, '--sign', 'd1'], 'd1: is a directory, not a file — give the PEM file of the RSA private key to sign with'],
    ];
    for (const [args, line] of cases) {
      const r = await cli(['audit', EXAMPLE, '--now', NOW, ...args]);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(line);
    }
  });

  it('probe --facts given a directory: the same line as audit', async () => {
    const r = await cli(['probe', 'https://portal.example.com', '--facts', 'd1']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('d1: is a directory, not a file — give the path of a facts file written by --save-facts');
  });

  it('render, verify, validate and attest given a directory', async () => {
    const cases: Array<[string[], string]> = [
      [['render', 'd1'], `d1: is a directory, not a file — ${REPORT}`],
      [['verify', 'd1'], `d1: is a directory, not a file — ${REPORT}`],
      [['validate', 'd1'], 'd1: is a directory, not a file — give the path of a stack YAML file'],
      [['attest', 'd1'], 'd1: is a directory, not a file — give the path of a stack YAML file'],
    ];
    for (const [args, line] of cases) {
      const r = await cli(args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(line);
    }
  });
});
