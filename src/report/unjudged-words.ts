// What was not judged, in words every human format shares: one sentence beside the score saying how
// many results weigh nothing and why, and one note for every placeholder endpoint together, so a
// template's example addresses are said once, not once per check.
import type { Report, ReportEndpoint } from './schema.js';
import { CHECK_SUBJECT } from '../engine/run.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "46 results were not judged (…) and weigh nothing in the score."; null when every result was judged. */
export function notJudgedSummary(report: Pick<Report, 'results' | 'endpoints'>): string | null {
  const notJudged = report.results.filter((r) => r.status === 'not_judged');
  if (notJudged.length === 0) return null;
  const why: string[] = [];
  if (notJudged.some((r) => r.subject === CHECK_SUBJECT)) why.push('the live checks did not run (--offline)');
  const endpoints = report.endpoints ?? [];
  const placeholders = endpoints.filter((e) => e.placeholder !== undefined).length;
  const unreached = endpoints.filter((e) => e.error !== undefined).length;
  if (placeholders) why.push(`${plural(placeholders, 'endpoint was', 'endpoints were')} not probed`);
  if (unreached) why.push(`${plural(unreached, 'endpoint was', 'endpoints were')} not reached, reported as one error each`);
  if (why.length === 0) why.push('what they need was not seen, reported once by another check');
  return `${plural(notJudged.length, 'result was', 'results were')} not judged (${why.join('; ')}): they weigh nothing in the score, which covers what was judged.`;
}

/** The one note for all placeholder endpoints; null when there are none. */
export function placeholderNote(endpoints: readonly ReportEndpoint[]): string | null {
  const held = endpoints.filter((e): e is ReportEndpoint & { placeholder: string } => e.placeholder !== undefined);
  if (held.length === 0) return null;
  const hosts = held.map((e) => e.url);
  // "<host> is a placeholder: <why>": the why is shared by every .example name.
  const reasons = [...new Set(held.map((e) => e.placeholder.replace(/^.* is a placeholder: /, '')))];
  const list = hosts.length === 1 ? hosts[0]! : `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]!}`;
  const them = hosts.length === 1 ? 'it' : 'them';
  return `Not probed: ${list} ${hosts.length === 1 ? 'is a placeholder' : 'are placeholders'} (${reasons.join('; ')}). Write the practice's real ${hosts.length === 1 ? 'address' : 'addresses'} in the stack file to have ${them} tested.`;
}

/** One vendor hint as every human format prints it: the vendor, what is known, and that it decides nothing. */
export function hintLine(h: NonNullable<Report['hints']>[number]): string {
  return `${h.subject}: ${h.text} (public information, checked ${h.checked}: a hint, not a finding)`;
}
