// Inputs that are not what they claim, through the built CLI and the gather step: documents that are
// directories, devices, FIFOs, huge, unnamable or outside the stack's folder, and every other file
// the command line names given a FIFO, a device or too many bytes. Each case names its brief item.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { gatherDocuments } from '../src/gather/documents.js';
import type { Report } from '../src/report/schema.js';
import type { Stack } from '../src/stack/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const COMPLIANT = path.join(root, 'fixtures/stacks/compliant.pass.yaml');
const NOW = '2026-11-28';
const DOCS = ['baa-chartcloud', 'baa-vaultbackup', 'policy-use-disclosure', 'incident-response', 'notice-of-privacy-practices', 'technology-asset-inventory', 'network-map'];
// Generous: what these tests guard against is a hang or a read of gigabytes, which never ends.
const TIMEOUT = 20_000;

const cli = (args: string[], cwd: string) =>
  execa('node', [bin, ...args], { reject: false, cwd, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' }, stdin: 'ignore', timeout: TIMEOUT });

/** A folder with the compliant stack and its documents; `edit` rewrites the stack text. */
function practice(edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-in-'));
  writeFileSync(path.join(dir, 'stack.yaml'), edit(readFileSync(COMPLIANT, 'utf8')));
  mkdirSync(path.join(dir, 'evidence'));
  for (const d of DOCS) writeFileSync(path.join(dir, 'evidence', `${d}.pdf`), `%PDF ${d}\n`);
  return dir;
}

/** ChartCloud's BAA document, as written in the stack file. */
const chartcloudAt = (document: string) => (text: string) => text.replace('document: evidence/baa-chartcloud.pdf', `document: ${JSON.stringify(document)}`);

async function auditJson(dir: string, ...args: string[]): Promise<{ exitCode: number | undefined; report: Report; stderr: string }> {
  const r = await cli(['audit', 'stack.yaml', '--offline', '--now', NOW, '--fail-on', 'none', '--format', 'json', ...args], dir);
  expect(r.exitCode, r.stderr).toBe(0);
  return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const baaResult = (report: Report, vendor = 'ChartCloud') => report.results.find((r) => r.checkId === 'vendors.baa-document' && r.subject === vendor)!;
const documentHash = (report: Report, p: string) => report.stack.documents.find((d) => d.path === p)?.sha256;

/** Exit 2 and one line on stderr, no stack trace. */
function refused(r: { exitCode?: number | undefined; stderr: string; timedOut?: boolean }, message: RegExp): void {
  expect(r.timedOut ?? false, 'it must not hang').toBe(false);
  expect(r.exitCode, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

describe('item 3: on file means a regular file, read and hashed', () => {
  it('the gather step says what is at each path, and hashes only regular files', async () => {
    const dir = practice();
    writeFileSync(path.join(dir, 'ok.pdf'), 'pdf');
    truncateSync(path.join(dir, 'ok.pdf'), 3);
    writeFileSync(path.join(dir, 'huge.pdf'), '');
    truncateSync(path.join(dir, 'huge.pdf'), 65 * 1024 * 1024);
    const stack = { version: 1, practice: { name: 'X' }, policies: ['ok.pdf', '/etc', 'a\0b.pdf', 'huge.pdf', 'gone.pdf', 'evidence'].map((document, i) => ({ name: `p${i}`, covers: ['security'], document })) } as unknown as Stack;
    const facts = await gatherDocuments(stack, dir, { allowOutside: true });
    expect(facts['ok.pdf']).toMatchObject({ exists: true, kind: 'file', bytes: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(facts['/etc']).toEqual({ path: '/etc', exists: false, kind: 'directory', error: 'a directory, not a file' });
    expect(facts['evidence']).toMatchObject({ exists: false, kind: 'directory' });
    expect(facts['a\0b.pdf']).toEqual({ path: 'a\0b.pdf', exists: false, kind: 'invalid-name', error: 'the name contains a NUL byte' });
    expect(facts['huge.pdf']).toEqual({ path: 'huge.pdf', exists: true, kind: 'too-large', error: '65 MiB, over the 64 MiB limit for a document' });
    expect(facts['gone.pdf']).toEqual({ path: 'gone.pdf', exists: false, kind: 'missing' });
  });

  it('vendors.baa-document fails, saying why, for a directory, a NUL name and a file too large to hash', async () => {
    const cases: Array<[string, (dir: string) => void, RegExp]> = [
      ['/etc', () => undefined, /is not on file: it is a directory, not a file\.$/],
      ['evidence/baa\0.pdf', () => undefined, /is not on file: no file can have this name \(the name contains a NUL byte\)\.$/],
      ['evidence/big.pdf', (dir) => {
        writeFileSync(path.join(dir, 'evidence/big.pdf'), '');
        truncateSync(path.join(dir, 'evidence/big.pdf'), 65 * 1024 * 1024);
      }, /is not on file: it is 65 MiB, over the 64 MiB limit for a document, so it was not hashed/],
    ];
    for (const [document, setUp, message] of cases) {
      const dir = practice(chartcloudAt(document));
      setUp(dir);
      const { report } = await auditJson(dir, '--allow-outside');
      const result = baaResult(report);
      expect(result.status, document).toBe('fail');
      expect(result.message).toMatch(message);
      expect(documentHash(report, document)).toBeNull();
      expect(baaResult(report, 'VaultBackup').status).toBe('pass');
    }
  });
});

describe('item 10: documents are read only when regular, as a bounded stream', () => {
  it('/dev/zero and a FIFO as documents: the audit ends at once and fails them; validate does not read them and agrees the file is valid', async () => {
    const dir = practice((t) => chartcloudAt('/dev/zero')(t).replace('document: evidence/baa-vaultbackup.pdf', 'document: evidence/pipe'));
    await execa('mkfifo', [path.join(dir, 'evidence/pipe')]);
    const valid = await cli(['validate', 'stack.yaml'], dir);
    expect(valid.exitCode, valid.stderr).toBe(0);
    const { report } = await auditJson(dir, '--allow-outside');
    expect(baaResult(report).message).toMatch(/\/dev\/zero is not on file: it is a character device, not a regular file\.$/);
    expect(baaResult(report, 'VaultBackup').message).toMatch(/evidence\/pipe is not on file: it is a FIFO \(named pipe\), not a regular file\.$/);
    expect(report.stack.documents.filter((d) => d.sha256 === null).map((d) => d.path).sort()).toEqual(['/dev/zero', 'evidence/pipe']);
  });

  it('the stack file, --facts, --baseline, --ca, --logo, --sign, --cert, render, diff and verify refuse a FIFO or a device with one line, exit 2', async () => {
    const dir = practice();
    const fifo = path.join(dir, 'fifo');
    await execa('mkfifo', [fifo]);
    const audit = (...args: string[]) => cli(['audit', 'stack.yaml', '--offline', '--now', NOW, '--fail-on', 'none', ...args], dir);
    refused(await cli(['audit', 'fifo', '--offline'], dir), /^fifo: is a FIFO \(named pipe\), not a regular file — give the path of a stack YAML file$/);
    refused(await cli(['validate', '/dev/zero'], dir), /^\/dev\/zero: is a character device, not a regular file/);
    refused(await cli(['audit', 'stack.yaml', '--facts', 'fifo'], dir), /^fifo: cannot read the facts file \(a FIFO \(named pipe\), not a regular file\)/);
    refused(await cli(['audit', 'stack.yaml', '--facts', '/dev/zero'], dir), /^\/dev\/zero: cannot read the facts file \(a character device/);
    refused(await audit('--baseline', 'fifo'), /^fifo: this is a FIFO \(named pipe\), not a regular file — give the path of a JSON report/);
    refused(await audit('--ca', '/dev/zero'), /^\/dev\/zero: cannot read the CA file: it is a character device, not a regular file/);
    symlinkSync(fifo, path.join(dir, 'logo.png'));
    refused(await audit('--logo', 'logo.png', '--report', 'html=r.html'), /^hipaa-hero: --logo logo\.png: logo\.png is a FIFO \(named pipe\), not a regular file/);
    refused(await audit('--report', 'json=r.json', '--sign', 'fifo'), /^fifo: this is a FIFO \(named pipe\), not a regular file — give the PEM file of the RSA private key/);
    refused(await audit('--report', 'json=r.json', '--sign', '/dev/zero'), /^\/dev\/zero: this is a character device/);
    refused(await cli(['render', 'fifo'], dir), /^fifo: this is a FIFO/);
    refused(await cli(['diff', '/dev/zero', 'fifo'], dir), /^\/dev\/zero: this is a character device/);
    const saved = await audit('--report', 'json=r.json');
    expect(saved.exitCode, saved.stderr).toBe(0);
    refused(await cli(['verify', 'r.json', '--sig', 'fifo'], dir), /^fifo: this is a FIFO \(named pipe\), not a regular file — give the signature/);
    refused(await cli(['verify', 'fifo', '--sig', 'r.json'], dir), /^fifo: this is a FIFO/);
    refused(await cli(['verify', 'r.json', '--sig', 'r.json', '--cert', '/dev/zero'], dir), /^\/dev\/zero: this is a character device/);
    expect(readFileSync(path.join(dir, 'stack.yaml'), 'utf8')).toBe(readFileSync(COMPLIANT, 'utf8'));
  });

  it('caps what is parsed: a report over 256 MiB, facts over 64 MiB, a key over 1 MiB, a logo over 1 MB (sparse files, refused before reading)', async () => {
    const dir = practice();
    const sparse = (name: string, bytes: number) => {
      writeFileSync(path.join(dir, name), '');
      truncateSync(path.join(dir, name), bytes);
      return name;
    };
    refused(await cli(['render', sparse('big.json', 257 * 1024 * 1024)], dir), /^big\.json: this is 257 MiB, over the 256 MiB limit/);
    refused(await cli(['audit', 'stack.yaml', '--facts', sparse('facts.json', 65 * 1024 * 1024)], dir), /^facts\.json: cannot read the facts file \(65 MiB, over the 64 MiB limit\)/);
    refused(await cli(['audit', 'stack.yaml', '--offline', '--report', 'json=r.json', '--sign', sparse('key.pem', 2 * 1024 * 1024)], dir), /^key\.pem: this file has 2097152 bytes, too many for a private key/);
    refused(await cli(['audit', 'stack.yaml', '--offline', '--logo', sparse('logo.png', 2 * 1024 * 1024)], dir), /^hipaa-hero: --logo logo\.png: 2\.0 MB is too large to inline/);
  });
});

describe("item 18: document paths stay inside the stack file's folder unless --allow-outside", () => {
  const OUTSIDE = ['../../../../../../etc/passwd', '/proc/self/environ', '/etc/hostname', 'evidence/link-out.pdf'];

  it('refuses ../ paths, absolute paths and links out of the folder: the check fails, nothing is hashed; --allow-outside reads them', async () => {
    for (const document of OUTSIDE) {
      const dir = practice(chartcloudAt(document));
      symlinkSync('/etc/passwd', path.join(dir, 'evidence/link-out.pdf'));
      const { report } = await auditJson(dir);
      const result = baaResult(report);
      expect(result.status, document).toBe('fail');
      expect(result.message).toMatch(document === 'evidence/link-out.pdf'
        ? /it was not read, as it is a link to \/etc\/passwd, outside the stack file's folder .* \(allowed only with --allow-outside\)/
        : /it was not read, as it is outside the stack file's folder .* \(allowed only with --allow-outside\)/);
      expect(documentHash(report, document)).toBeNull();
      // validate and audit agree: the stack file itself is valid; the refusal is a finding of the audit.
      const valid = await cli(['validate', 'stack.yaml'], dir);
      expect(valid.exitCode).toBe(0);
      if (document !== '/proc/self/environ') {
        const allowed = await auditJson(dir, '--allow-outside');
        expect(baaResult(allowed.report).status, document).toBe('pass');
        expect(documentHash(allowed.report, document)).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it('refuses attestation evidence outside the folder too, and follows links that stay inside it', async () => {
    const dir = practice((t) =>
      chartcloudAt('evidence/link-in.pdf')(t) +
        "\nattestations:\n  '164.310(d)(2)(i)':\n    answer: 'yes'\n    by: Dana Lee\n    date: 2026-10-01\n    evidence: ../outside.pdf\n",
    );
    writeFileSync(path.join(dir, '..', 'outside.pdf'), 'x');
    symlinkSync('baa-vaultbackup.pdf', path.join(dir, 'evidence/link-in.pdf'));
    const { report } = await auditJson(dir);
    expect(baaResult(report).status).toBe('pass');
    const attested = report.results.find((r) => r.attestation?.key === '164.310(d)(2)(i)')!;
    expect(attested.status).toBe('fail');
    expect(attested.message).toMatch(/its evidence file \.\.\/outside\.pdf was not read and hashed \(outside the stack file's folder/);
  });

  it('audit and attest take --allow-outside, and their help says what it allows', async () => {
    for (const command of ['audit', 'attest']) {
      const help = await cli([command, '--help'], root);
      expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--allow-outside read document paths \(BAAs, policies, the incident plan, evidence\) that lead outside the stack file's folder/);
    }
  });
});
