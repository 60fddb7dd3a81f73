// `hipaa-hero probe <url...>`: the endpoint checks and grades for URLs, with no stack file.
import { runProbe } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import { UsageError } from '../errors.js';
import { placeholderHost } from '../gather/address.js';
import { redactUnparsed, redactUrl } from '../redact.js';
import type { OutputFlags } from './outputs.js';
import { generatedAtFor, reportWith, withProbeSettings, type ProbeFlags } from './shared.js';

export interface ProbeCommandFlags extends OutputFlags, ProbeFlags {
  phi: boolean;
  now?: string;
  failOn: FailOn;
  failUnder?: number;
}

/**
 * The URL as it will be probed and reported: a user name or password in it is masked
 * (https://***@host/) and never sent, so no report, facts file or message repeats a password typed
 * on the command line.
 */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`'${redactUnparsed(url)}' is not a URL — write it in full, e.g. https://book.example.com`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(`'${redactUrl(url)}' is not a web address — give an https:// or http:// URL`);
  }
  return redactUrl(url);
}

export async function probeCommand(urls: string[], flags: ProbeCommandFlags): Promise<number> {
  const unique = [...new Set(urls.map(checkUrl))];
  // Asked for by name, a placeholder is a mistake, not an endpoint to skip (saved facts may still hold it).
  if (flags.facts === undefined) {
    for (const url of unique) {
      const placeholder = placeholderHost(new URL(url).hostname);
      if (placeholder !== undefined) throw new UsageError(`${url} is never probed: ${placeholder} — give the endpoint's real address`);
    }
  }
  const generatedAt = generatedAtFor(flags.now);
  return reportWith(flags, (session) =>
    withProbeSettings(flags, session, (probe) =>
      runProbe({
        urls: unique,
        phi: flags.phi,
        now: flags.now ?? today(),
        failOn: flags.failOn,
        failUnder: flags.failUnder ?? null,
        ...(generatedAt ? { generatedAt } : {}),
        probe,
      }),
    ),
  );
}
