// Report outputs end to end through the built CLI: several formats in one run, at most one on stdout,
// nothing written when one fails, re-rendering a saved report, baselines, --fail-on-new and diff.
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { forgeSigner } from './helpers/signing-keys.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const EXAMPLE = 'fixtures/glow-medspa/stack.yaml';
const FACTS = 'fixtures/glow-medspa/facts.json';
const NOW = '2026-11-28';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'hh-out-'));
const cli = (args: string[], env: Record<string, string> = {}) =>
  execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '', ...env }, cwd: root, stdin: 'ignore' });
/** The example audit, endpoint facts replayed (no network), the gate off. */
const audit = (...args: string[]) => cli(['audit', EXAMPLE, '--facts', FACTS, '--now', NOW, '--fail-on', 'none', ...args]);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report;

describe('--report', () => {
  it('writes several formats in one run, each whole with mode 0600, and prints one on stdout', async () => {
    const dir = tmp();
    const out = (name: string) => path.join(dir, name);
    const r = await audit('--report', `json=${out('r.json')}`, '--report', `markdown=${out('r.md')}`, '--report', `sarif=${out('r.sarif')}`, '--report', `junit=${out('r.xml')}`, '--report', 'text');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^HIPAA audit of Glow Aesthetics Med Spa\n/);
    expect(r.stderr).toMatch(/^hipaa-hero: wrote .*r\.json, .*r\.md, .*r\.sarif, .*r\.xml: score \d+\.\d, grade [A-F], gate passed$/);
    for (const f of ['r.json', 'r.md', 'r.sarif', 'r.xml']) expect(statSync(out(f)).mode & 0o777, f).toBe(0o600);
    const report = json(out('r.json'));
    expect(report.generatedAt).toBe(`${NOW}T00:00:00.000Z`);
    expect(JSON.parse(readFileSync(out('r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(out('r.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(out('r.md'), 'utf8')).toContain('Glow Aesthetics Med Spa');
  });

  it('keeps -f and -o as shorthands, and text without a --report', async () => {
    const dir = tmp();
    expect((await audit('-f', 'json', '-o', path.join(dir, 'a.json'))).exitCode).toBe(0);
    expect(json(path.join(dir, 'a.json')).schemaVersion).toBe(1);
    const plain = await audit();
    expect(plain.stdout).toMatch(/^HIPAA audit of /);
  });

  it('refuses two reports on stdout, an unknown format, a missing path, and the same path twice (exit 2, nothing run)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--report', 'text', '--report', 'json'], /^hipaa-hero: only one report can go to standard output \(text, json\) — give the others a path/],
      [['--report', 'word=r.docx'], /^hipaa-hero: --report word=r\.docx: unknown format 'word' — use one of text, json, markdown, html, pdf, sarif, junit/],
      [['--report', 'html='], /^hipaa-hero: --report html=: no path after '='/],
      [['--report', 'json=x/r.json', '--report', 'sarif=x/r.json'], /^hipaa-hero: two reports would be written to .*r\.json — give each its own path/],
      [['--sign', 'key.pem'], /^hipaa-hero: --sign signs the JSON report file — add --report json=<path>/],
      [['--fail-on-new'], /^hipaa-hero: --fail-on-new gates on failures that are not in a baseline — give the previous report with --baseline/],
    ];
    for (const [args, message] of cases) {
      const r = await audit(...args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('writes nothing when a report cannot be made, and never leaves a half-written one: an existing report stays whole', async () => {
    const dir = tmp();
    const keep = path.join(dir, 'r.json');
    writeFileSync(keep, 'previous report\n');
    const r = await audit('--report', `json=${keep}`, '--report', `pdf=${path.join(dir, 'r.pdf')}`, '--chromium', '/nonexistent/chromium');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^hipaa-hero: no Chromium found to print the PDF — install it .* or give its path with --chromium <path>$/);
    expect(readFileSync(keep, 'utf8')).toBe('previous report\n');
    expect(existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });
});

describe('render', () => {
  it('re-renders a saved report without re-running: same JSON bytes, other formats', async () => {
    const dir = tmp();
    await audit('--report', `json=${path.join(dir, 'r.json')}`);
    const again = await cli(['render', path.join(dir, 'r.json'), '--report', `json=${path.join(dir, 'again.json')}`, '--report', `markdown=${path.join(dir, 'r.md')}`]);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'again.json'))).toEqual(readFileSync(path.join(dir, 'r.json')));
    const text = await cli(['render', path.join(dir, 'r.json')]);
    expect(text.stdout).toMatch(/^HIPAA audit of Glow Aesthetics Med Spa/);
  });

  it('refuses what is not a hipaa-hero report, naming the file and the place', async () => {
    const dir = tmp();
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 1,\n  "tool": oops }\n');
    const r = await cli(['render', broken]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`${broken}:2:11: not JSON — give a JSON report written by hipaa-hero audit --report json=<file>`);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"version": 2}\n');
    expect((await cli(['render', other])).stderr).toBe(`${other}:1:1: not a hipaa-hero report — give a JSON report written by hipaa-hero audit --report json=<file>`);
    const edited = path.join(dir, 'edited.json');
    await audit('--report', `json=${edited}`);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('"status":"fail"', '"status":"bad"'));
    expect((await cli(['render', edited])).stderr).toMatch(/^.*edited\.json:1:1: not a valid hipaa-hero report: \/results\/\d+\/status must be equal to one of the allowed values/);
  });
});

describe('baselines', () => {
  /** Last year's report: the example with Backblaze's BAA signed, so that its failure is new this year. */
  async function lastYear(dir: string): Promise<string> {
    cpSync(path.join(root, 'fixtures/glow-medspa'), path.join(dir, 'last'), { recursive: true });
    const stack = path.join(dir, 'last', 'stack.yaml');
    const text = readFileSync(stack, 'utf8');
    const signed = text.replace('    service: Offsite backup storage\n    phi: true\n', '    service: Offsite backup storage\n    phi: true\n    baa: { signed: 2025-01-01 }\n');
    expect(signed).not.toBe(text);
    writeFileSync(stack, signed);
    const out = path.join(dir, 'last-year.json');
    // Judged on the same day, so that the BAA is the only difference.
    const r = await cli(['audit', stack, '--offline', '--now', NOW, '--fail-on', 'none', '--report', `json=${out}`]);
    expect(r.exitCode, r.stderr).toBe(0);
    return out;
  }

  it('marks results new or unchanged by check id + subject, lists what was resolved, and compares scores', async () => {
    const dir = tmp();
    const base = await lastYear(dir);
    const r = await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--fail-on', 'none', '--baseline', base, '--report', `json=${path.join(dir, 'now.json')}`, '--report', 'text']);
    expect(r.exitCode, r.stderr).toBe(0);
    const report = json(path.join(dir, 'now.json'));
    expect(report.baseline?.path).toBe(base);
    expect(report.baseline?.counts.new).toBe(report.results.filter((x) => x.change === 'new').length);
    const backblaze = report.results.find((x) => x.checkId === 'vendors.baa-signed' && x.subject === 'Backblaze')!;
    expect(backblaze).toMatchObject({ status: 'fail', change: 'new' });
    expect(report.results.every((x) => x.change === 'new' || x.change === 'unchanged')).toBe(true);
    expect(report.baseline?.score.delta).toBe(Math.round((report.score.value - report.baseline!.score.before!) * 10) / 10);
    expect(r.stdout).toMatch(/Changes since the baseline \(.*last-year\.json, audit date 2026-11-28\)/);
    expect(r.stdout).toMatch(/New findings:\n(.*\n)*? {4}FAIL critical {2}vendors\.baa-signed {2}Backblaze/);
    expect(r.stdout).toMatch(/Backblaze {2}NEW|Backblaze  NEW|Backblaze \S* ?NEW/);
  });

  it('--fail-on-new gates only on failures that are not in the baseline', async () => {
    const dir = tmp();
    const base = await lastYear(dir);
    const gated = await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--baseline', base, '--fail-on-new', '--report', `json=${path.join(dir, 'g.json')}`]);
    expect(gated.exitCode).toBe(1);
    expect(json(path.join(dir, 'g.json')).gate.reasons).toEqual(['1 new failed result(s) of severity low or higher (not in the baseline)']);
    // Against itself, nothing is new: the gate passes although the example has failures.
    const same = path.join(dir, 'same.json');
    await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--fail-on', 'none', '--report', `json=${same}`]);
    const again = await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--baseline', same, '--fail-on-new']);
    expect(again.exitCode, again.stdout.slice(0, 400)).toBe(0);
    expect((await cli(['audit', EXAMPLE, '--offline', '--now', NOW])).exitCode).toBe(1);
  });

  it('diff prints the same comparison between two saved reports', async () => {
    const dir = tmp();
    const base = await lastYear(dir);
    const now = path.join(dir, 'now.json');
    await cli(['audit', EXAMPLE, '--offline', '--now', NOW, '--fail-on', 'none', '--baseline', base, '--report', `json=${now}`]);
    const text = await cli(['diff', base, now]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^Changes since the baseline/);
    const data = JSON.parse((await cli(['diff', base, now, '--format', 'json'])).stdout);
    const embedded = json(now).baseline!;
    expect(data.score).toEqual(embedded.score);
    expect(data.counts).toEqual(embedded.counts);
    expect(data.resolved).toEqual(embedded.resolved);
    expect(data.new).toContainEqual(expect.objectContaining({ checkId: 'vendors.baa-signed', subject: 'Backblaze', status: 'fail' }));
    expect((await cli(['diff', base, now, '--fail-on-new'])).exitCode).toBe(1);
    expect((await cli(['diff', now, now, '--fail-on-new'])).exitCode).toBe(0);
    // --format markdown, as its help offers: Markdown, not the terminal's text.
    const md = await cli(['diff', base, now, '-f', 'markdown']);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toMatch(/^# Changes from .*last-year\.json to .*now\.json\n/);
    expect(md.stdout).toMatch(/^## New findings \(\d+\)$/m);
    expect(md.stdout).toMatch(/^\| \*\*fail\*\* \| critical \| Backblaze \| vendors\.baa-signed<br>/m);
    expect(md.stdout).not.toContain('Changes since the baseline (');
  });
});

describe('GitHub Actions mode', () => {
  it('writes an annotation per failure and appends the Markdown report to the job summary', async () => {
    const dir = tmp();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const gh = await cli(['audit', EXAMPLE, '--facts', FACTS, '--now', NOW, '--fail-on', 'none', '--report', `json=${path.join(dir, 'r.json')}`], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(gh.exitCode, gh.stderr).toBe(0);
    expect(gh.stdout).toMatch(/^::error file=fixtures\/glow-medspa\/stack\.yaml,line=\d+,col=\d+,title=vendors\.baa-signed \(Required\)::/m);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n')).toBe(true);
    expect(written).toContain('Glow Aesthetics Med Spa');
  });
});

describe('signed reports, end to end', () => {
  it('audit --sign writes <report>.sig; verify exits 0 for the report, 1 when altered or checked against another key, 2 without a signature', async () => {
    const dir = tmp();
    const signer = forgeSigner('Compliance Partners');
    const other = forgeSigner('Someone Else');
    const files = { key: path.join(dir, 'key.pem'), cert: path.join(dir, 'cert.pem'), otherCert: path.join(dir, 'other.pem'), report: path.join(dir, 'report.json') };
    writeFileSync(files.key, signer.key);
    writeFileSync(files.cert, signer.cert);
    writeFileSync(files.otherCert, other.cert);
    const signed = await audit('--report', `json=${files.report}`, '--sign', files.key, '--cert', files.cert);
    expect(signed.exitCode, signed.stderr).toBe(0);
    expect(signed.stderr).toMatch(/wrote .*report\.json, .*report\.json\.sig: score/);
    expect(readFileSync(`${files.report}.sig`, 'utf8')).toMatch(/^-----BEGIN PKCS7-----/);

    const ok = await cli(['verify', files.report, '--cert', files.cert]);
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/signature valid — signed by .*Compliance Partners/);
    const wrongKey = await cli(['verify', files.report, '--sig', `${files.report}.sig`, '--cert', files.otherCert]);
    expect(wrongKey.exitCode).toBe(1);
    expect(wrongKey.stderr).toMatch(/signature INVALID — signed by another key/);

    const original = readFileSync(files.report, 'utf8');
    const tampered = original.replace('"practice":"Glow Aesthetics Med Spa"', '"practice":"Glow Aesthetics Med Spb"');
    expect(tampered).not.toBe(original);
    writeFileSync(files.report, tampered);
    const altered = await cli(['verify', files.report, '--cert', files.cert]);
    expect(altered.exitCode).toBe(1);
    expect(altered.stderr).toMatch(/signature INVALID — /);

    const missing = await cli(['verify', path.join(dir, 'nope.json')]);
    expect(missing.exitCode).toBe(2);
  });
});
