// Writing answers into a stack file: only the `attestations:` section changes, whatever shape it is
// in; every other byte (comments, spacing, quoting, line endings) stays as it was.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeAttestations, type NewAttestation } from '../src/attest/write.js';

const disposal: NewAttestation = { key: '164.310(d)(2)(i)', answer: 'no', by: 'Ana Lima, PO', date: '2026-11-28' };
const wifi: NewAttestation = { key: 'network.wifi-security', answer: 'yes', by: 'Ana: "A" # B', date: '2026-11-28', note: 'two\nlines', evidence: 'docs/wifi.pdf' };
const DISPOSAL = '  "164.310(d)(2)(i)":\n    answer: "no"\n    by: Ana Lima, PO\n    date: 2026-11-28\n';
const WIFI = '  network.wifi-security:\n    answer: "yes"\n    by: \'Ana: "A" # B\'\n    date: 2026-11-28\n    evidence: docs/wifi.pdf\n    note: "two\\nlines"\n';
const HEADER = '\n# Answers for the checklist items no file or probe can prove (written by hipaa-hero attest).\nattestations:\n';

describe('writeAttestations', () => {
  it('adds the section at the end when there is none, leaving the rest as it was', () => {
    const text = 'version: 1\npractice: {name: X}   # aligned comment\nroles:\n  a: { permissions: [ x ] }\n';
    expect(writeAttestations(text, [disposal, wifi])).toBe(text + HEADER + DISPOSAL + WIFI);
  });

  it('adds a final line break first when the file has none', () => {
    expect(writeAttestations('version: 1', [disposal])).toBe('version: 1\n' + HEADER + DISPOSAL);
  });

  it('replaces an entry under the same key in place and adds new ones after the last, keeping comments between and after', () => {
    const text =
      'version: 1\nattestations:\n' +
      '  "164.310(d)(2)(i)":\n    answer: "yes"\n    by: Me\n    date: 2025-01-01\n' +
      '  # a comment about the next one\n' +
      '  other.item: {answer: "yes", by: Me, date: 2025-01-01}   # flow entry\n' +
      '\n# The waivers.\nwaivers: []\n';
    expect(writeAttestations(text, [disposal, wifi])).toBe(
      'version: 1\nattestations:\n' +
        DISPOSAL +
        '  # a comment about the next one\n' +
        '  other.item: {answer: "yes", by: Me, date: 2025-01-01}   # flow entry\n' +
        WIFI +
        '\n# The waivers.\nwaivers: []\n',
    );
  });

  it('replaces a last entry whose note is a block scalar', () => {
    const text = 'attestations:\n  "164.310(d)(2)(i)":\n    answer: partial\n    by: Me\n    date: 2025-01-01\n    note: |\n      first\n      second\nversion: 1\n';
    expect(writeAttestations(text, [disposal])).toBe('attestations:\n' + DISPOSAL + 'version: 1\n');
  });

  it('follows the indentation of an existing section', () => {
    const text = 'version: 1\nattestations:\n    x.y:\n        answer: "yes"\n        by: Me\n        date: 2025-01-01\n';
    const out = writeAttestations(text, [disposal]);
    expect(out).toBe(text + '    "164.310(d)(2)(i)":\n      answer: "no"\n      by: Ana Lima, PO\n      date: 2026-11-28\n');
    expect(parse(out).attestations['164.310(d)(2)(i)'].answer).toBe('no');
  });

  it('fills an empty section and turns a flow section into a block one, keeping its entries', () => {
    expect(writeAttestations('version: 1\nattestations:\nwaivers: []\n', [disposal])).toBe('version: 1\nattestations:\n' + DISPOSAL + 'waivers: []\n');
    const flow = 'version: 1\nattestations: {x.y: {answer: partial, by: Me, date: 2025-01-01}}\nwaivers: []\n';
    const out = writeAttestations(flow, [disposal]);
    expect(out).toBe('version: 1\nattestations:\n  x.y:\n    answer: partial\n    by: Me\n    date: 2025-01-01\n' + DISPOSAL + 'waivers: []\n');
  });

  it('keeps Windows line endings', () => {
    const text = 'version: 1\r\npractice: {name: X}\r\n';
    expect(writeAttestations(text, [disposal])).toBe(text + (HEADER + DISPOSAL).replace(/\n/g, '\r\n'));
  });

  it('writes values every YAML reader reads as text: yes/no quoted, special characters escaped', () => {
    const out = writeAttestations('version: 1\n', [wifi, { ...disposal, by: 'no', note: 'on' }]);
    const data = parse(out, { version: '1.1' }) as { attestations: Record<string, Record<string, unknown>> };
    // Dates are written plain, like every other date in the file (a YAML 1.1 reader sees a timestamp).
    expect(data.attestations['network.wifi-security']).toEqual({ answer: 'yes', by: 'Ana: "A" # B', date: new Date('2026-11-28'), evidence: 'docs/wifi.pdf', note: 'two\nlines' });
    expect(data.attestations['164.310(d)(2)(i)']).toMatchObject({ answer: 'no', by: 'no', note: 'on' });
  });
});
