// The check registry: the built-in list plus plugin directories (`--checks <dir>`), each module held
// to the same contract before it may run, and registered as a frozen snapshot of what it declared.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '../errors.js';
import { citation } from '../hipaa/catalog.js';
import { isAreaId } from './areas.js';
import { CHECK_ID as ID, OBLIGATIONS, SEVERITIES, type Check, type CheckMeta, type Obligation, type Severity } from './check.js';
import { deepFreeze } from './plain.js';
import { loadPluginModule, pluginCheck } from './plugin-host.js';

const PLUGIN_FILE = /\.(?:m?js)$/;

/** Why a module is not a valid check, or an empty list when it is one. */
export function checkContractProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return ['it does not export a check object'];
  const { meta, run } = value as Partial<Check>;
  return [...(typeof run !== 'function' ? ['`run` is not a function'] : []), ...metaProblems(meta)];
}

const NEEDS = ['stack', 'documents', 'endpoints'];

/** Why `meta` is not a valid CheckMeta, or an empty list. */
export function metaProblems(meta: unknown): string[] {
  if (meta === null || typeof meta !== 'object') return ['`meta` is missing'];
  const m = meta as Partial<Record<keyof CheckMeta, unknown>>;
  const problems: string[] = [];
  const text = (key: keyof CheckMeta) => typeof m[key] === 'string' && (m[key] as string).trim() !== '';
  const id = typeof m.id === 'string' ? m.id : undefined;
  if (id === undefined || !text('id') || !ID.test(id)) problems.push(`meta.id ${JSON.stringify(m.id)} is not '<area>.<name>' in kebab-case`);
  if (!isAreaId(m.area)) problems.push(`meta.area ${JSON.stringify(m.area)} is not a known area`);
  else if (id !== undefined && !id.startsWith(`${m.area}.`)) problems.push(`meta.id must start with its area '${m.area}.'`);
  if (!SEVERITIES.includes(m.severity as Severity)) problems.push(`meta.severity must be one of ${SEVERITIES.join(', ')}`);
  if (!OBLIGATIONS.includes(m.obligation as Obligation)) {
    problems.push(`meta.obligation must be one of ${OBLIGATIONS.join(', ')} (what the rule says about what the check tests)`);
  }
  // A proposal's checks live in their own area, so they are scored and shown apart from the law.
  if ((m.obligation === 'proposed') !== (m.area === 'proposed')) {
    problems.push("a check of a proposed rule has obligation 'proposed' and area 'proposed', and only such a check does");
  }
  for (const key of ['title', 'rationale', 'remediation', 'basis'] as const) {
    if (!text(key)) problems.push(`meta.${key} must be a non-empty string`);
  }
  if (!Array.isArray(m.hipaa) || m.hipaa.length === 0) {
    problems.push('meta.hipaa must list at least one 45 CFR 164 citation');
  } else {
    const hipaa: unknown[] = m.hipaa;
    for (const c of hipaa) {
      if (typeof c !== 'string' || !citation(c)) problems.push(`citation ${JSON.stringify(c)} is not in the HIPAA catalog (\`hipaa-hero checks --coverage\` lists every citation)`);
    }
    // Listed twice, a citation would list the check twice in the coverage matrix.
    for (const c of new Set(hipaa.filter((c, i) => hipaa.indexOf(c) !== i))) problems.push(`meta.hipaa lists ${JSON.stringify(c)} more than once`);
    const entries = hipaa.map((c) => (typeof c === 'string' ? citation(c) : undefined));
    if (m.obligation === 'required' && !entries.some((e) => e?.required === true)) {
      problems.push('a required check must cite a standard or a required implementation specification');
    }
    if (m.obligation === 'addressable' && !entries.some((e) => e?.required === false)) {
      problems.push('an addressable check must cite the addressable implementation specification it tests');
    }
  }
  // The engine branches on these (skipping endpoint checks offline; attestation items), so they are held to their types too.
  if (!Array.isArray(m.needs) || !(m.needs as unknown[]).every((n) => typeof n === 'string' && NEEDS.includes(n))) {
    problems.push(`meta.needs must be a list of ${NEEDS.map((n) => `'${n}'`).join(', ')}, such as ['stack']`);
  }
  if (m.attestation !== undefined) problems.push(...attestationProblems(m.attestation, m.hipaa));
  return problems;
}

function attestationProblems(value: unknown, hipaa: unknown): string[] {
  if (value === null || typeof value !== 'object') return ['meta.attestation must be { citation, question, explain }'];
  const a = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof a.citation !== 'string' || !citation(a.citation)) problems.push(`meta.attestation.citation ${JSON.stringify(a.citation)} is not in the HIPAA catalog`);
  else if (!Array.isArray(hipaa) || !hipaa.includes(a.citation)) problems.push('meta.attestation.citation must be one of meta.hipaa');
  for (const key of ['question', 'explain']) {
    if (typeof a[key] !== 'string' || (a[key] as string).trim() === '') problems.push(`meta.attestation.${key} must be a non-empty string`);
  }
  return problems;
}

async function pluginFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && PLUGIN_FILE.test(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export interface PluginCheck {
  check: Check;
  file: string;
}

export interface LoadPluginOptions {
  /** How long one module may take to load (tests shorten it). */
  deadlineMs?: number;
}

/**
 * Loads every `.js`/`.mjs` module under each directory, each in a worker of its own (never in this
 * process: its top-level code could otherwise patch what the engine and the built-in checks use).
 * What is registered is a validated, frozen snapshot of its meta. Every broken module is an input
 * error naming its file.
 */
export async function loadPluginChecks(dirs: readonly string[], options: LoadPluginOptions = {}): Promise<PluginCheck[]> {
  const found: Array<{ dir: string; file: string }> = [];
  for (const dir of dirs) {
    let isDir = false;
    try {
      isDir = (await stat(dir)).isDirectory();
    } catch {
      /* reported below */
    }
    if (!isDir) throw InputError.at(dir, 1, 1, 'is not a directory of check modules — give a directory containing .js or .mjs checks');
    for (const file of await pluginFiles(dir)) found.push({ dir, file });
  }
  const loaded = await Promise.all(found.map(({ file }) => loadPluginModule(path.resolve(file), options.deadlineMs)));
  const checks: PluginCheck[] = [];
  const problems: Problem[] = [];
  found.forEach(({ dir, file }, i) => {
    const outcome = loaded[i]!;
    if (!outcome.loaded) {
      problems.push({ file, line: 1, column: 1, message: `${outcome.problem} — fix the module or remove it from ${dir}` });
      return;
    }
    const invalid = [...outcome.problems, ...(outcome.meta ? metaProblems(outcome.meta) : [])];
    if (invalid.length || !outcome.meta) {
      problems.push({ file, line: 1, column: 1, message: `not a valid check: ${invalid.join('; ')} — export default defineCheck({ meta, run }) as the README shows` });
      return;
    }
    checks.push({ check: pluginCheck(path.resolve(file), deepFreeze(outcome.meta) as unknown as CheckMeta), file });
  });
  if (problems.length) throw new InputError(problems);
  return checks;
}

/** The checks of one run, sorted by id, ids unique, and at most one attestation item per citation. */
export function assembleChecks(builtin: readonly Check[], plugins: readonly PluginCheck[]): Check[] {
  // Ours, but results share these objects with every reporter: nothing downstream may change them.
  for (const check of builtin) deepFreeze(check.meta);
  const seen = new Set(builtin.map((c) => c.meta.id));
  const attested = new Set(builtin.flatMap((c) => (c.meta.attestation ? [c.meta.attestation.citation] : [])));
  for (const { check, file } of plugins) {
    const { id, attestation } = check.meta;
    if (seen.has(id)) {
      throw InputError.at(file, 1, 1, `a check with id '${id}' is already registered — give this check another id`);
    }
    if (attestation && attested.has(attestation.citation)) {
      throw InputError.at(file, 1, 1, `an attestation item for ${attestation.citation} is already registered — remove meta.attestation, or attest its manual results under its id`);
    }
    seen.add(id);
    if (attestation) attested.add(attestation.citation);
  }
  return [...builtin, ...plugins.map((p) => p.check)].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}
