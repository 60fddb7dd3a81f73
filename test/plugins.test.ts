// Plugin directories (`--checks <dir>`): loaded with the same contract; a broken one is an error naming its file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attestationChecks, builtinChecks } from '../checks/index.js';
import { InputError } from '../src/errors.js';
import { assembleChecks, loadPluginChecks } from '../src/engine/registry.js';

const meta = (id: string, extra = '') => `{
  id: '${id}', title: 'A plugin check', area: '${id.split('.')[0]}', severity: 'low',
  hipaa: ['164.312(b)'], obligation: 'practice', basis: 'The practice policy on plugins', rationale: 'Why it matters.',
  remediation: 'What to do.', needs: ['stack'] ${extra}
}`;

function pluginDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hh-plugins-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('loadPluginChecks', () => {
  it('loads .js and .mjs check modules, in nested folders too, and skips other files', async () => {
    const dir = pluginDir({
      'a.mjs': `export default { meta: ${meta('access.plugin-a')}, run: () => [] };`,
      'sub/b.js': `export default { meta: ${meta('network.plugin-b')}, run: () => [] };`,
      'README.md': '# not a check',
    });
    const loaded = await loadPluginChecks([dir]);
    expect(loaded.map((p) => p.check.meta.id)).toEqual(['access.plugin-a', 'network.plugin-b']);
  });

  it('names the file of a module that does not load', async () => {
    const dir = pluginDir({ 'broken.mjs': 'export default {' });
    expect(await problemOf(loadPluginChecks([dir]))).toMatch(/broken\.mjs:1:1: the check module cannot be loaded \(.+\) — fix the module/);
  });

  it('names the file and the problems of a module that breaks the contract', async () => {
    const dir = pluginDir({ 'bad.mjs': `export default { meta: ${meta('access.Bad', ", hipaa: ['164.999(z)']")} };` });
    const message = await problemOf(loadPluginChecks([dir]));
    expect(message).toMatch(/bad\.mjs:1:1: not a valid check: /);
    expect(message).toMatch(/`run` is not a function/);
    expect(message).toMatch(/meta\.id "access\.Bad" is not/);
    expect(message).toMatch(/164\.999\(z\).* is not in the HIPAA catalog/);
  });

  it('refuses a plugin without an obligation or a basis, or whose citations do not fit its obligation', async () => {
    const none = pluginDir({ 'none.mjs': `export default { meta: ${meta('access.no-obligation', ", obligation: undefined, basis: ''")}, run: () => [] };` });
    const message = await problemOf(loadPluginChecks([none]));
    expect(message).toMatch(/none\.mjs:1:1: not a valid check: .*meta\.obligation must be one of required, addressable, practice/);
    expect(message).toMatch(/meta\.basis must be a non-empty string/);
    // 164.312(b) is a required standard: an 'addressable' check must cite the addressable specification it tests.
    const addressable = pluginDir({ 'a.mjs': `export default { meta: ${meta('access.misfiled', ", obligation: 'addressable'")}, run: () => [] };` });
    expect(await problemOf(loadPluginChecks([addressable]))).toMatch(/an addressable check must cite the addressable implementation specification it tests/);
    const required = pluginDir({ 'r.mjs': `export default { meta: ${meta('access.misfiled', ", hipaa: ['164.312(a)(2)(iv)'], obligation: 'required'")}, run: () => [] };` });
    expect(await problemOf(loadPluginChecks([required]))).toMatch(/a required check must cite a standard or a required implementation specification/);
  });

  it('refuses a directory that does not exist', async () => {
    expect(await problemOf(loadPluginChecks(['/nonexistent/hh-checks']))).toMatch(/is not a directory of check modules/);
  });

  it('refuses a plugin that reuses a built-in id', async () => {
    const dir = pluginDir({ 'dup.mjs': `export default { meta: ${meta('vendors.baa-signed')}, run: () => [] };` });
    const plugins = await loadPluginChecks([dir]);
    expect(() => assembleChecks(builtinChecks, plugins)).toThrow(/dup\.mjs:1:1: a check with id 'vendors\.baa-signed' is already registered/);
  });

  it('registers a frozen snapshot of meta, read once: a getter cannot change the id after the unique-id check', async () => {
    const dir = pluginDir({
      'shifty.mjs': `let swapped = false;
const meta = ${meta('vendors.shifty')};
delete meta.id;
Object.defineProperty(meta, 'id', { enumerable: true, get: () => (swapped ? 'vendors.baa-signed' : 'vendors.shifty') });
export default { meta, run() { swapped = true; return []; } };`,
    });
    const plugins = await loadPluginChecks([dir]);
    const checks = assembleChecks(builtinChecks, plugins);
    const shifty = plugins[0]!.check;
    expect(Object.isFrozen(shifty.meta) && Object.isFrozen(shifty.meta.hipaa)).toBe(true);
    expect(() => shifty.run({} as never)).toThrow(/runs in a worker of its own/);
    expect(checks.filter((c) => c.meta.id === 'vendors.baa-signed')).toHaveLength(1);
    expect(shifty.meta.id).toBe('vendors.shifty');
  });

  it('keeps only the keys of CheckMeta, and refuses meta that is not plain data', async () => {
    const extra = pluginDir({ 'extra.mjs': `export default { meta: ${meta('access.extra', ", note: 'kept?', size: 1")}, run: () => [] };` });
    expect(Object.keys((await loadPluginChecks([extra]))[0]!.check.meta)).not.toContain('note');
    const fn = pluginDir({ 'fn.mjs': `export default { meta: ${meta('access.fn', ', title: () => "T"')}, run: () => [] };` });
    expect(await problemOf(loadPluginChecks([fn]))).toMatch(/fn\.mjs:1:1: not a valid check: `meta` is not plain data \(a function\)/);
  });

  it('holds meta.needs and meta.attestation to their types, and an attestation citation to one item', async () => {
    const needs = pluginDir({ 'n.mjs': `export default { meta: ${meta('access.needs', ", needs: ['stack', 'network']")}, run: () => [] };` });
    expect(await problemOf(loadPluginChecks([needs]))).toMatch(/meta\.needs must be a list of 'stack', 'documents', 'endpoints'/);
    const twice = pluginDir({ 't.mjs': `export default { meta: ${meta('access.twice', ", hipaa: ['164.312(b)', '164.312(b)']")}, run: () => [] };` });
    expect(await problemOf(loadPluginChecks([twice]))).toMatch(/meta\.hipaa lists "164\.312\(b\)" more than once/);
    const shape = pluginDir({ 'a.mjs': `export default { meta: ${meta('access.attested', ", attestation: { citation: '164.310(a)(1)' }")}, run: () => [] };` });
    const message = await problemOf(loadPluginChecks([shape]));
    expect(message).toMatch(/meta\.attestation\.citation must be one of meta\.hipaa/);
    expect(message).toMatch(/meta\.attestation\.question must be a non-empty string/);
    // 164.308(a)(4) is the citation of a built-in attestation item (checks/attestations/access-awareness.ts).
    const dup = pluginDir({
      'd.mjs': `export default { meta: ${meta('access.my-review', ", hipaa: ['164.308(a)(4)'], attestation: { citation: '164.308(a)(4)', question: 'Q?', explain: 'E.' }")}, run: () => [] };`,
    });
    const plugins = await loadPluginChecks([dup]);
    expect(() => assembleChecks([...builtinChecks, ...attestationChecks], plugins)).toThrow(/d\.mjs:1:1: an attestation item for 164\.308\(a\)\(4\) is already registered/);
  });

  it('loads every module in a worker of its own: its top level cannot patch what the engine uses', async () => {
    const dir = pluginDir({ 'patch.mjs': `Array.prototype.filter = function () { return []; }; JSON.stringify = () => '"patched"';\nexport default { meta: ${meta('access.patch')}, run: () => [] };` });
    await loadPluginChecks([dir]);
    expect([1, 2].filter((n) => n > 1)).toEqual([2]);
    expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
  });

  it('gives loading a deadline, and names a module that never finishes loading or ends its worker', async () => {
    const dir = pluginDir({
      'a-pending.mjs': `setInterval(() => {}, 1000); await new Promise(() => {});\nexport default {};`,
      'b-unsettled.mjs': `await new Promise(() => {});\nexport default {};`,
      'c-exits.mjs': `process.exit(0);\nexport default {};`,
      'd-throws.mjs': `throw Object.create(null);`,
      'e-fine.mjs': `export default { meta: ${meta('access.fine')}, run: () => [] };`,
    });
    const started = Date.now();
    const lines = (await problemOf(loadPluginChecks([dir], { deadlineMs: 500 }))).split('\n');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/a-pending\.mjs:1:1: the check module did not finish loading within 0\.5 s \(a top-level await that never settles, or a loop\) — fix the module or remove it from /);
    expect(lines[1]).toMatch(/b-unsettled\.mjs:1:1: the check module never finished loading \(a top-level await that never settles\)/);
    expect(lines[2]).toMatch(/c-exits\.mjs:1:1: the check module ended its worker while loading \(process\.exit\(0\)\)/);
    expect(lines[3]).toMatch(/d-throws\.mjs:1:1: the check module cannot be loaded \(a value with no message was thrown\)/);
  });
});
