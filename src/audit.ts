// The audit pipeline, one direction: stack -> gather -> checks -> score -> report.
import { createHash } from 'node:crypto';
import type { Check } from './engine/check.js';
import { coverageMatrix } from './engine/coverage.js';
import { runAllChecks } from './engine/run.js';
import { DEFAULT_PROFILE, inProfile, PROFILES, type ProfileId } from './engine/profiles.js';
import { evaluateGate, scoreResults, type FailOn } from './engine/score.js';
import { documentLocations, gatherDocuments } from './gather/documents.js';
import { gradeEndpoints } from './grade/endpoint-grades.js';
import type { EndpointFacts } from './gather/endpoint-facts.js';
import type { Facts } from './gather/facts.js';
import { buildReport } from './report/model.js';
import type { Report } from './report/schema.js';
import type { Position } from './stack/positions.js';
import type { Stack } from './stack/schema.js';
import type { LoadedStack } from './stack/load.js';
import { changesAgainst } from './report/baseline.js';
import type { SavedReport } from './report/read.js';
import { UsageError } from './errors.js';
import { refuseOverlaps, writeOutputFile, type Destination } from './write-file.js';
import { vendorHints } from './knowledge/hints.js';
import type { PageSettings } from './gather/page-gather.js';

/**
 * How endpoint facts are obtained: probed live, replayed from a file, or not at all (offline); and,
 * built from the same command line, how the run's own files are treated.
 */
export interface ProbeSettings {
  offline: boolean;
  /** Replay these saved facts instead of probing (no network). */
  factsFile?: string;
  /** Write what the probes saw to this file. */
  saveFacts?: string;
  timeoutMs: number;
  concurrency: number;
  deadlineMs: number;
  /** PEM text of trust roots to use instead of the system's. */
  ca?: string;
  /** Visit each endpoint's page (in this browser, or from its HTML when it has none); absent: no visits. */
  pages?: PageSettings;
  onProgress?: (done: number, total: number, url: string) => void;
  /** Read document paths that lead outside the stack file's folder (--allow-outside). */
  allowOutside?: boolean;
  /** Every file the run will write: refused, before anything is probed, when one is an input. */
  outputs?: readonly Destination[];
}

export interface GateSettings {
  failOn: FailOn;
  failUnder: number | null;
  /** Gate only on failures that are not in the baseline (needs `baseline`). */
  failOnNew?: boolean;
  /** A previous JSON report to compare with. */
  baseline?: string;
}

export interface AuditOptions extends GateSettings {
  file: string;
  /** The audit day, YYYY-MM-DD. */
  now: string;
  checksDirs: readonly string[];
  probe: ProbeSettings;
  /** Injected for reproducible reports; defaults to the current time. */
  generatedAt?: Date;
  /** The rules measured against (--profile); the rules in force when absent. */
  profile?: ProfileId;
}

/** Endpoint facts for these URLs, per the settings; undefined when offline with nothing to replay. */
export async function gatherEndpointFacts(urls: readonly string[], settings: ProbeSettings): Promise<Record<string, EndpointFacts> | undefined> {
  if (settings.factsFile !== undefined) {
    const { readFactsFile, replayFacts } = await import('./gather/facts-file.js');
    return replayFacts(await readFactsFile(settings.factsFile), urls, settings.factsFile);
  }
  if (settings.offline) return undefined;
  const probedAt = new Date();
  const { gatherEndpoints } = await import('./gather/endpoints.js');
  const endpoints = urls.length ? await gatherEndpoints(urls, settings) : {};
  if (settings.saveFacts !== undefined) {
    const { renderFactsFile } = await import('./gather/facts-file.js');
    await writeOutputFile(settings.saveFacts, renderFactsFile(endpoints, probedAt));
  }
  return endpoints;
}

interface PipelineInput extends Omit<GateSettings, 'baseline'> {
  baseline: SavedReport | undefined;
  stack: Stack;
  source: { file: string; sha256: string; locate(pointer: string): Position | null };
  checks: readonly Check[];
  facts: Facts;
  now: string;
  offline: boolean;
  generatedAt?: Date;
  /** Audits carry the HIPAA checklist; `probe` reports do not. */
  checklist: boolean;
  profile?: ProfileId;
}

/** checks -> score -> report, on a loaded stack and gathered facts. */
async function judge(input: PipelineInput): Promise<Report> {
  const profile = PROFILES[input.profile ?? DEFAULT_PROFILE];
  // A proposal's checks run only under its profile; the stack was validated against every check all the same.
  const checks = input.checks.filter((c) => inProfile(c.meta, profile.id));
  // Plugin checks run in workers, under a deadline; built-in ones here. Both read one frozen stack and facts.
  const results = await runAllChecks({ checks, stack: input.stack, facts: input.facts, now: input.now, options: { offline: input.offline } });
  const score = scoreResults(results);
  const changes = input.baseline && changesAgainst(results.map((r) => ({ checkId: r.meta.id, subject: r.subject, status: r.status })), input.baseline.report);
  const onlyNew = input.failOnNew && changes ? (_r: unknown, i: number) => changes[i] === 'new' : undefined;
  const gate = evaluateGate(results, score, input.failOn, input.failUnder, onlyNew);
  const endpoints = input.facts.endpoints && gradeEndpoints(input.stack.endpoints ?? [], input.facts.endpoints, input.now);
  // The page summaries load the third-party database: only when some page was visited.
  const visited = input.facts.endpoints && Object.values(input.facts.endpoints).some((f) => f.page !== undefined) ? input.facts.endpoints : undefined;
  const pages = visited && (await import('./report/pages.js')).summarizePages(input.stack.endpoints ?? [], visited);
  const hints = input.checklist ? vendorHints(input.stack) : [];
  return buildReport({
    ...(endpoints ? { endpoints } : {}),
    ...(pages ? { pages } : {}),
    ...(hints.length ? { hints } : {}),
    stack: {
      ...input.source,
      practice: input.stack.practice.name,
      documents: Object.values(input.facts.documents)
        .map((d) => ({ path: d.path, sha256: d.sha256 ?? null }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    },
    coveredEntity: input.stack.practice.covered_entity ?? 'yes',
    ...(input.checklist ? { coverage: coverageMatrix(checks.map((c) => c.meta)) } : {}),
    ...(profile.proposal ? { profile } : {}),
    results,
    ...(input.baseline && changes ? { baseline: { source: input.baseline, changes } } : {}),
    score,
    gate,
    now: input.now,
    generatedAt: input.generatedAt ?? new Date(),
  });
}

/** The baseline report, read and checked before any work is done. */
async function readBaseline(options: GateSettings): Promise<SavedReport | undefined> {
  if (options.failOnNew && options.baseline === undefined) {
    throw new UsageError('--fail-on-new gates on failures that are not in a baseline — give the previous report with --baseline <report.json>');
  }
  if (options.baseline === undefined) return undefined;
  const { readReportFile } = await import('./report/read.js');
  return readReportFile(options.baseline);
}

export async function runAudit(options: AuditOptions): Promise<Report> {
  const baseline = await readBaseline(options);
  // Loaded here, not with this module: `probe` needs neither the stack loader nor every check.
  const [{ loadChecks, stackLoadOptions }, { loadStack }] = await Promise.all([import('./load-checks.js'), import('./stack/load.js')]);
  const checks = await loadChecks(options.checksDirs);
  const loaded = await loadStack(options.file, stackLoadOptions(checks));
  // Checked before anything is probed or written: no output may replace the stack file, a document or a file the flags name.
  await refuseOverlaps(options.probe.outputs ?? [], [
    { path: options.file, what: 'the stack file' },
    ...documentLocations(loaded.stack, loaded.dir).map((p) => ({ path: p, what: 'a document named in the stack file' })),
    ...(options.probe.factsFile !== undefined ? [{ path: options.probe.factsFile, what: 'the --facts file' }] : []),
    ...(options.baseline !== undefined ? [{ path: options.baseline, what: 'the --baseline report' }] : []),
  ]);
  return auditLoaded(loaded, checks, options, baseline);
}

/** gather -> checks -> score -> report, for a stack already loaded with these checks. */
export async function auditLoaded(
  loaded: LoadedStack,
  checks: readonly Check[],
  options: Omit<AuditOptions, 'file' | 'checksDirs' | 'baseline'>,
  baseline?: SavedReport,
): Promise<Report> {
  const [documents, endpoints] = await Promise.all([
    gatherDocuments(loaded.stack, loaded.dir, { allowOutside: options.probe.allowOutside === true }),
    gatherEndpointFacts((loaded.stack.endpoints ?? []).map((e) => e.url), options.probe),
  ]);
  return judge({
    ...options,
    baseline,
    stack: loaded.stack,
    source: { file: loaded.file, sha256: loaded.sha256, locate: loaded.locate },
    checks,
    facts: endpoints === undefined ? { documents } : { documents, endpoints },
    offline: options.probe.offline,
    checklist: true,
  });
}

export interface ProbeOptions extends GateSettings {
  urls: readonly string[];
  /** Judge the URLs as PHI endpoints (stricter). */
  phi: boolean;
  now: string;
  probe: ProbeSettings;
  generatedAt?: Date;
}

/** `hipaa-hero probe`: the endpoint checks for URLs given on the command line, with no stack file. */
export async function runProbe(options: ProbeOptions): Promise<Report> {
  const baseline = await readBaseline(options);
  const stack: Stack = {
    version: 1,
    practice: { name: options.urls.length === 1 ? options.urls[0]! : `${options.urls.length} endpoints` },
    endpoints: options.urls.map((url) => ({ url, phi: options.phi })),
  };
  // The probes start first: the checks load while they wait on the network.
  const [endpoints, { builtinChecks }] = await Promise.all([gatherEndpointFacts(options.urls, options.probe), import('../checks/index.js')]);
  const checks = builtinChecks.filter((c) => c.meta.area === 'endpoints' || c.meta.needs.includes('endpoints'));
  return judge({
    ...options,
    baseline,
    stack,
    source: {
      file: '(command line)',
      sha256: createHash('sha256').update(JSON.stringify(stack)).digest('hex'),
      // There is no file to point into.
      locate: () => null,
    },
    checks,
    facts: endpoints === undefined ? { documents: {} } : { documents: {}, endpoints },
    offline: options.probe.offline,
    checklist: false,
  });
}
