// The check registry: the built-in list plus plugin directories (`--checks <dir>`), each module held
// to the same contract before it may run.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';
import { citation } from '../hipaa/catalog.js';
import { isAreaId } from './areas.js';
import { OBLIGATIONS, SEVERITIES, type Check } from './check.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLUGIN_FILE = /\.(?:m?js)$/;

/** Why a module is not a valid check, or an empty list when it is one. */
export function checkContractProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return ['it does not export a check object'];
  const { meta, run } = value as Partial<Check>;
  const problems: string[] = [];
  if (typeof run !== 'function') problems.push('`run` is not a function');
  if (meta === null || typeof meta !== 'object') return [...problems, '`meta` is missing'];
  const text = (key: keyof typeof meta) => typeof meta[key] === 'string' && (meta[key] as string).trim() !== '';
  if (!text('id') || !ID.test(meta.id)) problems.push(`meta.id ${JSON.stringify(meta.id)} is not '<area>.<name>' in kebab-case`);
  if (!isAreaId(meta.area)) problems.push(`meta.area ${JSON.stringify(meta.area)} is not a known area`);
  else if (text('id') && !meta.id.startsWith(`${meta.area}.`)) problems.push(`meta.id must start with its area '${meta.area}.'`);
  if (!SEVERITIES.includes(meta.severity)) problems.push(`meta.severity must be one of ${SEVERITIES.join(', ')}`);
  if (!OBLIGATIONS.includes(meta.obligation)) {
    problems.push(`meta.obligation must be one of ${OBLIGATIONS.join(', ')} (what the rule says about what the check tests)`);
  }
  for (const key of ['title', 'rationale', 'remediation', 'basis'] as const) {
    if (!text(key)) problems.push(`meta.${key} must be a non-empty string`);
  }
  if (!Array.isArray(meta.hipaa) || meta.hipaa.length === 0) {
    problems.push('meta.hipaa must list at least one 45 CFR 164 citation');
  } else {
    for (const c of meta.hipaa) {
      if (typeof c !== 'string' || !citation(c)) problems.push(`citation ${JSON.stringify(c)} is not in the HIPAA catalog (\`hipaa-hero checks --citations\`)`);
    }
    const entries = meta.hipaa.map((c) => (typeof c === 'string' ? citation(c) : undefined));
    if (meta.obligation === 'required' && !entries.some((e) => e?.required === true)) {
      problems.push('a required check must cite a standard or a required implementation specification');
    }
    if (meta.obligation === 'addressable' && !entries.some((e) => e?.required === false)) {
      problems.push('an addressable check must cite the addressable implementation specification it tests');
    }
  }
  if (!Array.isArray(meta.needs)) problems.push("meta.needs must be a list such as ['stack']");
  return problems;
}

async function pluginFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && PLUGIN_FILE.test(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Loads every `.js`/`.mjs` module under each directory; any broken one is an input error naming it. */
export interface PluginCheck {
  check: Check;
  file: string;
}

export async function loadPluginChecks(dirs: readonly string[]): Promise<PluginCheck[]> {
  const checks: PluginCheck[] = [];
  for (const dir of dirs) {
    let isDir = false;
    try {
      isDir = (await stat(dir)).isDirectory();
    } catch {
      /* reported below */
    }
    if (!isDir) throw InputError.at(dir, 1, 1, 'is not a directory of check modules — give a directory containing .js or .mjs checks');
    for (const file of await pluginFiles(dir)) {
      let mod: { default?: unknown };
      try {
        mod = (await import(pathToFileURL(path.resolve(file)).href)) as { default?: unknown };
      } catch (err) {
        throw InputError.at(file, 1, 1, `the check module cannot be loaded (${firstLine(err)}) — fix the module or remove it from ${dir}`);
      }
      const problems = checkContractProblems(mod.default);
      if (problems.length) {
        throw InputError.at(file, 1, 1, `not a valid check: ${problems.join('; ')} — export default defineCheck({ meta, run }) as the README shows`);
      }
      checks.push({ check: mod.default as Check, file });
    }
  }
  return checks;
}

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0]!;

/** The checks of one run, sorted by id, ids unique. */
export function assembleChecks(builtin: readonly Check[], plugins: readonly PluginCheck[]): Check[] {
  const seen = new Set(builtin.map((c) => c.meta.id));
  for (const { check, file } of plugins) {
    if (seen.has(check.meta.id)) {
      throw InputError.at(file, 1, 1, `a check with id '${check.meta.id}' is already registered — give this check another id`);
    }
    seen.add(check.meta.id);
  }
  return [...builtin, ...plugins.map((p) => p.check)].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}
