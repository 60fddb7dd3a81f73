// The checks a run can use: the built-in checks and attestation items, plus plugin directories. Kept
// apart from the audit pipeline so that `hipaa-hero checks` loads no YAML parser or stack validator.
import { attestationChecks, builtinChecks } from '../checks/index.js';
import { attestTargets } from './engine/attestations.js';
import type { Check } from './engine/check.js';
import { assembleChecks, loadPluginChecks } from './engine/registry.js';
import type { LoadOptions } from './stack/load.js';

/** The built-in checks and attestation items, plus those in `--checks` directories, validated and sorted by id. */
export async function loadChecks(checksDirs: readonly string[]): Promise<Check[]> {
  const plugins = checksDirs.length ? await loadPluginChecks(checksDirs) : [];
  return assembleChecks([...builtinChecks, ...attestationChecks], plugins);
}

/** What loading a stack file must know of the checks: the ids waivers may name, the keys attestations may use. */
export function stackLoadOptions(checks: readonly Check[]): LoadOptions {
  return { knownCheckIds: new Set(checks.map((c) => c.meta.id)), attestTargets: attestTargets(checks) };
}
