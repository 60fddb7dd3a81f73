// `hipaa-hero due`, one direction: stack -> gather -> checks on many days -> due list. The stack is
// loaded and its facts gathered once (documents; endpoints probed live, replayed from --facts, or
// not at all with --offline); the built-in checks then run on the days the searches ask for.
import { gatherEndpointFacts, type ProbeSettings } from '../audit.js';
import { loadChecks, stackLoadOptions } from '../load-checks.js';
import { addDays, addMonths } from '../engine/days.js';
import { pluginFileOf } from '../engine/plugin-host.js';
import { DEFAULT_PROFILE, inProfile, type ProfileId } from '../engine/profiles.js';
import { documentLocations, gatherDocuments } from '../gather/documents.js';
import type { Facts } from '../gather/facts.js';
import { loadStack } from '../stack/load.js';
import { refuseOverlaps } from '../write-file.js';
import { makeEvaluator } from './evaluate.js';
import { findDue, type DueItem } from './items.js';

/** How far back the start of an overdue item is looked for: a result bad for longer is not a dated change. */
export const LOOKBACK_MONTHS = 72;

export interface DueOptions {
  file: string;
  /** The run's day, YYYY-MM-DD. */
  now: string;
  /** The window: results that get worse within this many days after `now`. */
  withinDays: number;
  checksDirs: readonly string[];
  /** The rules measured against (--profile); the rules in force when absent. */
  profile?: ProfileId;
  /** Page visits are never made: `pages` is ignored. */
  probe: ProbeSettings;
}

export interface DueList {
  practice: string;
  /** The stack file as given. */
  file: string;
  now: string;
  withinDays: number;
  /** The window's last day. */
  horizon: string;
  /** The earliest day an overdue item's start was looked for. */
  lookback: string;
  items: DueItem[];
  /** What the list leaves out, said once (no endpoint facts, plugin checks not run). */
  notes: string[];
  /** How often the checks ran (a measurement, not part of any output format). */
  runs: number;
}

export async function runDue(options: DueOptions): Promise<DueList> {
  const checks = await loadChecks(options.checksDirs);
  // Waivers and attestations may name --checks ids, so the stack is validated against all of them.
  const loaded = await loadStack(options.file, stackLoadOptions(checks));
  const { pages: _pages, ...probe } = options.probe;
  await refuseOverlaps(probe.outputs ?? [], [
    { path: options.file, what: 'the stack file' },
    ...documentLocations(loaded.stack, loaded.dir).map((p) => ({ path: p, what: 'a document named in the stack file' })),
    ...(probe.factsFile !== undefined ? [{ path: probe.factsFile, what: 'the --facts file' }] : []),
  ]);
  const [documents, endpoints] = await Promise.all([
    gatherDocuments(loaded.stack, loaded.dir, { allowOutside: probe.allowOutside === true }),
    gatherEndpointFacts((loaded.stack.endpoints ?? []).map((e) => e.url), probe),
  ]);
  const facts: Facts = endpoints === undefined ? { documents } : { documents, endpoints };
  // Plugin checks run only in workers, under a deadline: too slow to run on every day searched.
  const builtin = checks.filter((c) => pluginFileOf(c) === undefined && inProfile(c.meta, options.profile ?? DEFAULT_PROFILE));
  const evaluator = makeEvaluator({ checks: builtin, stack: loaded.stack, facts, offline: probe.offline });
  const horizon = addDays(options.now, options.withinDays);
  const lookback = addMonths(options.now, -LOOKBACK_MONTHS);
  const items = findDue(evaluator, { now: options.now, horizon, lookback, file: loaded.file, locate: loaded.locate });
  const notes: string[] = [];
  if (endpoints === undefined && (loaded.stack.endpoints ?? []).length > 0) {
    notes.push('Certificate expiries are not included: --offline probes nothing. Drop --offline, or give saved facts with --facts <file>.');
  }
  const plugins = checks.filter((c) => pluginFileOf(c) !== undefined).length;
  if (plugins > 0) notes.push(`The ${plugins} check${plugins === 1 ? '' : 's'} loaded with --checks ${plugins === 1 ? 'is' : 'are'} not included: due runs the built-in checks only.`);
  return {
    practice: loaded.stack.practice.name,
    file: loaded.file,
    now: options.now,
    withinDays: options.withinDays,
    horizon,
    lookback,
    items,
    notes,
    runs: evaluator.stats.runs,
  };
}
