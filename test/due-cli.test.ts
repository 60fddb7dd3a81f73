// `hipaa-hero due` end to end: the built CLI spawned with execa on real stack files (copies of the
// fixtures with dates moved), never on the network (--offline or --facts in every run).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/engine/days.js';
import { compliantCopy, NOW, root } from './fixtures/due/stacks.js';

const bin = path.join(root, 'bin/hipaa-hero.js');
const GLOW = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const GLOW_FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const cli = (args: string[]) => execa('node', [bin, 'due', ...args], { reject: false, env: { NO_COLOR: '1' }, cwd: root });

/** The compliant stack with VaultBackup's BAA expiring 40 days after NOW. */
const expiresIn40 = () => compliantCopy((y) => y.replace('expires: 2028-01-10', `expires: ${addDays(NOW, 40)}`));

type Json = Record<string, any>;
const json = async (args: string[]): Promise<Json> => {
  const r = await cli([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as Json;
};

/** The VEVENTs of an iCalendar text, read by a real parser. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as any[]);
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate, end: event.endDate };
  });
}

describe('hipaa-hero due', () => {
  it('lists a BAA expiring in 40 days in text that fits 80 columns, overdue first', async () => {
    const file = expiresIn40();
    const r = await cli([file, '--offline', '--now', NOW]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`What falls due for Clear Skin Studio: ${NOW} to ${addDays(NOW, 90)} (90 days)`);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    const overdue = lines.indexOf('Overdue (1):');
    const coming = lines.indexOf(`Coming due by ${addDays(NOW, 90)} (1):`);
    expect(overdue).toBeGreaterThan(0);
    expect(coming).toBeGreaterThan(overdue);
    expect(lines[overdue + 2]).toBe(`  ${addDays(NOW, -20)}  WARN  BAA with VaultBackup is due for renewal`);
    expect(lines[coming + 2]).toBe(`  ${addDays(NOW, 41)}  FAIL  BAA with VaultBackup expires`);
    expect(lines[coming + 3]).toBe('              in 41 days · vendors.baa-expired · critical · required · was pass');
    expect(r.stdout).toMatch(new RegExp(`At ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
  });

  it('says so when nothing is due, and exits 0 even with --fail-on-overdue', async () => {
    const r = await cli([compliantCopy(), '--offline', '--now', NOW, '--fail-on-overdue']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`Nothing is overdue, and nothing falls due by ${addDays(NOW, 90)}.`);
  });

  it('--fail-on-overdue exits 1 when something is overdue', async () => {
    const r = await cli([expiresIn40(), '--offline', '--now', NOW, '--fail-on-overdue']);
    expect(r.exitCode).toBe(1);
  });

  it('writes JSON of a stable shape', async () => {
    const list = await json([expiresIn40(), '--offline', '--now', NOW, '--within', '60d']);
    expect(Object.keys(list)).toEqual(['schemaVersion', 'tool', 'practice', 'stack', 'now', 'horizon', 'withinDays', 'lookback', 'counts', 'items', 'notes']);
    expect(list).toMatchObject({ schemaVersion: 1, tool: { name: 'hipaa-hero' }, practice: 'Clear Skin Studio', now: NOW, horizon: addDays(NOW, 60), withinDays: 60, counts: { overdue: 1, coming: 1 } });
    expect(list.lookback).toBe('2020-11-28');
    expect(Object.keys(list.items[1])).toEqual(['date', 'days', 'overdue', 'status', 'was', 'checkId', 'kind', 'title', 'severity', 'obligation', 'subject', 'message', 'fix', 'location']);
    expect(list.items[1]).toMatchObject({ date: addDays(NOW, 41), days: 41, overdue: false, status: 'fail', was: 'pass', checkId: 'vendors.baa-expired', kind: 'automated', subject: 'VaultBackup' });
    expect(list.items[1].location).toMatchObject({ pointer: '/vendors/1/baa/expires', line: expect.any(Number), column: expect.any(Number) });
    expect(list.notes).toEqual([expect.stringMatching(/^Certificate expiries are not included/)]);
  });

  it('lists certificate expiries from --facts', async () => {
    const facts = JSON.parse(readFileSync(GLOW_FACTS, 'utf8')) as Json;
    const url = 'https://book.glow-medspa.example';
    const expires = (facts.endpoints[url].certificate.chain[0].validTo as string).slice(0, 10);
    const now = addDays(expires, -40);
    const list = await json([GLOW, '--facts', GLOW_FACTS, '--now', now, '--within', '60d']);
    const forUrl = list.items.filter((i: Json) => i.subject === url).map((i: Json) => [i.checkId, i.date, i.status]);
    expect(forUrl).toEqual(expect.arrayContaining([['transport.cert-expiring', addDays(expires, -30), 'warn'], ['transport.cert-expired', addDays(expires, 1), 'fail']]));
    expect(list.notes).toEqual([]);
  });

  it('writes an iCalendar file with -o: one all-day event per item, read back by a real parser', async () => {
    const file = expiresIn40();
    const out = path.join(path.dirname(file), 'due.ics');
    const r = await cli([file, '--offline', '--now', NOW, '--format', 'ics', '-o', out]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`hipaa-hero: wrote ${out}: 1 overdue, 1 coming due by ${addDays(NOW, 90)}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const ics = readFileSync(out, 'utf8');
    expect(ics).toContain('\r\n');
    const list = await json([file, '--offline', '--now', NOW]);
    const parsed = events(ics);
    expect(parsed).toHaveLength(list.items.length);
    parsed.forEach((event, i) => {
      const item = list.items[i];
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(item.date);
      expect(event.end.toString()).toBe(addDays(item.date, 1));
      expect(event.uid).toMatch(/^[0-9a-f]{40}@hipaa-hero$/);
      expect(event.description).toContain(item.message);
      expect(event.description).toContain(`Fix: ${item.fix}`);
    });
    expect(parsed[1]!.summary).toBe('BAA with VaultBackup expires — vendors.baa-expired');
  });

  it('gives the same event the same UID run after run, so that importing again updates it', async () => {
    const file = expiresIn40();
    const run = async (now: string) => {
      const r = await cli([file, '--offline', '--now', now, '--format', 'ics']);
      expect(r.exitCode).toBe(0);
      return new Map(events(r.stdout).map((e) => [e.summary, e.uid]));
    };
    const first = await run(NOW);
    const again = await run(NOW);
    // Three days on, the same two items are listed (nothing else enters the window yet).
    const later = await run(addDays(NOW, 3));
    expect(again).toEqual(first);
    expect(later).toEqual(first);
    // The warning and the failure of one vendor are two events.
    expect(new Set(first.values()).size).toBe(2);
  });

  it('writes Markdown tables', async () => {
    const r = await cli([expiresIn40(), '--offline', '--now', NOW, '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^# What falls due: Clear Skin Studio\n/);
    expect(r.stdout).toContain('## Overdue\n');
    expect(r.stdout).toMatch(new RegExp(`\\| ${addDays(NOW, 41)} \\| in 41 days \\| \\*\\*FAIL\\*\\* \\| BAA with VaultBackup expires<br>\`vendors.baa-expired\``));
  });

  it('refuses a bad --within in one line, exit 2', async () => {
    for (const bad of ['12w', '90', '0d']) {
      const r = await cli([compliantCopy(), '--offline', '--within', bad]);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`hipaa-hero: --within '${bad}' is not a window of days — write <n>d with n from 1 to 3660, e.g. --within 90d`);
    }
  });

  it('reports a bad stack file as file:line:col, exit 2, and refuses to write over an input', async () => {
    const file = compliantCopy((y) => y.replace('expires: 2028-01-10', 'expires: 2028-13-45'));
    const r = await cli([file, '--offline']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .* — `));
    const good = compliantCopy();
    const before = readFileSync(good, 'utf8');
    const over = await cli([good, '--offline', '-o', good]);
    expect(over.exitCode).toBe(2);
    expect(over.stderr).toMatch(/is the stack file, an input of this run/);
    expect(readFileSync(good, 'utf8')).toBe(before);
  });

  it('accepts waivers naming --checks ids, and says that those checks are not run', async () => {
    const file = compliantCopy((y) => `${y}\nwaivers:\n  - check: access.plugin-a\n    subject: everything\n    reason: A plugin's finding\n    approved_by: Ben Cho\n    expires: ${addDays(NOW, 10)}\n`);
    const plugins = path.join(path.dirname(file), 'checks');
    mkdirSync(plugins);
    const meta = `{ id: 'access.plugin-a', title: 'A plugin check', area: 'access', severity: 'low', hipaa: ['164.312(b)'], obligation: 'practice', basis: 'The practice policy', rationale: 'Why.', remediation: 'What to do.', needs: ['stack'] }`;
    writeFileSync(path.join(plugins, 'a.mjs'), `export default { meta: ${meta}, run: () => [{ status: 'fail', subject: 'everything', message: 'Fails.' }] };`);
    const list = await json([file, '--offline', '--now', NOW, '--checks', plugins]);
    expect(list.items.map((i: Json) => [i.checkId, i.date])).toEqual([['governance.waivers-current', addDays(NOW, 11)]]);
    expect(list.notes).toContain('The 1 check loaded with --checks is not included: due runs the built-in checks only.');
    const without = await cli([file, '--offline', '--now', NOW]);
    expect(without.exitCode).toBe(2);
    expect(without.stderr).toMatch(/access\.plugin-a/);
  });

  it('has help with examples', async () => {
    const r = await execa('node', [bin, 'due', '--help'], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('--within <days>');
    expect(r.stdout).toContain('$ hipaa-hero due stack.yaml --facts facts.json --format ics -o hipaa-due.ics');
    const top = await execa('node', [bin, '--help'], { reject: false });
    expect(top.stdout).toMatch(/\n {2}due \[options\] <file>/);
  });
});
