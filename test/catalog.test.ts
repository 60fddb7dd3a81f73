// The check catalog: ids unique and matching file names, the list explicit and sorted, every module
// held to the contract, every citation in the HIPAA catalog.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attestationItems, builtinChecks } from '../checks/index.js';
import { checkContractProblems } from '../src/engine/registry.js';
import { citation } from '../src/hipaa/catalog.js';
import { AREA_IDS } from '../src/engine/areas.js';

const checksDir = fileURLToPath(new URL('../checks/', import.meta.url));
const indexSource = readFileSync(path.join(checksDir, 'index.ts'), 'utf8');
const imports = [...indexSource.matchAll(/^import (\w+) from '\.\/([\w-]+)\/([\w-]+)\.js';$/gm)].map((m) => ({
  ident: m[1]!,
  id: `${m[2]}.${m[3]}`,
}));
const filesOnDisk = readdirSync(checksDir, { withFileTypes: true })
  // checks/attestations/ holds attestation items (data), not check modules.
  .filter((d) => d.isDirectory() && d.name !== 'attestations')
  .flatMap((d) => readdirSync(path.join(checksDir, d.name)).filter((f) => f.endsWith('.ts')).map((f) => `${d.name}.${f.slice(0, -3)}`))
  .sort();

describe('the built-in check catalog', () => {
  it('has checks', () => {
    expect(builtinChecks.length).toBeGreaterThanOrEqual(30);
  });

  it('lists every module under checks/<area>/ in checks/index.ts, once, sorted by id', () => {
    expect(imports.map((i) => i.id)).toEqual(filesOnDisk);
    expect(builtinChecks.map((c) => c.meta.id)).toEqual([...builtinChecks.map((c) => c.meta.id)].sort());
  });

  it('gives each check the id of its file', () => {
    expect(builtinChecks.map((c) => c.meta.id)).toEqual(imports.map((i) => i.id));
  });

  it('has unique ids', () => {
    const ids = builtinChecks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(builtinChecks.map((c) => [c.meta.id, c] as const))('%s meets the check contract', (_id, check) => {
    expect(checkContractProblems(check)).toEqual([]);
    expect(AREA_IDS).toContain(check.meta.area);
    for (const c of check.meta.hipaa) expect(citation(c), `${c} is in the HIPAA catalog`).toBeDefined();
    expect(check.meta.title).not.toMatch(/\.$/);
    expect(check.meta.rationale.length).toBeGreaterThan(40);
    expect(check.meta.remediation.length).toBeGreaterThan(40);
  });
});

describe('the README', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  it('lists every check with its severity, obligation and citations', () => {
    for (const c of builtinChecks) {
      expect(readme).toContain(`| \`${c.meta.id}\` | ${c.meta.severity} | ${c.meta.obligation} | ${c.meta.hipaa.join(', ')} |`);
    }
    const listed = [...readme.matchAll(/^\| `([a-z0-9-]+\.[a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(builtinChecks.map((c) => c.meta.id));
  });

  it('lists every attestation item with its citation, id, severity and title', () => {
    for (const i of attestationItems) {
      expect(readme).toMatch(new RegExp(`^\\| ${i.citation.replace(/[()]/g, '\\$&')} \\| \`${i.id}\` \\| (standard|required|addressable) \\| ${i.severity} \\| ${i.title} \\|$`, 'm'));
    }
  });
});
