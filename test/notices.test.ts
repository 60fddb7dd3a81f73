// THIRD-PARTY-NOTICES.md is generated (scripts/notices.mjs) and committed: it must list exactly the
// production packages package-lock.json installs, each with its licence, and be what the script
// writes from them. When a dependency changes, run `node scripts/notices.mjs` and commit the result.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script, without types
import { listedPackages, NOTICES_FILE, productionPackages, renderNotices } from '../scripts/notices.mjs';

interface Package {
  name: string;
  version: string;
  license: string | null;
  dir: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as unknown;
const packages = (productionPackages as (lock: unknown) => Package[])(lock);
const notices = readFileSync(NOTICES_FILE as string, 'utf8');
const STALE = 'THIRD-PARTY-NOTICES.md is out of date with package-lock.json: run node scripts/notices.mjs and commit it';

/** The text under `## name@version`, up to the next package. */
const section = (id: string): string => {
  const start = notices.indexOf(`\n## ${id}\n`);
  const next = notices.indexOf('\n## ', start + 1);
  return notices.slice(start, next === -1 ? undefined : next);
};

describe('THIRD-PARTY-NOTICES.md', () => {
  it('lists every production package of package-lock.json, and nothing else', () => {
    expect((listedPackages as (text: string) => string[])(notices), STALE).toEqual(packages.map((p) => `${p.name}@${p.version}`));
  });

  it('lists the bundled data and the packages loaded from node_modules, but no development-only package', () => {
    const names = new Set(packages.map((p) => p.name));
    for (const name of ['third-party-web', 'playwright-core', 'write-file-atomic', 'ajv', 'yaml']) expect(names.has(name), name).toBe(true);
    for (const name of ['vitest', 'esbuild', 'typescript', '@types/node']) expect(names.has(name), name).toBe(false);
  });

  it('gives each package its licence id from package-lock.json and a licence text', () => {
    for (const p of packages) {
      const text = section(`${p.name}@${p.version}`);
      expect(text, `${p.name}@${p.version}`).toContain(`\nLicence: ${p.license ?? 'not declared'}\n`);
      expect(text, `${p.name}@${p.version} has no licence text`).toMatch(/\n```+text\n[\s\S]*(permission|licen[cs]e|copyright)/i);
    }
    // Apache-2.0's NOTICE file travels with the licence.
    expect(section(`playwright-core@${packages.find((p) => p.name === 'playwright-core')!.version}`)).toContain('From `NOTICE`:');
  });

  it.skipIf(packages.some((p) => !existsSync(path.join(root, p.dir))))('is what scripts/notices.mjs writes from the installed packages', () => {
    expect(notices === (renderNotices as (p: Package[]) => string)(packages), STALE).toBe(true);
  });
});
