// The HTTP Observatory's content-security-policy test, on the response's CSP headers.
import { scored, type HeadersTest, type Result } from './observatory-table.js';

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy
//
// Sub-results implemented, in the Observatory's order of precedence (the first that applies wins):
//   csp-not-implemented / csp-not-implemented-but-reporting-enabled (only the Report-Only header),
//   csp-header-invalid (empty or too short policy, a directive repeated in one policy, or
//     'strict-dynamic' without a nonce or hash),
//   csp-implemented-with-unsafe-inline ('unsafe-inline', data: or a broad source in script-src, a
//     broad source in object-src, or either left unrestricted: the fallback is default-src, then *),
//   csp-implemented-with-insecure-scheme (http: or ftp: sources outside img-src/media-src),
//   csp-implemented-with-unsafe-eval ('unsafe-eval' in script-src or style-src),
//   csp-implemented-with-insecure-scheme-in-passive-content-only (http:/ftp: in img-src/media-src),
//   csp-implemented-with-unsafe-inline-in-style-src-only,
//   csp-implemented-with-no-unsafe-default-src-none (default-src is exactly 'none'),
//   csp-implemented-with-no-unsafe,
//   and csp-implemented-but-duplicate-directives replacing a passing result when report-uri or
//   report-to is repeated.
// Also as the Observatory does: a nonce or hash in script-src/style-src cancels 'unsafe-inline'
// there; with 'strict-dynamic' plus a nonce or hash, scheme and host sources, 'self' and
// 'unsafe-inline' are dropped from script-src; directive names and sources compare case-insensitively;
// an empty *-src directive means 'none'.
// Not implemented: policies in <meta http-equiv> tags (we keep no body). Several policies (repeated
// headers) are combined by intersecting each directive's sources by exact match, a simplification
// of the Observatory's path-prefix matching between policies.

const DANGEROUSLY_BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const PASSIVE_DIRECTIVES = ['img-src', 'media-src'];
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to']);
/** The Observatory rejects a policy shorter than its shortest useful directive, `img-src`, less one. */
const SHORTEST_POLICY = 'img-src'.length - 1;

type CspParse = { invalid: string } | { directives: Map<string, Set<string>>; duplicateReporting: boolean };

function parseCsp(policies: string[]): CspParse {
  const directives = new Map<string, Set<string>>();
  let duplicateReporting = false;
  for (const [index, rawPolicy] of policies.entries()) {
    const policy = rawPolicy.replace(/[\r\n]/g, '').trim();
    if (policy.length < SHORTEST_POLICY) return { invalid: `policy ${JSON.stringify(policy)} is empty or too short` };
    const seen = new Set<string>();
    for (const entry of policy.split(';')) {
      const [rawName, ...rawSources] = entry.trim().split(/\s+/);
      if (!rawName) continue;
      const name = rawName.toLowerCase();
      if (seen.has(name)) {
        if (!DUPLICATES_ALLOWED.has(name)) return { invalid: `directive ${name} is repeated` };
        duplicateReporting = true;
        continue;
      }
      seen.add(name);
      const sources = new Set(rawSources.map((source) => source.toLowerCase()));
      if (sources.size === 0) sources.add("'none'");
      const earlier = directives.get(name);
      if (index > 0 && earlier) {
        // Every policy must allow a load, so only sources every policy names remain.
        const both = new Set([...earlier].filter((source) => sources.has(source)));
        directives.set(name, both.size > 0 ? both : new Set(["'none'"]));
      } else {
        directives.set(name, sources);
      }
    }
  }
  return { directives, duplicateReporting };
}

const hasNonceOrHash = (sources: Set<string>): boolean =>
  [...sources].some((source) => NONCE_OR_HASH.some((prefix) => source.startsWith(prefix)));

const anyIn = (sources: Iterable<string>, set: Set<string>): boolean => [...sources].some((source) => set.has(source));

const insecureScheme = (source: string): boolean => source.startsWith('http:') || source.startsWith('ftp:');

interface CspOutcome {
  test: HeadersTest;
  /** The header policy has a frame-ancestors directive (what the X-Frame-Options test credits). */
  frameAncestors: boolean;
}

export function cspTest(headers: Record<string, string>, httpsSite: boolean): CspOutcome {
  const name = 'content-security-policy';
  const header = headers['content-security-policy'];
  const policies = header === undefined ? [] : header.split(',').map((policy) => policy.trim());
  if (policies.length === 0) {
    const reportOnly = headers['content-security-policy-report-only'];
    return {
      test: scored(name, reportOnly ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented'),
      frameAncestors: false,
    };
  }
  const parsed = parseCsp(policies);
  if ('invalid' in parsed) {
    const test = scored(name, 'csp-header-invalid');
    return { test: { ...test, description: `${test.description} (${parsed.invalid})` }, frameAncestors: false };
  }
  const csp = parsed.directives;
  const fallback = (directive: string): Set<string> => new Set(csp.get(directive) ?? csp.get('default-src') ?? ['*']);
  const scriptSrc = fallback('script-src');
  const styleSrc = fallback('style-src');
  const objectSrc = fallback('object-src');

  for (const sources of [scriptSrc, styleSrc]) {
    if (hasNonceOrHash(sources)) sources.delete("'unsafe-inline'");
  }
  let result: Result | null = null;
  if (scriptSrc.has("'strict-dynamic'")) {
    if (hasNonceOrHash(scriptSrc)) {
      for (const source of [...scriptSrc]) {
        const dropped = [...DANGEROUSLY_BROAD].some((broad) => source.startsWith(broad)) || source === "'self'" || source === "'unsafe-inline'";
        if (dropped) scriptSrc.delete(source);
      }
    } else {
      result = 'csp-header-invalid';
    }
  }

  const activeSources = [
    ...[...csp.entries()].filter(([directive]) => !PASSIVE_DIRECTIVES.includes(directive) && directive !== 'script-src').flatMap(([, sources]) => [...sources]),
    ...scriptSrc,
  ];
  const passiveSources = PASSIVE_DIRECTIVES.flatMap((directive) => [...(csp.get(directive) ?? csp.get('default-src') ?? [])]);
  const defaultSrc = csp.get('default-src');

  const checks: Array<[boolean, Result]> = [
    [anyIn(scriptSrc, BROAD_OR_INLINE) || anyIn(objectSrc, DANGEROUSLY_BROAD), 'csp-implemented-with-unsafe-inline'],
    [httpsSite && activeSources.some(insecureScheme), 'csp-implemented-with-insecure-scheme'],
    [scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"), 'csp-implemented-with-unsafe-eval'],
    [httpsSite && passiveSources.some(insecureScheme), 'csp-implemented-with-insecure-scheme-in-passive-content-only'],
    [anyIn(styleSrc, BROAD_OR_INLINE), 'csp-implemented-with-unsafe-inline-in-style-src-only'],
    [defaultSrc?.size === 1 && defaultSrc.has("'none'"), 'csp-implemented-with-no-unsafe-default-src-none'],
  ];
  result ??= checks.find(([applies]) => applies)?.[1] ?? 'csp-implemented-with-no-unsafe';

  const passing: Result[] = [
    'csp-implemented-with-no-unsafe',
    'csp-implemented-with-no-unsafe-default-src-none',
    'csp-implemented-with-unsafe-inline-in-style-src-only',
    'csp-implemented-with-insecure-scheme-in-passive-content-only',
  ];
  if (passing.includes(result) && parsed.duplicateReporting) result = 'csp-implemented-but-duplicate-directives';
  return { test: scored(name, result), frameAncestors: csp.has('frame-ancestors') };
}

