// A shared login (`shared: true`) through the built CLI: access.unique-accounts fails it; the
// training checks, which judge people, leave it out (not_applicable) and say who is judged instead.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const COMPLIANT = path.join(root, 'fixtures/stacks/compliant.pass.yaml');

interface Result {
  checkId: string;
  subject: string;
  status: string;
  message: string;
}

describe('a shared account in the training checks', () => {
  it('is failed once, by access.unique-accounts, and not judged for training (never trained, or trained long ago)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-training-shared-'));
    // The compliant example with two shared logins added: one never trained, one trained long ago.
    const text = readFileSync(COMPLIANT, 'utf8').replace(
      /^staff:\n/m,
      'staff:\n' +
        '  - { name: Front desk (shared), account: frontdesk, role: clinician, shared: true, mfa: true }\n' +
        '  - { name: Kiosk (shared), account: kiosk, role: clinician, shared: true, mfa: true, trained: 2019-01-01 }\n',
    );
    expect(text).toContain('account: frontdesk');
    writeFileSync(path.join(dir, 'stack.yaml'), text);
    const r = await execa(process.execPath, [bin, 'audit', 'stack.yaml', '--offline', '--now', '2026-11-28', '--format', 'json', '--fail-on', 'none'], {
      cwd: dir,
      reject: false,
      env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const results = (JSON.parse(r.stdout) as { results: Result[] }).results;
    const about = (subject: string) => results.filter((x) => x.subject === subject && /^(training|access\.unique-accounts)/.test(x.checkId));
    for (const account of ['frontdesk', 'kiosk']) {
      const found = about(account)
        .map((x) => `${x.checkId} ${x.status}`)
        .sort();
      expect(found).toEqual(['access.unique-accounts fail', 'training.current not_applicable', 'training.workforce not_applicable']);
      for (const x of about(account).filter((y) => y.checkId.startsWith('training.'))) {
        expect(x.message).toBe(
          `${account} is a shared account, not a person: training is judged for each person who uses it, listed under staff by name; access.unique-accounts reports the shared login.`,
        );
      }
    }
    // The people are still judged.
    expect(results.find((x) => x.checkId === 'training.workforce' && x.subject === 'bcho')?.status).toBe('pass');
  });
});
