// Owns the HTTP security-header grade of one endpoint, scored the way MDN HTTP Observatory scores a
// site: a pure function of the recorded facts (no I/O, no clock).
//
// Source of every number here: the MDN HTTP Observatory's published scoring (repository
// mdn/mdn-http-observatory: `src/grader/charts.js` SCORE_TABLE, GRADE_CHART and
// MINIMUM_SCORE_FOR_EXTRA_CREDIT; `src/scanner/index.js` for how modifiers add up; the tests under
// `src/analyzer/tests/` for what each result means). The method, in short:
//   - start at 100 and add every test's modifier;
//   - bonuses (positive modifiers) count only when the score from the penalties alone is at least 90;
//   - the score is floored at 0 and has no ceiling; the grade is read from the chart at the score
//     rounded down to a multiple of 5 (100 and above is A+).
// Tests we cannot run from our facts are left out and named in `limits`: cross-origin-resource-sharing
// (it needs a request carrying an Origin header, which we do not make) and subresource-integrity (it
// needs the HTML body, which we never keep). Neither changes the score of a site without CORS headers
// or scripts, where both give 0.
import type { CookieFacts, EndpointFacts, HttpFacts } from '../gather/endpoint-facts.js';

export type HeadersLetter = 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | 'D+' | 'D' | 'D-' | 'F';

export interface HeadersTest {
  /** The Observatory's test name, e.g. `content-security-policy`. */
  name: string;
  /** The Observatory's result name, e.g. `csp-implemented-with-no-unsafe`. */
  result: string;
  modifier: number;
  description: string;
}

export interface HeadersGrade {
  /** null when the HTTPS response is unknown (the request failed or was not made). */
  grade: HeadersLetter | null;
  score: number | null;
  tests: HeadersTest[];
  /** What could not be assessed from the facts, and why. */
  limits: string[];
}

/** Six months as the Observatory counts it (`SIX_MONTHS` in its HSTS test; SSL Labs' A+ uses the same 15552000). */
export const HSTS_SIX_MONTHS = 15_552_000;

/** The Observatory's MINIMUM_SCORE_FOR_EXTRA_CREDIT: bonuses count only from this uncurved score up. */
export const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

/** The Observatory's GRADE_CHART, as lower bounds (its chart lists every multiple of 5; these are where the letter changes). */
const GRADE_CHART: ReadonlyArray<readonly [number, HeadersLetter]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

/**
 * Every result we can produce, with the Observatory's modifier (SCORE_TABLE in charts.js) and our own
 * plain-text wording of its description.
 */
const SCORE_TABLE = {
  // content-security-policy
  'csp-implemented-with-no-unsafe-default-src-none': [10, "CSP implemented with default-src 'none' and nothing unsafe."],
  'csp-implemented-with-no-unsafe': [5, "CSP implemented without 'unsafe-inline' or 'unsafe-eval'."],
  'csp-implemented-with-unsafe-inline-in-style-src-only': [0, "CSP implemented, with unsafe sources ('unsafe-inline', data: or overly broad sources) in style-src only."],
  'csp-implemented-with-insecure-scheme-in-passive-content-only': [-10, 'CSP implemented, but images or media may be loaded over HTTP.'],
  'csp-implemented-with-unsafe-eval': [-10, "CSP implemented, but allows 'unsafe-eval'."],
  'csp-implemented-with-unsafe-inline': [-20, "CSP implemented unsafely: 'unsafe-inline' or data: in script-src, overly broad sources in script-src or object-src, or script-src/object-src not restricted."],
  'csp-implemented-with-insecure-scheme': [-20, 'CSP implemented, but resources may be loaded over HTTP.'],
  'csp-implemented-but-duplicate-directives': [0, 'CSP implemented, but repeats a report-uri or report-to directive.'],
  'csp-header-invalid': [-25, 'CSP header cannot be parsed.'],
  'csp-not-implemented': [-25, 'CSP header not implemented.'],
  'csp-not-implemented-but-reporting-enabled': [-25, 'Only Content-Security-Policy-Report-Only is set: nothing is enforced.'],
  // cookies
  'cookies-secure-with-httponly-sessions-and-samesite': [5, 'All cookies are Secure, session cookies are HttpOnly, and all use SameSite.'],
  'cookies-secure-with-httponly-sessions': [0, 'All cookies are Secure and session cookies are HttpOnly, but not all use SameSite.'],
  'cookies-not-found': [0, 'No cookies set.'],
  'cookies-without-secure-flag-but-protected-by-hsts': [-5, 'Cookies set without Secure, but HSTS keeps them off plain HTTP.'],
  'cookies-session-without-secure-flag-but-protected-by-hsts': [-10, 'Session cookie set without Secure, but HSTS keeps it off plain HTTP.'],
  'cookies-without-secure-flag': [-20, 'Cookies set without Secure.'],
  'cookies-samesite-flag-invalid': [-20, 'Cookies use SameSite with a value other than Strict or Lax (or None without Secure).'],
  'cookies-anticsrf-without-samesite-flag': [-20, 'Anti-CSRF cookie set without SameSite.'],
  'cookies-session-without-httponly-flag': [-30, 'Session cookie set without HttpOnly.'],
  'cookies-session-without-secure-flag': [-40, 'Session cookie set without Secure.'],
  // redirection
  'redirection-to-https': [0, 'http:// redirects first to https:// on the same host, and ends on HTTPS.'],
  'redirection-not-needed-no-http': [0, 'Nothing answers on plain HTTP, so no redirection is needed.'],
  'redirection-off-host-from-http': [-5, 'The first redirection from HTTP goes to HTTPS on another host, so HSTS is never set for this host.'],
  'redirection-not-to-https-on-initial-redirection': [-10, 'Ends on HTTPS, but the first redirection is to another HTTP URL.'],
  'redirection-not-to-https': [-20, 'Redirects, but the final destination is not HTTPS.'],
  'redirection-missing': [-20, 'Does not redirect to HTTPS.'],
  'redirection-invalid-cert': [-20, 'The HTTPS destination has an invalid certificate chain.'],
  // referrer-policy
  'referrer-policy-private': [5, 'Referrer-Policy is no-referrer, same-origin, strict-origin or strict-origin-when-cross-origin.'],
  'referrer-policy-not-implemented': [0, 'Referrer-Policy not set.'],
  'referrer-policy-unsafe': [-5, 'Referrer-Policy is origin, origin-when-cross-origin, unsafe-url or no-referrer-when-downgrade.'],
  'referrer-policy-header-invalid': [-5, 'Referrer-Policy cannot be recognized.'],
  // strict-transport-security
  'hsts-implemented-max-age-at-least-six-months': [0, 'Strict-Transport-Security max-age is at least six months (15552000).'],
  'hsts-implemented-max-age-less-than-six-months': [-10, 'Strict-Transport-Security max-age is under six months (15552000).'],
  'hsts-not-implemented': [-20, 'Strict-Transport-Security not set.'],
  'hsts-header-invalid': [-20, 'Strict-Transport-Security cannot be recognized.'],
  'hsts-invalid-cert': [-20, 'Strict-Transport-Security cannot take effect: the certificate chain is not valid.'],
  // x-content-type-options
  'x-content-type-options-nosniff': [0, 'X-Content-Type-Options is nosniff.'],
  'x-content-type-options-not-implemented': [-5, 'X-Content-Type-Options not set.'],
  'x-content-type-options-header-invalid': [-5, 'X-Content-Type-Options cannot be recognized.'],
  // x-frame-options
  'x-frame-options-implemented-via-csp': [5, 'Framing is controlled by the CSP frame-ancestors directive.'],
  'x-frame-options-sameorigin-or-deny': [0, 'X-Frame-Options is SAMEORIGIN or DENY.'],
  'x-frame-options-allow-from-origin': [0, 'X-Frame-Options uses ALLOW-FROM.'],
  'x-frame-options-not-implemented': [-20, 'X-Frame-Options not set (and no CSP frame-ancestors).'],
  'x-frame-options-header-invalid': [-20, 'X-Frame-Options cannot be recognized.'],
  // cross-origin-resource-policy
  'corp-implemented-with-same-origin': [10, 'Cross-Origin-Resource-Policy is same-origin.'],
  'corp-implemented-with-same-site': [10, 'Cross-Origin-Resource-Policy is same-site.'],
  'corp-implemented-with-cross-origin': [0, 'Cross-Origin-Resource-Policy is cross-origin.'],
  'corp-not-implemented': [0, 'Cross-Origin-Resource-Policy not set (browsers default to cross-origin).'],
  'corp-header-invalid': [-5, 'Cross-Origin-Resource-Policy cannot be recognized.'],
} as const satisfies Record<string, readonly [number, string]>;

type Result = keyof typeof SCORE_TABLE;

function scored(name: string, result: Result): HeadersTest {
  const [modifier, description] = SCORE_TABLE[result];
  return { name, result, modifier, description };
}

/** The Observatory's grade for a final score (its getGradeAndLikelihoodForScore). */
export function observatoryGrade(score: number): HeadersLetter {
  const rounded = Math.max(score, 0) - (Math.max(score, 0) % 5);
  for (const [floor, letter] of GRADE_CHART) if (rounded >= floor) return letter;
  return 'F';
}

// ---------------------------------------------------------------------------------------------
// Strict-Transport-Security

export type HstsReading =
  | { state: 'missing' }
  | { state: 'invalid'; reason: string }
  | { state: 'set'; maxAge: number; includeSubDomains: boolean; preload: boolean };

/**
 * Reads a Strict-Transport-Security value the way the Observatory's HSTS test does: directives split
 * on `;`, a `,` means the header was sent more than once (invalid), and `max-age` is required. One
 * deliberate difference: a quoted max-age (`max-age="31536000"`, allowed by RFC 6797) is read as
 * its number, where the Observatory's parseInt would make it NaN.
 */
export function parseHsts(value: string | undefined): HstsReading {
  if (value === undefined) return { state: 'missing' };
  const text = value.slice(0, 1024);
  if (text.includes(',')) return { state: 'invalid', reason: 'the header was sent more than once' };
  let maxAge: number | null = null;
  let includeSubDomains = false;
  let preload = false;
  for (const raw of text.split(';')) {
    const directive = raw.trim().toLowerCase();
    if (directive.startsWith('max-age=')) {
      const digits = directive.slice(8, 128).trim().replace(/^"(.*)"$/, '$1');
      maxAge = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
    } else if (directive === 'includesubdomains') {
      includeSubDomains = true;
    } else if (directive === 'preload') {
      preload = true;
    }
  }
  if (maxAge === null) return { state: 'invalid', reason: 'it has no max-age' };
  if (Number.isNaN(maxAge)) return { state: 'invalid', reason: 'its max-age is not a number' };
  return { state: 'set', maxAge, includeSubDomains, preload };
}

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

function cspTest(headers: Record<string, string>, httpsSite: boolean): CspOutcome {
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

// ---------------------------------------------------------------------------------------------
// The other tests

/** Worst first is last: the Observatory's `goodness` order for cookie results (a later one replaces an earlier). */
const COOKIE_SEVERITY: Result[] = [
  'cookies-without-secure-flag-but-protected-by-hsts',
  'cookies-without-secure-flag',
  'cookies-session-without-secure-flag-but-protected-by-hsts',
  'cookies-samesite-flag-invalid',
  'cookies-anticsrf-without-samesite-flag',
  'cookies-session-without-httponly-flag',
  'cookies-session-without-secure-flag',
];

/** The Observatory skips this cookie by name (a Heroku routing cookie it considers noise). */
const IGNORED_COOKIES = new Set(['heroku-session-affinity']);

function cookiesTest(cookies: CookieFacts[], hstsPasses: boolean): HeadersTest {
  const name = 'cookies';
  const judged = cookies.filter((cookie) => cookie.name && !IGNORED_COOKIES.has(cookie.name));
  if (judged.length === 0) return scored(name, 'cookies-not-found');
  let worst: Result | null = null;
  const report = (result: Result): void => {
    if (worst === null || COOKIE_SEVERITY.indexOf(result) > COOKIE_SEVERITY.indexOf(worst)) worst = result;
  };
  let missingSameSite = false;
  for (const cookie of judged) {
    const lowerName = cookie.name.toLowerCase();
    // The Observatory's heuristics: a name containing "login" or "sess" is a session cookie, "csrf" an anti-CSRF token.
    const session = lowerName.includes('login') || lowerName.includes('sess');
    const antiCsrf = lowerName.includes('csrf');
    const sameSite = cookie.sameSite?.toLowerCase() ?? null;
    if (sameSite !== null && !['strict', 'lax', 'none'].includes(sameSite)) report('cookies-samesite-flag-invalid');
    if (sameSite === 'none' && !cookie.secure) report('cookies-samesite-flag-invalid');
    if (!cookie.secure) report(hstsPasses ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag');
    if (antiCsrf && sameSite === null) report('cookies-anticsrf-without-samesite-flag');
    if (session && !cookie.secure) report(hstsPasses ? 'cookies-session-without-secure-flag-but-protected-by-hsts' : 'cookies-session-without-secure-flag');
    if (session && !cookie.httpOnly) report('cookies-session-without-httponly-flag');
    if (sameSite === null) missingSameSite = true;
  }
  if (worst !== null) return scored(name, worst);
  return scored(name, missingSameSite ? 'cookies-secure-with-httponly-sessions' : 'cookies-secure-with-httponly-sessions-and-samesite');
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function redirectionTest(http: HttpFacts, certificateValid: boolean, limits: string[]): HeadersTest {
  const name = 'redirection';
  if (http.hops.length === 0) {
    const test = scored(name, 'redirection-not-needed-no-http');
    return http.error ? { ...test, description: `${test.description} (${http.error})` } : test;
  }
  if (http.error) limits.push(`redirection: the plain-HTTP request chain ended in an error (${http.error}); judged on the ${http.hops.length} hop(s) recorded.`);
  // A redirect to another host is recorded, not followed: it is still the route's next step.
  const route = [...http.hops.map((hop) => parseUrl(hop.url)), ...(http.offSiteRedirect ? [parseUrl(http.offSiteRedirect)] : [])];
  const isHttps = (url: URL | null | undefined): boolean => url?.protocol === 'https:';
  const first = route[0];
  const second = route[1];
  const last = route[route.length - 1];
  if (!certificateValid && route.some(isHttps)) return scored(name, 'redirection-invalid-cert');
  if (route.length === 1) return scored(name, 'redirection-missing');
  if (!isHttps(last)) return scored(name, 'redirection-not-to-https');
  if (second?.protocol === 'http:') return scored(name, 'redirection-not-to-https-on-initial-redirection');
  if (first?.protocol === 'http:' && isHttps(second) && first.hostname !== second?.hostname) return scored(name, 'redirection-off-host-from-http');
  return scored(name, 'redirection-to-https');
}

const REFERRER_PRIVATE = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const REFERRER_UNSAFE = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];

function referrerPolicyTest(value: string | undefined): HeadersTest {
  const name = 'referrer-policy';
  if (value === undefined) return scored(name, 'referrer-policy-not-implemented');
  // Browsers use the last policy they recognize in the list.
  const policy = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => REFERRER_PRIVATE.includes(token) || REFERRER_UNSAFE.includes(token))
    .pop();
  if (policy === undefined) return scored(name, 'referrer-policy-header-invalid');
  return scored(name, REFERRER_PRIVATE.includes(policy) ? 'referrer-policy-private' : 'referrer-policy-unsafe');
}

function hstsTest(value: string | undefined, certificateValid: boolean): HeadersTest {
  const name = 'strict-transport-security';
  if (!certificateValid) return scored(name, 'hsts-invalid-cert');
  const hsts = parseHsts(value);
  if (hsts.state === 'missing') return scored(name, 'hsts-not-implemented');
  if (hsts.state === 'invalid') {
    const test = scored(name, 'hsts-header-invalid');
    return { ...test, description: `${test.description} (${hsts.reason})` };
  }
  return scored(name, hsts.maxAge >= HSTS_SIX_MONTHS ? 'hsts-implemented-max-age-at-least-six-months' : 'hsts-implemented-max-age-less-than-six-months');
}

function xContentTypeOptionsTest(value: string | undefined): HeadersTest {
  const name = 'x-content-type-options';
  if (value === undefined) return scored(name, 'x-content-type-options-not-implemented');
  return scored(name, value.trim().toLowerCase() === 'nosniff' ? 'x-content-type-options-nosniff' : 'x-content-type-options-header-invalid');
}

function xFrameOptionsTest(value: string | undefined, cspFrameAncestors: boolean): HeadersTest {
  const name = 'x-frame-options';
  // A CSP frame-ancestors directive supersedes X-Frame-Options, whatever either says.
  if (cspFrameAncestors) return scored(name, 'x-frame-options-implemented-via-csp');
  if (value === undefined) return scored(name, 'x-frame-options-not-implemented');
  const xfo = value.slice(0, 1024).trim().toLowerCase();
  if (xfo === 'deny' || xfo === 'sameorigin') return scored(name, 'x-frame-options-sameorigin-or-deny');
  if (xfo.startsWith('allow-from')) return scored(name, 'x-frame-options-allow-from-origin');
  return scored(name, 'x-frame-options-header-invalid');
}

function corpTest(value: string | undefined): HeadersTest {
  const name = 'cross-origin-resource-policy';
  if (value === undefined) return scored(name, 'corp-not-implemented');
  const corp = value.slice(0, 256).trim().toLowerCase();
  if (corp === 'same-origin') return scored(name, 'corp-implemented-with-same-origin');
  if (corp === 'same-site') return scored(name, 'corp-implemented-with-same-site');
  if (corp === 'cross-origin') return scored(name, 'corp-implemented-with-cross-origin');
  return scored(name, 'corp-header-invalid');
}

// ---------------------------------------------------------------------------------------------

const ALWAYS_LIMITS = [
  'cross-origin-resource-sharing: not assessed (it needs a request with an Origin header, which the probe does not send); counted as 0, which is what a site without CORS headers gets.',
  'subresource-integrity: not assessed (it needs the HTML body, which the probe does not keep); counted as 0, which is what a page without external scripts gets.',
  'The HSTS preload list is not consulted: hsts-preloaded (+5) and redirection-all-redirects-preloaded are never awarded.',
  '<meta http-equiv> policies (CSP, Referrer-Policy, CORP) are not seen: only response headers are.',
];

/** The endpoint's HTTP security-header grade per MDN HTTP Observatory's scoring. */
export function gradeHeaders(facts: EndpointFacts): HeadersGrade {
  const limits = [...ALWAYS_LIMITS];
  const ungraded = (reason: string): HeadersGrade => ({ grade: null, score: null, tests: [], limits: [reason, ...limits] });
  if (facts.error) return ungraded(`Not graded: the endpoint could not be probed (${facts.error}).`);
  const https = facts.https;
  if (!https) return ungraded('Not graded: no HTTPS response was recorded.');
  if (https.error) return ungraded(`Not graded: the HTTPS request failed (${https.error}).`);

  const certificate = facts.certificate;
  let certificateValid = true;
  if (!certificate || certificate.error) {
    limits.push(`Certificate validity unknown (${certificate?.error ?? 'no certificate facts'}): HSTS and redirection are judged as if it were valid.`);
  } else {
    certificateValid = certificate.trusted && certificate.hostnameMatch;
  }
  if (https.truncated) limits.push('The HTTPS response headers were cut at the size cap: headers past it are unseen.');

  const headers = https.headers;
  const httpsSite = parseUrl(https.finalUrl ?? facts.url)?.protocol !== 'http:';
  const csp = cspTest(headers, httpsSite);
  const hsts = hstsTest(headers['strict-transport-security'], certificateValid);
  const tests: HeadersTest[] = [csp.test];
  const cookies = [...https.cookies, ...(facts.http?.cookies ?? [])];
  tests.push(cookiesTest(cookies, hsts.result === 'hsts-implemented-max-age-at-least-six-months'));
  if (facts.http) {
    tests.push(redirectionTest(facts.http, certificateValid, limits));
  } else {
    limits.push('redirection: not assessed (the plain-HTTP twin was not requested); counted as 0.');
  }
  tests.push(
    referrerPolicyTest(headers['referrer-policy']),
    hsts,
    xContentTypeOptionsTest(headers['x-content-type-options']),
    xFrameOptionsTest(headers['x-frame-options'], csp.frameAncestors),
    corpTest(headers['cross-origin-resource-policy']),
  );

  const penalties = tests.reduce((sum, test) => sum + Math.min(test.modifier, 0), 0);
  const all = tests.reduce((sum, test) => sum + test.modifier, 0);
  const uncurved = 100 + penalties;
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? 100 + all : uncurved, 0);
  return { grade: observatoryGrade(score), score, tests, limits };
}
