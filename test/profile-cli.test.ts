// `--profile proposed-2025` end to end: the built CLI on the bundled example, replaying its saved
// facts (no network). The default profile never runs a proposal's checks and its report does not
// change; the proposal's results are marked as proposed (not law) in every format, scored in their
// own area only, left out of the checklist, and gated like any result.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { PROPOSED_2025 } from '../src/engine/profiles.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/hipaa-hero.js');
const GLOW = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const NOW = '2026-11-28';
const run = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1' }, cwd: root });
const audit = (args: string[]) => run(['audit', GLOW, '--facts', FACTS, '--now', NOW, ...args]);

type Json = Record<string, any>;
async function jsonReport(args: string[]): Promise<Json> {
  const r = await audit([...args, '--format', 'json', '--fail-on', 'none']);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

describe('--profile proposed-2025', () => {
  it('adds the proposal checks, marked proposed, without changing the overall score or the checklist', async () => {
    const [current, proposed] = await Promise.all([jsonReport([]), jsonReport(['--profile', 'proposed-2025'])]);
    expect(current.profile).toBeUndefined();
    expect(current.results.some((r: Json) => r.obligation === 'proposed' || r.area === 'proposed')).toBe(false);
    expect(current.areas.map((a: Json) => a.id)).not.toContain('proposed');
    expect(current.score.formula).not.toMatch(/proposed/);

    const ours = proposed.results.filter((r: Json) => r.area === 'proposed');
    expect(new Set(ours.map((r: Json) => r.checkId)).size).toBe(9);
    expect(ours.every((r: Json) => r.obligation === 'proposed' && r.checkId.startsWith('proposed.'))).toBe(true);
    // The example records none of what the proposal asks for by name: its scans, tests and inventory fail.
    expect(ours.filter((r: Json) => r.checkId === 'proposed.vulnerability-scan').map((r: Json) => r.status)).toEqual(['fail']);

    // The law's part of the report is the same, result for result.
    const law = proposed.results.filter((r: Json) => r.area !== 'proposed');
    expect(law).toEqual(current.results);
    expect(proposed.score.value).toBe(current.score.value);
    expect(proposed.score.grade).toBe(current.score.grade);
    expect(proposed.score.formula).toMatch(/never count in the overall score/);
    expect(proposed.checklist).toEqual(current.checklist);
    for (const row of proposed.checklist) expect(row.checks.some((id: string) => id.startsWith('proposed.'))).toBe(false);

    // Its own area score, which is lower than the law's here.
    const area = proposed.areas.find((a: Json) => a.id === 'proposed');
    expect(area.title).toBe('Proposed Security Rule (2025), not law');
    expect(area.score).toBeLessThan(proposed.score.value);

    expect(proposed.profile).toMatchObject({ id: 'proposed-2025', proposal: { citation: '90 FR 898', published: '2025-01-06', rin: '0945-AA22', checked: PROPOSED_2025.checked } });
    expect(proposed.profile.notice).toMatch(/not HIPAA requirements/);
  });

  it('gates on the proposal only when asked for it', async () => {
    // The example fails no high-severity check of the law that --facts cannot see… so compare the gate reasons.
    const current = await audit(['--format', 'json', '--fail-on', 'high']);
    const proposed = await audit(['--format', 'json', '--fail-on', 'high', '--profile', 'proposed-2025']);
    const reasons = (r: { stdout: string }) => (JSON.parse(r.stdout) as Json).gate.reasons.join(' ');
    const count = (s: string) => Number(/(\d+) failed result/.exec(s)?.[1] ?? 0);
    expect(count(reasons(proposed))).toBeGreaterThan(count(reasons(current)));
    expect(proposed.exitCode).toBe(1);
  });

  it('says so in every format: text, Markdown, HTML, SARIF and JUnit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-profile-'));
    const at = (name: string) => path.join(dir, name);
    const r = await audit([
      '--profile', 'proposed-2025', '--fail-on', 'none',
      '--report', `text=${at('r.txt')}`, '--report', `markdown=${at('r.md')}`, '--report', `html=${at('r.html')}`,
      '--report', `sarif=${at('r.sarif')}`, '--report', `junit=${at('r.xml')}`,
    ]);
    expect(r.exitCode).toBe(0);
    const text = readFileSync(at('r.txt'), 'utf8');
    expect(text).toMatch(/Profile proposed-2025/);
    expect(text).toMatch(/Proposed rule \(not law\)/);
    expect(text).toMatch(/in force, which the proposal would change: 45 CFR/);
    expect(text).not.toMatch(/HIPAA requires this \(Proposed/);
    const md = readFileSync(at('r.md'), 'utf8');
    expect(md).toMatch(/> \*\*Proposed rule \(not law\):\*\* Profile proposed-2025/);
    expect(md).toMatch(/Proposed rule \(not law\)/);
    const html = readFileSync(at('r.html'), 'utf8');
    expect(html).toMatch(/aria-label="Proposed rule"><strong>Proposed rule, not law\.<\/strong>/);
    expect(html).toMatch(/Proposed, not law/);
    const sarif = JSON.parse(readFileSync(at('r.sarif'), 'utf8')) as Json;
    const sRun = sarif.runs[0];
    expect(sRun.properties.profile).toBe('proposed-2025');
    const mfaRule = sRun.tool.driver.rules.find((x: Json) => x.id === 'proposed.mfa');
    expect(mfaRule.properties.tags).toEqual(expect.arrayContaining(['proposed-rule', 'not-law']));
    expect(mfaRule.properties.obligation).toBe('proposed');
    expect(mfaRule.help.text).toMatch(/Proposed, not law/);
    expect(mfaRule.help.text).not.toMatch(/^HIPAA:/m);
    const proposedResults = sRun.results.filter((x: Json) => x.ruleId.startsWith('proposed.'));
    expect(proposedResults.length).toBeGreaterThan(0);
    for (const x of proposedResults) expect(x.message.text).toMatch(/^Proposed rule, not law: /);
    for (const x of sRun.results.filter((y: Json) => !y.ruleId.startsWith('proposed.'))) expect(x.message.text).not.toMatch(/Proposed rule, not law/);
    const xml = readFileSync(at('r.xml'), 'utf8');
    expect(xml).toMatch(/<testsuite name="Proposed Security Rule \(2025\), not law"/);
    expect(xml).toMatch(/<property name="obligation" value="proposed"\/>/);
    expect(xml).toMatch(/Proposed, not law/);
  });

  it('leaves the default reports untouched in every format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-profile-'));
    const md = path.join(dir, 'r.md');
    const r = await audit(['--fail-on', 'none', '--report', `markdown=${md}`, '--profile', 'current']);
    expect(r.exitCode).toBe(0);
    const plain = await audit(['--fail-on', 'none', '--format', 'markdown']);
    expect(readFileSync(md, 'utf8').trimEnd()).toBe(plain.stdout.trimEnd());
    expect(plain.stdout).not.toMatch(/[Pp]roposed rule \(not law\)|proposed\./);
  });

  it('refuses an unknown profile with the choices, exit 2, before anything is read', async () => {
    const r = await audit(['--profile', 'proposed-2024']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("error: option '--profile <name>' argument 'proposed-2024' is invalid. Allowed choices are current, proposed-2025.");
    expect(r.stdout).toBe('');
  });
});

describe('diff across profiles', () => {
  it('says the reports were written with different profiles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-profile-'));
    const [a, b] = [path.join(dir, 'a.json'), path.join(dir, 'b.json')];
    await audit(['--fail-on', 'none', '--report', `json=${a}`]);
    await audit(['--fail-on', 'none', '--report', `json=${b}`, '--profile', 'proposed-2025']);
    const r = await run(['diff', a, b, '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      "hipaa-hero: note: the reports were written with different profiles (current, then proposed-2025): the proposed rule's checks show as new or resolved, not as changes in the practice",
    );
    const same = await run(['diff', a, a, '--format', 'json']);
    expect(same.stderr).toBe('');
  });
});

describe('checks and due with --profile', () => {
  it('lists the proposal checks only with the profile, and says how many are left out', async () => {
    const plain = await run(['checks']);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).not.toMatch(/^proposed\./m);
    expect(plain.stdout).toMatch(/9 more checks of the proposed Security Rule \(not law\) run only with --profile proposed-2025/);
    const withProfile = await run(['checks', '--profile', 'proposed-2025']);
    expect(withProfile.stdout).toMatch(/^proposed\.mfa +high +Proposed rule \(not law\)/m);
    expect(withProfile.stdout).toMatch(/9 what the proposed Security Rule of January 2025 would require \(not law\)/);
    const json = JSON.parse((await run(['checks', '--format', 'json'])).stdout) as Json[];
    expect(json.some((c) => c.obligation === 'proposed')).toBe(false);
  });

  it('shows a proposal check with the proposal status and the day it was checked', async () => {
    const r = await run(['checks', 'show', 'proposed.vulnerability-scan']);
    expect(r.exitCode).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Obligation: Proposed rule \(not law\)/);
    expect(flat).toMatch(/HIPAA does not require it today/);
    expect(flat).toContain(`as checked on ${PROPOSED_2025.checked}`);
    expect(flat).toMatch(/It runs only with --profile proposed-2025/);
    expect(flat).toMatch(/HIPAA in force that the proposal would change/);
  });

  it('dates what the proposal would ask for only with the profile', async () => {
    // The compliant fixture records the proposal's scans, tests and reviews: each falls due within a year.
    const compliant = path.join(root, 'fixtures/stacks/compliant.pass.yaml');
    const list = async (extra: string[]) => {
      const r = await run(['due', compliant, '--offline', '--now', NOW, '--format', 'json', '--within', '365d', ...extra]);
      expect(r.exitCode).toBe(0);
      return (JSON.parse(r.stdout) as Json).items as Json[];
    };
    const [plain, withProfile] = await Promise.all([list([]), list(['--profile', 'proposed-2025'])]);
    expect(plain.some((i) => i.checkId.startsWith('proposed.'))).toBe(false);
    const ours = withProfile.filter((i) => i.checkId.startsWith('proposed.'));
    expect(ours.map((i) => i.checkId)).toEqual(expect.arrayContaining(['proposed.vulnerability-scan', 'proposed.penetration-test', 'proposed.compliance-audit']));
    expect(ours.find((i) => i.checkId === 'proposed.vulnerability-scan')!.date).toBe('2027-03-02');
    expect(ours.every((i) => i.obligation === 'proposed')).toBe(true);
    // Everything else is the same list.
    expect(withProfile.filter((i) => !i.checkId.startsWith('proposed.'))).toEqual(plain);
  });

  it('accepts a waiver that names a proposal check under either profile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-profile-'));
    const file = path.join(dir, 'stack.yaml');
    const text = readFileSync(GLOW, 'utf8').replace(
      /^waivers:\n/m,
      'waivers:\n  - check: proposed.penetration-test\n    subject: Penetration test\n    reason: Booked for January\n    approved_by: Dana Reyes\n    expires: 2027-02-01\n',
    );
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    expect((await run(['validate', file])).exitCode).toBe(0);
    const r = await run(['audit', file, '--offline', '--now', NOW, '--format', 'json', '--fail-on', 'none', '--profile', 'proposed-2025']);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.results.find((x: Json) => x.checkId === 'proposed.penetration-test').status).toBe('waived');
  });
});
