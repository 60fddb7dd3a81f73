// `hipaa-hero attest`: the built CLI answered on a pseudo-terminal by keystrokes; the answers land in
// the stack file with every other byte (comments, spacing) unchanged, validate, and change the audit.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attestationItems } from '../checks/index.js';
import { openItems } from '../src/report/open-items.js';
import type { Report } from '../src/report/schema.js';
import { KEY, spawnPty } from './helpers/pty.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const GLOW = path.join(root, 'fixtures/glow-medspa');
const NOW = '2026-11-28';
const { enter, down, ctrlC, ctrlU } = KEY;

let dir: string;
let stackFile: string;
let original: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hh-attest-cli-'));
  cpSync(GLOW, dir, { recursive: true });
  stackFile = path.join(dir, 'stack.yaml');
  // The example without its attestations: every item starts unanswered.
  const example = await readFile(stackFile, 'utf8');
  original = example.slice(0, example.indexOf('\n# ── Attestations'));
  expect(original.length).toBeGreaterThan(1000);
  await writeFile(stackFile, original);
  await chmod(stackFile, 0o644);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const attest = (...args: string[]) => spawnPty([process.execPath, bin, 'attest', 'stack.yaml', '--now', NOW, ...args], { cwd: dir });
const cli = (...args: string[]) => execa('node', [bin, ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1' }, stdin: 'ignore' });
async function auditJson(): Promise<Report> {
  const r = await cli('audit', 'stack.yaml', '--offline', '--now', NOW, '--format', 'json', '--fail-on', 'none');
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}
const CURSOR = /❯ (Yes|Partly|No|Not applicable|An equivalent alternative|A documented alternative|Skip for now|Stop here)\n/g;
/** Moves the answer cursor down to `label`, one key at a time (waiting for each redraw), and picks it. */
async function pick(run: ReturnType<typeof attest>, label: string): Promise<void> {
  await run.expect(CURSOR);
  for (let moves = 0; moves < 7; moves++) {
    const at = [...run.output().matchAll(CURSOR)].pop()?.[1];
    if (at === label) {
      run.send(enter);
      return;
    }
    run.send(down);
    await run.expect(CURSOR);
  }
  throw new Error(`no answer '${label}' on offer:\n${run.output().slice(-2000)}`);
}
const item = (citation: string) => attestationItems.find((i) => i.citation === citation)!;

describe('hipaa-hero attest on a terminal', () => {
  it('asks the named items with their citation and explanation, and writes the answers into the file, changing nothing else', async () => {
    const disposal = item('164.310(d)(2)(i)');
    const accountability = item('164.310(d)(2)(iii)');
    const run = attest('--only', disposal.citation, '--only', accountability.id);
    await run.steps([
      { expect: '2 item(s) to answer for Glow Aesthetics Med Spa' },
      // The privacy officer named in the stack file is the default.
      { expect: 'Who is attesting?', send: enter },
      { expect: `1 of 2 · ${disposal.citation} (required) · high` },
      { expect: disposal.explain.slice(0, 30) },
      { expect: disposal.question.slice(0, 40) },
    ]);
    await pick(run, 'Yes');
    await run.steps([
      { expect: 'Evidence file', send: 'evidence/nope.pdf' + enter },
      { expect: 'No file at evidence/nope.pdf', send: ctrlU + 'evidence/baa-boulevard.pdf' + enter },
      { expect: 'Note (Enter for none)', send: 'Shred bin emptied monthly' + enter },
      { expect: `2 of 2 · ${accountability.citation} (addressable) · medium` },
    ]);
    await pick(run, 'An equivalent alternative');
    await run.steps([
      { expect: 'Evidence file', send: enter },
      { expect: 'Describe the equivalent measure', send: enter },
      { expect: 'Give the measure', send: 'Devices are listed in the MDM inventory' + enter },
    ]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('Wrote 2 attestation(s) to stack.yaml (1 yes, 1 alternative).');
    const updated = await readFile(stackFile, 'utf8');
    // Every byte of the file as it was, comments included, then the new section.
    expect(updated.startsWith(original)).toBe(true);
    expect(updated.slice(original.length)).toBe(
      '\n# Answers for the checklist items no file or probe can prove (written by hipaa-hero attest).\n' +
        'attestations:\n' +
        `  "164.310(d)(2)(i)":\n    answer: "yes"\n    by: Dana Reyes, Practice Manager\n    date: ${NOW}\n    evidence: evidence/baa-boulevard.pdf\n    note: Shred bin emptied monthly\n` +
        `  "164.310(d)(2)(iii)":\n    answer: alternative\n    by: Dana Reyes, Practice Manager\n    date: ${NOW}\n    note: Devices are listed in the MDM inventory\n`,
    );
    // The file keeps its permissions.
    expect((await stat(stackFile)).mode & 0o777).toBe(0o644);
    expect((await cli('validate', 'stack.yaml')).exitCode).toBe(0);
    const report = await auditJson();
    const disposed = report.results.find((r) => r.checkId === disposal.id)!;
    expect(disposed.status).toBe('pass');
    const pdf = await readFile(path.join(dir, 'evidence/baa-boulevard.pdf'));
    expect(disposed.attestation?.evidence?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(report.results.find((r) => r.checkId === accountability.id)!.status).toBe('alternative');
  });

  it('walks the unanswered items in order; skip leaves one unanswered; "Stop here" keeps the answers given', async () => {
    const run = attest('--by', 'Sam Ortiz, Security Officer');
    await run.steps([
      { expect: /(\d+) items await a person's answer for .*\((\d+) unanswered, 0 older than 12 months\)/ },
      { expect: '1 of ' },
    ]);
    await pick(run, 'No');
    await run.steps([{ expect: 'Note (Enter for none)', send: enter }, { expect: '2 of ' }]);
    await pick(run, 'Skip for now');
    await run.expect('3 of ');
    await pick(run, 'Stop here');
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('Wrote 1 attestation(s) to stack.yaml (1 no). Stopped early: run attest again for the rest.');
    const report = await auditJson();
    const answered = report.results.filter((r) => r.attestation);
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ status: 'fail', attestation: { answer: 'no', by: 'Sam Ortiz, Security Officer', date: NOW } });
  });

  it('keeps the answers already given when Ctrl-C ends the interview', async () => {
    const run = attest('--by', 'Sam Ortiz');
    await run.steps([
      { expect: '1 of ' },
    ]);
    await pick(run, 'Yes');
    await run.steps([
      { expect: 'Evidence file', send: enter },
      { expect: 'Note (Enter for none)', send: enter },
      { expect: '2 of ' },
      { expect: CURSOR, send: ctrlC },
    ]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('Wrote 1 attestation(s) to stack.yaml (1 yes). Stopped early');
    expect((await cli('validate', 'stack.yaml')).exitCode).toBe(0);
  });

  it('asks again about a stale attestation, replacing its entry in place', async () => {
    const stale =
      original +
      '\nattestations:\n' +
      '  # Last year\'s walk-through.\n' +
      '  "164.310(a)(1)": { answer: "yes", by: Dana Reyes, date: 2025-06-01 }\n' +
      '  "164.310(b)":    # kept as is\n    answer: "yes"\n    by: Dana Reyes\n    date: 2026-06-01\n';
    await writeFile(stackFile, stale);
    const run = attest('--by', 'Dana Reyes', '--only', '164.310(a)(1)');
    await run.steps([
      { expect: 'On file: yes by Dana Reyes on 2025-06-01' },
    ]);
    await pick(run, 'Partly');
    await run.steps([
      { expect: 'Evidence file', send: enter },
      { expect: 'Note (Enter for none)', send: enter },
    ]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(await readFile(stackFile, 'utf8')).toBe(
      original +
        '\nattestations:\n' +
        "  # Last year's walk-through.\n" +
        `  "164.310(a)(1)":\n    answer: partial\n    by: Dana Reyes\n    date: ${NOW}\n` +
        '  "164.310(b)":    # kept as is\n    answer: "yes"\n    by: Dana Reyes\n    date: 2026-06-01\n',
    );
  });

  it('writes nothing when the file changed while the questions were asked, and prints the answers instead', async () => {
    const run = attest('--by', 'Dana Reyes', '--only', '164.310(b)');
    await pick(run, 'Yes');
    await run.steps([{ expect: 'Evidence file', send: enter }, { expect: 'Note (Enter for none)' }]);
    const edited = original.replace('# ', '# edited elsewhere: ');
    await writeFile(stackFile, edited);
    run.send(enter);
    const { exitCode, output } = await run.done();
    expect(exitCode).toBe(2);
    expect(output).toContain('stack.yaml:1:1: the file changed while the questions were asked, so nothing was written');
    expect(output).toContain('"164.310(b)":\n    answer: "yes"\n    by: Dana Reyes');
    expect(await readFile(stackFile, 'utf8')).toBe(edited);
  });
});

describe('hipaa-hero attest for an addressable specification that only automated checks test', () => {
  it('offers only a documented alternative, writes it under the citation, and the audit shows the failures as alternative', async () => {
    const before = (await auditJson()).results.find((r) => r.checkId === 'encryption.at-rest' && r.subject === 'Front desk PC')!;
    expect(before.status).toBe('waived');
    const run = attest('--only', '164.312(a)(2)(iv)');
    await run.steps([
      { expect: '1 item(s) to answer for Glow Aesthetics Med Spa' },
      { expect: 'Who is attesting?', send: enter },
      { expect: '1 of 1 · 164.312(a)(2)(iv) (addressable)' },
      { expect: 'Addressable: automated checks (backups.encrypted, encryption.at-rest) test' },
    ]);
    await pick(run, 'A documented alternative');
    await run.steps([
      { expect: 'Evidence file', send: enter },
      { expect: 'Describe the equivalent measure', send: 'The PC sits in a locked room and holds only the day schedule' + enter },
    ]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(output).not.toMatch(/Partly|Not applicable/);
    expect(await readFile(stackFile, 'utf8')).toContain('  "164.312(a)(2)(iv)":\n    answer: alternative\n');
    // The waiver still matches first in the example; without it the failure shows as the alternative.
    await writeFile(stackFile, (await readFile(stackFile, 'utf8')).replace(/^waivers:\n(?: .*\n|\n)*?(?=\S)/m, ''));
    const after = (await auditJson()).results.find((r) => r.checkId === 'encryption.at-rest' && r.subject === 'Front desk PC')!;
    expect(after.status).toBe('alternative');
    expect(after.attestation).toMatchObject({ key: '164.312(a)(2)(iv)', answer: 'alternative' });
  });
});

describe('hipaa-hero attest without questions to ask', () => {
  it('needs a terminal to ask: exit 2 and a one-line reason', async () => {
    const r = await cli('attest', 'stack.yaml', '--now', NOW);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^hipaa-hero: attest asks questions and needs a terminal; 74 items await a person's answer in stack\.yaml \(counted once per check: .*\) — /);
    // The same number, by the same definition, as the audit reports print.
    expect(openItems(await auditJson())).toHaveLength(74);
    expect((await cli('audit', 'stack.yaml', '--now', NOW, '--offline')).stdout.replace(/\s+/g, ' ')).toContain("74 items await a person's answer");
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an --only that names nothing attestable, with a suggestion', async () => {
    const r = await cli('attest', 'stack.yaml', '--only', 'physical.media-disposl');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("hipaa-hero: --only 'physical.media-disposl' is neither the citation of an attestation item nor a check id — did you mean 'physical.media-disposal'?");
  });

  it('has nothing to do when every item is answered and current', async () => {
    const lines = attestationItems.map((i) => `  "${i.citation}": { answer: "yes", by: Dana Reyes, date: 2026-06-01 }`);
    lines.push('  backups.coverage: { answer: "yes", by: Dana Reyes, date: 2026-06-01, note: Boulevard backs it up under the BAA }');
    await writeFile(stackFile, `${original}\nattestations:\n${lines.join('\n')}\n`);
    const r = await cli('attest', 'stack.yaml', '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('stack.yaml: nothing to attest — every item is answered and less than 12 months old. Use --only <citation> to answer one again.');
  });

  it('reports an invalid stack file as the loader does (exit 2, file:line:col)', async () => {
    await writeFile(stackFile, 'version: 1\npractice: {name: X}\nattestations:\n  "164.310(b)": { answer: maybe, by: X, date: 2026-01-01 }\n');
    const r = await cli('attest', 'stack.yaml');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^stack\.yaml:4:27: 'answer' is 'maybe', not an accepted value/);
  });
});
