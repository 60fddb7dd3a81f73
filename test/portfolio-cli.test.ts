// `hipaa-hero portfolio` end to end: the built CLI spawned with execa on real stack files in temp
// folders (copies of the fixtures, renamed and re-dated, one broken), always --offline: no network.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../src/report/read.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const NOW = '2026-11-28';
const GLOW = readFileSync(path.join(root, 'fixtures/glow-medspa/stack.yaml'), 'utf8');
const COMPLIANT = readFileSync(path.join(root, 'fixtures/stacks/compliant.pass.yaml'), 'utf8');

const cli = (args: string[]) =>
  execa('node', [bin, 'portfolio', ...args, '--offline', '--now', NOW], { reject: false, env: { NO_COLOR: '1' }, cwd: root });
const tmp = () => mkdtempSync(path.join(tmpdir(), 'hh-portfolio-cli-'));
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** No stack trace on stderr: errors are one line each. */
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

function rename(yaml: string, from: string, to: string): string {
  const out = yaml.replace(`name: ${from}`, `name: ${to}`);
  if (out === yaml) throw new Error(`the fixture no longer names ${from}`);
  return out;
}

/** A consultant's folder: three practices (one a re-dated copy), a broken file, a YAML file that is not a stack. */
function clients(): string {
  const dir = tmp();
  cpSync(path.join(root, 'fixtures/glow-medspa/evidence'), path.join(dir, 'evidence'), { recursive: true });
  cpSync(path.join(root, 'fixtures/stacks/evidence'), path.join(dir, 'evidence'), { recursive: true });
  writeFileSync(path.join(dir, 'glow.yaml'), GLOW);
  writeFileSync(path.join(dir, 'aurora.yaml'), rename(GLOW, 'Glow Aesthetics Med Spa', 'Aurora Skin & Laser').replace(/trained: 2026-/g, 'trained: 2025-'));
  writeFileSync(path.join(dir, 'clear.yml'), COMPLIANT);
  writeFileSync(path.join(dir, 'broken.yaml'), 'version: 1\npractice:\n  name: [Unclosed\n');
  writeFileSync(path.join(dir, 'ci-config.yaml'), 'jobs: {}\n');
  return dir;
}

describe('hipaa-hero portfolio', () => {
  let dir: string;
  let out: string;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    dir = clients();
    out = path.join(tmp(), 'portfolio');
    run = await cli([dir, '--out', out]);
  });

  it('audits every readable practice, lists the broken file with its error, exits 2', () => {
    expect(run.exitCode).toBe(2);
    noTrace(run.stderr);
    expect(run.stderr).toContain(`${path.join(dir, 'broken.yaml')}:3:9: YAML syntax error`);
    expect(run.stdout).toMatch(/^HIPAA portfolio: 3 practices audited as of 2026-11-28 · 1 stack file could not be read/);
    expect(run.stdout).toMatch(/Aurora Skin & Laser .* D +\d+ +\d+ +\d+ +\d+ +-\n {4}top {2}critical /);
    expect(run.stdout).toContain('Skipped 1 YAML file that is not a stack file');
  });

  it('writes index.json with a row per practice, in file-name order', () => {
    const index = json(path.join(out, 'index.json'));
    expect(index).toMatchObject({ schema: 'hipaa-hero-portfolio', schemaVersion: 1, source: 'audit', counts: { practices: 3, unreadable: 1, gateFailed: 0 } });
    expect(index.practices.map((p: { slug: string }) => p.slug)).toEqual(['aurora-skin-laser', 'clear-skin-studio', 'glow-aesthetics-med-spa']);
    const glow = index.practices[2];
    expect(Object.keys(glow).sort()).toEqual(['auditDate', 'due', 'failures', 'gate', 'grade', 'practice', 'reports', 'score', 'slug', 'stack', 'top', 'trend'].sort());
    expect(glow.trend).toBeNull();
    expect(glow).toMatchObject({ practice: 'Glow Aesthetics Med Spa', stack: path.join(dir, 'glow.yaml'), grade: 'D', auditDate: NOW });
    expect(glow.top).toHaveLength(3);
    expect(glow.due.length).toBeGreaterThan(0);
    expect(glow.due.length).toBeLessThanOrEqual(3);
    for (const d of glow.due) expect(d.days).toBeLessThanOrEqual(90);
    expect(index.practices[1]).toMatchObject({ score: 100, grade: 'A', failures: { critical: 0, high: 0, medium: 0, low: 0 }, top: [] });
    // Re-dated training: the copy fails more than the original.
    expect(index.practices[0].score).toBeLessThan(glow.score);
    expect(index.unreadable).toEqual([{ file: path.join(dir, 'broken.yaml'), error: expect.stringMatching(/broken\.yaml:3:9: YAML syntax error: /) }]);
  });

  it("writes each practice's reports, valid hipaa-hero reports, and the HTML and Markdown index linking them", async () => {
    for (const slug of ['aurora-skin-laser', 'clear-skin-studio', 'glow-aesthetics-med-spa']) {
      const saved = await readReportFile(path.join(out, slug, 'report.json'));
      expect(saved.report.auditDate).toBe(NOW);
      expect(readFileSync(path.join(out, slug, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
      expect(existsSync(path.join(out, slug, 'report.md'))).toBe(true);
    }
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('href="glow-aesthetics-med-spa/report.html"');
    expect(html).toContain('Aurora Skin &amp; Laser');
    expect(html).toContain('broken.yaml:3:9');
    expect(readFileSync(path.join(out, 'index.md'), 'utf8')).toContain('[Clear Skin Studio](clear-skin-studio/report.md)');
  });

  it('gives the same report as audit for the same stack', async () => {
    const file = path.join(tmp(), 'audit.json');
    const audit = await execa('node', [bin, 'audit', path.join(dir, 'glow.yaml'), '--offline', '--now', NOW, '--fail-on', 'none', '--report', `json=${file}`], { reject: false, cwd: root });
    expect(audit.exitCode).toBe(0);
    const a = json(file);
    const p = json(path.join(out, 'glow-aesthetics-med-spa', 'report.json'));
    expect({ ...p, gate: null }).toEqual({ ...a, gate: null });
  });

  it('builds the index from saved reports (one folder down too), without auditing', async () => {
    const reports = tmp();
    mkdirSync(path.join(reports, 'report-glow'));
    cpSync(path.join(out, 'glow-aesthetics-med-spa', 'report.json'), path.join(reports, 'report-glow', 'glow.json'));
    cpSync(path.join(out, 'clear-skin-studio', 'report.json'), path.join(reports, 'clear.json'));
    const to = path.join(tmp(), 'from-reports');
    const r = await execa('node', [bin, 'portfolio', '--from-reports', reports, '--out', to, '--fail-on', 'critical'], { reject: false, cwd: root });
    expect(r.exitCode).toBe(1);
    noTrace(r.stderr);
    const index = json(path.join(to, 'index.json'));
    expect(index).toMatchObject({ source: 'reports', counts: { practices: 2, unreadable: 0, gateFailed: 1 } });
    expect(index.practices.map((p: { practice: string; gate: { passed: boolean }; due: unknown }) => [p.practice, p.gate.passed, p.due])).toEqual([
      ['Clear Skin Studio', true, null],
      ['Glow Aesthetics Med Spa', false, null],
    ]);
    expect((await readReportFile(path.join(to, 'clear-skin-studio', 'report.json'))).report.stack.practice).toBe('Clear Skin Studio');
    writeFileSync(path.join(reports, 'edited.json'), '{"tool":{"name":"hipaa-hero"},"schemaVersion":1}');
    const bad = await execa('node', [bin, 'portfolio', '--from-reports', reports, '--out', to], { reject: false, cwd: root });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/edited\.json:1:1: not a valid hipaa-hero report/);
    expect(json(path.join(to, 'index.json')).counts).toEqual({ practices: 2, unreadable: 1, gateFailed: 0 });
  });
});

describe('hipaa-hero portfolio gates and refusals', () => {
  it('exits 0 when every practice is audited, 1 with --fail-on when one fails the gate', async () => {
    const dir = clients();
    const files = [path.join(dir, 'clear.yml'), path.join(dir, 'glow.yaml')];
    expect((await cli([...files, '--out', path.join(tmp(), 'a')])).exitCode).toBe(0);
    const gated = await cli([...files, '--out', path.join(tmp(), 'b'), '--fail-on', 'critical']);
    expect(gated.exitCode).toBe(1);
    expect(gated.stdout).toMatch(/Clear Skin Studio .* pass\n/);
    expect(gated.stdout).toMatch(/Glow Aesthetics Med Spa .* FAIL\n/);
    expect((await cli([files[0]!, '--out', path.join(tmp(), 'c'), '--fail-on', 'low', '--fail-under', '90'])).exitCode).toBe(0);
  });

  it('gives two practices of the same name their own folders', async () => {
    const dir = clients();
    const out = path.join(tmp(), 'p');
    const r = await cli([path.join(dir, 'glow.yaml'), path.join(dir, 'glow.yaml'), dir, '--out', out, '--concurrency', '1']);
    writeFileSync(path.join(dir, 'glow-copy.yaml'), GLOW);
    const again = await cli([path.join(dir, 'glow.yaml'), path.join(dir, 'glow-copy.yaml'), '--out', out]);
    expect(r.exitCode).toBe(2);
    expect(again.exitCode).toBe(0);
    expect(json(path.join(out, 'index.json')).practices.map((p: { slug: string }) => p.slug)).toEqual(['glow-aesthetics-med-spa', 'glow-aesthetics-med-spa-2']);
  });

  it('replays endpoint facts saved beside a stack as <name>.facts.json', async () => {
    const dir = clients();
    cpSync(path.join(root, 'fixtures/glow-medspa/facts.json'), path.join(dir, 'glow.facts.json'));
    const out = path.join(tmp(), 'p');
    expect((await cli([path.join(dir, 'glow.yaml'), path.join(dir, 'aurora.yaml'), '--out', out])).exitCode).toBe(0);
    const withFacts = json(path.join(out, 'glow-aesthetics-med-spa', 'report.json'));
    const without = json(path.join(out, 'aurora-skin-laser', 'report.json'));
    expect(withFacts.endpoints?.length).toBeGreaterThan(0);
    expect(without.endpoints).toBeUndefined();
  });

  it('refuses an --out that is a file, a missing --out, and a folder with no stack file, in one line each', async () => {
    const dir = clients();
    const file = path.join(tmp(), 'taken');
    writeFileSync(file, 'keep me');
    const r = await cli([dir, '--out', file]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`hipaa-hero: --out ${file}: ${file} is a regular file, not a directory — give a directory for the portfolio (it is created when it does not exist)`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const noOut = await cli([dir]);
    expect(noOut.exitCode).toBe(2);
    expect(noOut.stderr).toMatch(/^hipaa-hero: give the folder to write the portfolio to with --out <dir>/);
    const empty = tmp();
    const none = await cli([empty, '--out', path.join(empty, 'out')]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^hipaa-hero: no stack files in /);
    expect(existsSync(path.join(empty, 'out'))).toBe(false);
    for (const x of [r, noOut, none]) noTrace(x.stderr);
  });

  it('refuses to write a report over an input of the run', async () => {
    const dir = clients();
    // The stack names a document where the portfolio would put a report.
    mkdirSync(path.join(dir, 'clear-skin-studio'));
    writeFileSync(path.join(dir, 'clear-skin-studio', 'report.md'), 'a policy');
    writeFileSync(path.join(dir, 'clear.yml'), COMPLIANT.replace('document: evidence/baa-chartcloud.pdf', 'document: clear-skin-studio/report.md'));
    const r = await cli([path.join(dir, 'clear.yml'), '--out', dir]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/report\.md is a document named in a stack file, an input of this run/);
    expect(readFileSync(path.join(dir, 'clear-skin-studio', 'report.md'), 'utf8')).toBe('a policy');
    noTrace(r.stderr);
  });

  it('refuses a link where a practice folder goes, before auditing anything', async () => {
    const dir = clients();
    const out = tmp();
    const elsewhere = tmp();
    symlinkSync(elsewhere, path.join(out, 'glow-aesthetics-med-spa'));
    const r = await cli([path.join(dir, 'clear.yml'), path.join(dir, 'glow.yaml'), '--out', out]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/glow-aesthetics-med-spa is a symbolic link where a practice's folder goes/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(out)).toEqual(['glow-aesthetics-med-spa']);
    noTrace(r.stderr);
  });

  it('explains itself in --help, with examples', async () => {
    const r = await execa('node', [bin, 'portfolio', '--help'], { reject: false, cwd: root });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('--from-reports <dir>');
    expect(r.stdout).toContain('$ hipaa-hero portfolio clients/ --out portfolio');
  });
});

describe('hipaa-hero portfolio --history', () => {
  const at = (now: string, args: string[]) =>
    execa('node', [bin, 'portfolio', ...args, '--offline', '--now', now], { reject: false, env: { NO_COLOR: '1' }, cwd: root });

  it('records every practice, and the next run shows each one\'s trend in every index format and in its report', async () => {
    const dir = clients();
    const files = [path.join(dir, 'clear.yml'), path.join(dir, 'glow.yaml')];
    const db = path.join(tmp(), 'clients.db');
    const first = path.join(tmp(), 'first');
    const r1 = await at('2026-06-01', [...files, '--out', first, '--history', db]);
    expect(r1.exitCode).toBe(0);
    expect(r1.stdout).toMatch(/Gate {2}Trend\n/);
    expect(r1.stdout.match(/first run\n/g)).toHaveLength(2);
    // Glow's front-desk account gets MFA: its score goes up by the next run.
    writeFileSync(files[1]!, GLOW.replace('shared: true\n    mfa: false', 'shared: true\n    mfa: true'));
    const second = path.join(tmp(), 'second');
    const r2 = await at(NOW, [...files, '--out', second, '--history', db]);
    expect(r2.exitCode).toBe(0);
    noTrace(r2.stderr);
    const index = json(path.join(second, 'index.json'));
    const glow = index.practices.find((p: { practice: string }) => p.practice === 'Glow Aesthetics Med Spa');
    const before = json(path.join(first, 'index.json')).practices.find((p: { practice: string }) => p.practice === 'Glow Aesthetics Med Spa');
    expect(glow.trend).toEqual({ runs: 2, previous: { date: '2026-06-01', score: before.score, grade: before.grade }, change: Math.round((glow.score - before.score) * 10) / 10 });
    expect(glow.trend.change).not.toBe(0);
    const word = `${glow.trend.change > 0 ? '+' : '-'}${Math.abs(glow.trend.change).toFixed(1)} since 2026-06-01`;
    expect(r2.stdout).toContain(word);
    expect(readFileSync(path.join(second, 'index.md'), 'utf8')).toContain(`| ${word} |`);
    expect(readFileSync(path.join(second, 'index.html'), 'utf8')).toContain(`<td>${word}</td>`);
    // Each practice's own report carries its history too (the HTML report draws it).
    const report = (await readReportFile(path.join(second, 'glow-aesthetics-med-spa', 'report.json'))).report;
    expect(report.history?.map((h) => h.date)).toEqual(['2026-06-01', NOW]);
    // Four runs in the database, two per practice.
    const listed = await execa('node', [bin, 'history', db, '--format', 'json'], { reject: false, cwd: root });
    expect(listed.exitCode).toBe(0);
    expect(JSON.parse(listed.stdout).runs).toHaveLength(4);
  });

  it('refuses --history with --from-reports, and a history file that is one of the stacks', async () => {
    const r = await execa('node', [bin, 'portfolio', '--from-reports', tmp(), '--out', tmp(), '--history', path.join(tmp(), 'h.db')], { reject: false, cwd: root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/drop --history with --from-reports/);
    const dir = clients();
    const stack = path.join(dir, 'clear.yml');
    const r2 = await at(NOW, [stack, '--out', path.join(tmp(), 'x'), '--history', stack]);
    expect(r2.exitCode).toBe(2);
    noTrace(r2.stderr);
    expect(readFileSync(stack, 'utf8')).toBe(COMPLIANT);
  });
});
