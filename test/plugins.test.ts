// Plugin directories (`--checks <dir>`): loaded with the same contract; a broken one is an error naming its file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../checks/index.js';
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
});
