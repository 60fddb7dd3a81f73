// The legal basis of every check and attestation item: the table in docs/legal-basis.md matches the
// code, every obligation fits the catalog, and only required ones speak as the law.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attestationChecks, attestationItems, builtinChecks } from '../checks/index.js';
import { citation } from '../src/hipaa/catalog.js';
import { renderLegalBasis } from '../scripts/legal-basis-table.js';
import { CLAIMS_LAW } from './helpers/legal-words.js';

const all = [...builtinChecks, ...attestationChecks];
const table = readFileSync(fileURLToPath(new URL('../docs/legal-basis.md', import.meta.url)), 'utf8');

describe('docs/legal-basis.md', () => {
  it('is the table the checks make: regenerate it with `npm run legal-basis` after changing a citation, obligation, claim or source', () => {
    expect(table).toBe(renderLegalBasis(all.map((c) => c.meta)));
  });

  it('has one row per check and attestation item, naming its obligation and a source', () => {
    for (const { meta } of all) {
      const row = table.split('\n').find((l) => l.startsWith(`| \`${meta.id}\` |`));
      expect(row, meta.id).toBeDefined();
      expect(row).toContain(`| ${meta.obligation} |`);
      expect(meta.basis.trim().length, `${meta.id} names its source`).toBeGreaterThan(10);
    }
  });
});

describe('obligations', () => {
  it.each(all.map((c) => [c.meta.id, c.meta] as const))('%s: its citations fit its obligation', (_id, meta) => {
    const entries = meta.hipaa.map((c) => citation(c)!);
    if (meta.obligation === 'required') expect(entries.some((e) => e.required)).toBe(true);
    if (meta.obligation === 'addressable') {
      expect(entries.some((e) => !e.required)).toBe(true);
      expect(entries[0]!.required, 'an addressable check cites the addressable specification first').toBe(false);
    }
  });

  it('gives each attestation item the obligation of its catalog entry, and says it first in its explanation', () => {
    for (const item of attestationItems) {
      const entry = citation(item.citation)!;
      expect(item.obligation, item.id).toBe(entry.required ? 'required' : 'addressable');
      if (item.obligation === 'addressable') expect(item.explain, item.id).toMatch(/^Addressable\b/);
      else expect(item.explain, item.id).not.toMatch(/^Addressable\b/);
    }
  });

  it.each(all.filter((c) => c.meta.obligation !== 'required').map((c) => [c.meta.id, c.meta] as const))(
    '%s is not required, so no text of it says that HIPAA requires it',
    (_id, meta) => {
      const texts = [meta.title, meta.rationale, meta.remediation, meta.basis, meta.attestation?.question ?? '', meta.attestation?.explain ?? ''];
      expect(texts.filter((t) => CLAIMS_LAW.test(t))).toEqual([]);
    },
  );

  it('the words test catches the ways of presenting practice as law', () => {
    for (const t of ['HIPAA requires MFA', 'This is required by HIPAA.', 'The Security Rule requires a yearly drill', 'the law requires it']) {
      expect(CLAIMS_LAW.test(t), t).toBe(true);
    }
    for (const t of ['HIPAA recommends', 'NIST SP 800-52r2 requires TLS 1.2', '164.316(b)(2)(iii) asks for periodic review']) {
      expect(CLAIMS_LAW.test(t), t).toBe(false);
    }
  });
});
