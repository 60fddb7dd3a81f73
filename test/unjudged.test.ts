// What is not judged, and how much it counts (issue 11, items 6 and 7): the real CLI on a template
// with placeholder addresses, and on a stack whose booking site does not answer (a closed port on
// 127.0.0.1). One cause is one error with its own fix; what it left unknown weighs nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './helpers/sites.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'hipaa-hero.js');
const dir = mkdtempSync(path.join(tmpdir(), 'hh-unjudged-'));
const cli = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1', COLUMNS: '80' }, cwd: dir });

type Json = Record<string, any>;
const read = (file: string): Json => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern.source, 'g')) ?? []).length;


describe('the init template: placeholder addresses', () => {
  let text: string;
  let report: Json;
  let exitCode: number | undefined;

  beforeAll(async () => {
    expect((await cli(['init', '--yes', 'stack.yaml'])).exitCode).toBe(0);
    const r = await cli(['audit', 'stack.yaml', '--now', '2026-12-03', '--report', 'json=template.json', '--report', 'text=template.txt', '--report', 'markdown=template.md', '--report', 'html=template.html']);
    exitCode = r.exitCode;
    report = read('template.json');
    text = readFileSync(path.join(dir, 'template.txt'), 'utf8');
  });

  it('contacts nothing and reports no check error: every check of a placeholder is not judged', () => {
    const endpoints = report.endpoints as Json[];
    expect(endpoints.length).toBeGreaterThan(0);
    for (const e of endpoints) {
      expect(e.placeholder).toMatch(/is a placeholder: \.example names are reserved and never exist$/);
      expect([e.tls.grade, e.headers.grade, e.error]).toEqual([null, null, undefined]);
    }
    expect(report.counts.error).toBe(0);
    const onEndpoints = (report.results as Json[]).filter((r) => endpoints.some((e) => e.url === r.subject));
    const byStatus = new Set(onEndpoints.filter((r) => r.area === 'transport' || r.area === 'web').map((r) => r.status));
    expect([...byStatus]).toEqual(['not_judged']);
    expect(report.counts.not_judged).toBeGreaterThan(20);
  });

  it('gates on what the template really lacks, never on the placeholders', () => {
    expect(exitCode).toBe(1);
    expect(report.gate.reasons.join(' ')).not.toMatch(/error/);
  });

  it('says once that the placeholders were not probed, in every human format, and how much was not judged', () => {
    expect(count(text, /placeholder/)).toBe(1);
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /Not probed: https:\/\/book\.your-practice\.example and https:\/\/www\.your-practice\.example are placeholders \(\.example names are reserved and never exist\)\. Write the practice's real addresses in the stack file to have them tested\./,
    );
    const notJudged = report.counts.not_judged;
    expect(text.replace(/\s+/g, ' ')).toContain(`${notJudged} results were not judged (2 endpoints were not probed): they weigh nothing in the score`);
    for (const file of ['template.md', 'template.html']) {
      const other = readFileSync(path.join(dir, file), 'utf8');
      // Once, besides the scoring formula that the HTML's About section quotes.
      expect(count(other, /are placeholders|is a placeholder/), file).toBe(1);
      expect(other, file).toContain(`${notJudged} results were not judged`);
    }
  });
});

describe('an endpoint that does not answer', () => {
  let url: string;
  let report: Json;
  let offline: Json;
  let stderr: string;

  beforeAll(async () => {
    url = `https://127.0.0.1:${await closedPort()}/`;
    writeFileSync(
      path.join(dir, 'down.yaml'),
      `version: 1\npractice: { name: Local Spa }\nendpoints:\n  - { url: "${url}", name: Booking, phi: true }\n  - { url: "https://www.local-spa.example", phi: false }\n`,
    );
    const r = await cli(['audit', 'down.yaml', '--timeout', '2', '--now', '2026-12-03', '--report', 'json=down.json', '--report', 'sarif=down.sarif']);
    stderr = r.stderr;
    expect(r.exitCode).toBe(1);
    report = read('down.json');
    await cli(['audit', 'down.yaml', '--offline', '--now', '2026-12-03', '--report', 'json=offline.json']);
    offline = read('offline.json');
  });

  it('is one error, from the check that reports it, with a fix about reaching it', () => {
    const errors = (report.results as Json[]).filter((r) => r.status === 'error');
    expect(errors.map((r) => [r.checkId, r.subject])).toEqual([['transport.tls12', url]]);
    expect(errors[0]!.message).toMatch(/connection refused at 127\.0\.0\.1/);
    expect(errors[0]!.remediation).toMatch(new RegExp(`right address.*hipaa-hero probe ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    expect(errors[0]!.remediation).not.toMatch(/TLS 1\.2/);
    expect(report.gate.reasons).toContain('1 check error(s) of severity low or higher');
    expect(stderr).toMatch(/1 check error\(s\)/);
  });

  it('keeps the check\'s own fix as its SARIF rule help, and gives the error\'s fix in the alert', () => {
    const run = read('down.sarif').runs[0];
    const rule = (run.tool.driver.rules as Json[]).find((x) => x.id === 'transport.tls12')!;
    expect(rule.help.text).toMatch(/TLS 1\.2/);
    expect(rule.help.text).not.toMatch(/right address/);
    const alerts = (run.results as Json[]).filter((x) => x.ruleId === 'transport.tls12');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.message.text).toMatch(/Fix: Find out why the probe failed/);
  });

  it('leaves the other checks of it not judged, naming the check that reports why', () => {
    const mine = (report.results as Json[]).filter((r) => r.subject === url && (r.area === 'transport' || r.area === 'web'));
    const notJudged = mine.filter((r) => r.status === 'not_judged');
    expect(notJudged.length).toBeGreaterThan(15);
    expect(mine.length).toBe(notJudged.length + 1);
    for (const r of notJudged) expect(r.message).toMatch(/\(transport\.tls12 reports it\)\.$/);
  });

  it('counts once in the score: as one unknown check, not as twenty failures', () => {
    // Offline nothing is judged on either endpoint; here the one error is the only difference.
    expect(offline.counts.error).toBe(0);
    expect(report.score.value).toBeLessThan(offline.score.value);
    const transport = (report.areas as Json[]).find((a) => a.id === 'transport');
    expect(transport?.score).toBe(0);
    const web = (report.areas as Json[]).find((a) => a.id === 'web');
    expect(web?.score ?? null).toBeNull();
    expect(report.score.scoringVersion).toBe(3);
    expect(report.score.formula).toMatch(/not_judged results .* weigh nothing|and so do not_judged results/);
  });
});
