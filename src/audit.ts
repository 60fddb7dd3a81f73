// The audit pipeline, one direction: stack -> gather -> checks -> score -> report.
import { builtinChecks } from '../checks/index.js';
import { assembleChecks, loadPluginChecks } from './engine/registry.js';
import type { Check } from './engine/check.js';
import { runChecks } from './engine/run.js';
import { evaluateGate, scoreResults, type FailOn } from './engine/score.js';
import { gatherDocuments } from './gather/documents.js';
import { buildReport } from './report/model.js';
import type { Report } from './report/schema.js';
import { loadStack } from './stack/load.js';

export interface AuditOptions {
  file: string;
  /** The audit day, YYYY-MM-DD. */
  now: string;
  offline: boolean;
  checksDirs: readonly string[];
  failOn: FailOn;
  failUnder: number | null;
  /** Injected for reproducible reports; defaults to the current time. */
  generatedAt?: Date;
}

/** The built-in checks plus those in `--checks` directories, validated and sorted by id. */
export async function loadChecks(checksDirs: readonly string[]): Promise<Check[]> {
  const plugins = checksDirs.length ? await loadPluginChecks(checksDirs) : [];
  return assembleChecks(builtinChecks, plugins);
}

export async function runAudit(options: AuditOptions): Promise<Report> {
  const checks = await loadChecks(options.checksDirs);
  const loaded = await loadStack(options.file, { knownCheckIds: new Set(checks.map((c) => c.meta.id)) });
  const facts = { documents: await gatherDocuments(loaded.stack, loaded.dir) };
  const results = runChecks({ checks, stack: loaded.stack, facts, now: options.now, options: { offline: options.offline } });
  const score = scoreResults(results);
  const gate = evaluateGate(results, score, options.failOn, options.failUnder);
  return buildReport({
    stack: { file: loaded.file, sha256: loaded.sha256, practice: loaded.stack.practice.name, locate: loaded.locate },
    results,
    score,
    gate,
    now: options.now,
    generatedAt: options.generatedAt ?? new Date(),
  });
}
