// The checks as a function of the day: runs the built-in checks (all of them, or only those whose
// results are asked for) on one loaded stack and one set of facts, on any day, and keys each result
// by check id and subject. The engine's own rules apply unchanged (attestations joined, waivers in
// force on that day), so a waiver that lapses or an attestation that goes stale shows as it would in
// an audit run on that day.
import type { Check, CheckContext, Finding } from '../engine/check.js';
import { runChecks, type CheckResult } from '../engine/run.js';
import type { Facts } from '../gather/facts.js';
import type { Stack } from '../stack/schema.js';
import type { Probe, Rank, Sample } from './search.js';

const RANKS: Readonly<Record<string, number>> = { pass: 0, not_applicable: 0, waived: 0, alternative: 0, warn: 1, manual: 1, fail: 2 };

/** How bad a status is (see Rank): error and not_judged are unknowns, not dated changes. */
export const rankOf = (status: string): Rank => RANKS[status];

const SEP = '\u0000';

/** The key of a result: check id and subject (and, for a repeated subject, its place among them). */
export const resultKey = (checkId: string, subject: string, repeat = 0): string =>
  repeat === 0 ? `${checkId}${SEP}${subject}` : `${checkId}${SEP}${subject}${SEP}${repeat}`;

const checkIdOf = (key: string): string => key.slice(0, key.indexOf(SEP));

export interface Evaluator {
  /** Every result on `day` of the checks that give `keys` (all checks when undefined). */
  resultsAt(day: string, keys?: readonly string[]): Map<string, CheckResult>;
  /** The same over day numbers, with each result's rank: what the searches read. */
  probe: Probe<CheckResult>;
  /** How many times the checks ran, and how many check runs that made (for measurements). */
  readonly stats: { runs: number; checkRuns: number };
}

export interface EvaluatorInput {
  checks: readonly Check[];
  stack: Stack;
  facts: Facts;
  offline: boolean;
}

export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The check, run once for every day when its findings cannot depend on the day: a check is a pure
 * function of the stack, the facts and `now`, so one that did not read `now` on its first run took
 * a path that does not depend on it, and gives the same findings on any day. The engine still
 * applies each day's waivers and attestations to them.
 */
export function onceIfUndated(check: Check): Check {
  let first = true;
  let undated: Finding[] | undefined;
  return {
    meta: check.meta,
    run(ctx) {
      if (undated) return undated;
      let read = false;
      const spy: CheckContext = Object.freeze({
        stack: ctx.stack,
        facts: ctx.facts,
        options: ctx.options,
        get now() {
          read = true;
          return ctx.now;
        },
      });
      const findings = check.run(spy);
      if (first && !read) undated = findings;
      first = false;
      return findings;
    },
  };
}

export function makeEvaluator(input: EvaluatorInput): Evaluator {
  const checks = input.checks.map(onceIfUndated);
  const byId = new Map(checks.map((c) => [c.meta.id, c]));
  const stats = { runs: 0, checkRuns: 0 };
  // Keys made once per check and subject: a 10x stack's run gives 50,000 results, searched on hundreds of days.
  const keys = new Map<string, Map<string, string>>();
  const keyOf = (id: string, subject: string): string => {
    let bySubject = keys.get(id);
    if (!bySubject) keys.set(id, (bySubject = new Map()));
    let key = bySubject.get(subject);
    if (key === undefined) bySubject.set(subject, (key = resultKey(id, subject)));
    return key;
  };
  /** Runs the checks that give `wanted` (all when undefined) on `day` and visits each result with its key. */
  const each = (day: string, wanted: readonly string[] | undefined, visit: (key: string, result: CheckResult) => void): void => {
    const run = wanted === undefined ? checks : [...new Set(wanted.map(checkIdOf))].flatMap((id) => byId.get(id) ?? []);
    stats.runs++;
    stats.checkRuns += run.length;
    const seen = new Set<string>();
    for (const r of runChecks({ checks: run, stack: input.stack, facts: input.facts, now: day, options: { offline: input.offline } })) {
      let key = keyOf(r.meta.id, r.subject);
      for (let repeat = 1; seen.has(key); repeat++) key = resultKey(r.meta.id, r.subject, repeat);
      seen.add(key);
      visit(key, r);
    }
  };
  const resultsAt = (day: string, wanted?: readonly string[]): Map<string, CheckResult> => {
    const out = new Map<string, CheckResult>();
    each(day, wanted, (key, r) => out.set(key, r));
    return out;
  };
  const probe: Probe<CheckResult> = (day, wanted) => {
    const samples = new Map<string, Sample<CheckResult>>();
    // Only the keys asked for are kept: the other results of the same checks are dropped at once.
    const only = wanted && new Set(wanted);
    each(dayString(day), wanted, (key, r) => {
      if (!only || only.has(key)) samples.set(key, { rank: rankOf(r.status), value: r });
    });
    return samples;
  };
  return { resultsAt, probe, stats };
}
