// "Did you mean": the closest known name to a misspelt one.
import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `input`, when it is close enough to be a plausible typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let extended: string | undefined;
  for (const candidate of candidates) {
    const known = candidate.toLowerCase();
    const d = distance(wanted, known);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
    // `mfa_enabled` for `mfa`, `ip_allowlists_name` for `ip_allowlist`: a known name plus a word.
    if (extended === undefined && known.length >= 3 && /^[-_.]$/.test(wanted.charAt(known.length)) && wanted.startsWith(known)) {
      extended = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  // Short names are all within two edits of each other: do not guess 'ab' for 'xy'.
  if (best !== undefined && bestDistance <= limit && bestDistance < Math.max(input.length, best.length)) return best;
  return extended;
}
