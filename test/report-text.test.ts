// The text report: pass lines that say of how many subjects they hold, one fix per run of a check's
// failures, one count of open items with its definition, and commands that run when pasted.
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from './helpers/example-report.js';
import { openItems, shellQuote } from '../src/report/open-items.js';
import type { Report, Result } from '../src/report/schema.js';
import { passLine, renderText } from '../src/report/text.js';
import { renderComparison } from '../src/report/text-baseline.js';
import { Chalk } from 'chalk';

let report: Report;
beforeAll(async () => {
  report = await exampleReport();
});

const text = (r: Report) => renderText(r, { color: false, width: 80 });
/** The report as one line: wrapping aside. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

const mfa = (subject: string, status: Result['status']): Result => ({
  checkId: 'access.mfa',
  kind: 'automated',
  title: 'Every staff account signs in with multi-factor authentication',
  area: 'access',
  severity: 'high',
  hipaa: ['164.312(d)'],
  status,
  subject,
  message: status === 'fail' ? `${subject} signs in without multi-factor authentication.` : `${subject} uses MFA.`,
  remediation: 'Turn on MFA for the account.',
  location: null,
});

describe('renderText', () => {
  it('never prints a pass line as if the whole title held when the check also fails', () => {
    const results = [...['a', 'b', 'c', 'd'].map((s) => mfa(s, 'fail')), ...['e', 'f', 'g', 'h', 'i'].map((s) => mfa(s, 'pass'))];
    const out = text({ ...report, results, areas: report.areas.filter((a) => a.id === 'access') });
    expect(out).toContain('✓ Passed for 5 of 9 subjects: Every staff account signs in with multi-factor');
    expect(out).not.toMatch(/✓ Every staff account signs in/);
    // One fix for the four failures, after the last of them.
    expect(out.match(/Fix/g)).toHaveLength(1);
    expect(flat(out)).toContain('Fix (for all 4 above): Turn on MFA for the account.');
    expect(out.indexOf('Fix (for all 4')).toBeGreaterThan(out.indexOf('d signs in without'));
  });

  it('says "all N subjects" only when every judged subject passed', () => {
    expect(passLine('T', 3, 3)).toBe('T (all 3 subjects)');
    expect(passLine('T', 2, 2)).toBe('T (both subjects)');
    expect(passLine('T', 1, 1)).toBe('T');
    expect(passLine('T', 1, 4)).toBe('Passed for 1 of 4 subjects: T');
  });

  it('counts the open items once, by the one definition, and suggests a command with the stack file', () => {
    const n = openItems(report).length;
    const out = flat(text(report));
    expect(out).toContain(`${n} items await a person's answer (counted once per check:`);
    expect(out).toContain(`run \`hipaa-hero attest ${report.stack.path}\``);
    expect(out).not.toMatch(/awaiting attestation/);
    const odd = flat(text({ ...report, stack: { ...report.stack, path: "my stack's file.yaml" } }));
    expect(odd).toContain(`\`hipaa-hero attest 'my stack'\\''s file.yaml'\``);
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('fixtures/glow/stack.yaml')).toBe('fixtures/glow/stack.yaml');
    expect(shellQuote('164.308(a)(4)(ii)(A)')).toBe(`'164.308(a)(4)(ii)(A)'`);
    expect(shellQuote('a b')).toBe(`'a b'`);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
  });
});

describe('renderComparison', () => {
  it('leaves unchanged areas out, and says how many there are', () => {
    const c = new Chalk({ level: 0 });
    const lines = renderComparison(
      c,
      {
        path: 'old.json',
        generatedAt: '2026-10-01T00:00:00Z',
        auditDate: '2026-10-01',
        sha256: 'ab'.repeat(32),
        score: { before: 70, after: 72, delta: 2 },
        grade: { before: 'C', after: 'C' },
        areas: [
          { id: 'a', title: 'Moved', score: { before: 50, after: 60, delta: 10 } },
          { id: 'b', title: 'Same', score: { before: 80, after: 80, delta: 0 } },
          { id: 'c', title: 'Never scored', score: { before: null, after: null, delta: null } },
        ],
        counts: { new: 0, unchanged: 0, resolved: 0, newFindings: 0 },
        resolved: [],
      },
      [],
      80,
    );
    expect(lines.some((l) => l.includes('Moved') && l.includes('+10.0'))).toBe(true);
    expect(lines.some((l) => l.includes('Same') || l.includes('Never scored'))).toBe(false);
    expect(lines).toContain('  2 area(s) unchanged');
  });
});
