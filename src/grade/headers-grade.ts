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
// (it needs a request carrying an Origin header, which we do not make; 0 for a site without CORS
// headers), and subresource-integrity when no page visit was recorded (it reads the <script src>
// elements of the HTML as served, which the page visit keeps as `page.markupScripts`; see sri-test.ts).
import type { EndpointFacts, HttpFacts } from '../gather/endpoint-facts.js';
import { responseReceived, whyUnreached } from '../gather/reach.js';
import { httpsDowngrade } from '../engine/endpoint-queries.js';
import { cookiesTest } from './cookies-test.js';
import { cspTest } from './csp-test.js';
import { subresourceIntegrityTest } from './sri-test.js';
import { scored, type HeadersTest } from './observatory-table.js';

export type { HeadersTest } from './observatory-table.js';

export type HeadersLetter = 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | 'D+' | 'D' | 'D-' | 'F';


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
// The other tests

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

function hstsTest(value: string | undefined, certificateValid: boolean, downgrade: string | undefined): HeadersTest {
  const name = 'strict-transport-security';
  // Sent back to plain HTTP, the visitor never stays on HTTPS for HSTS to protect: the Observatory's
  // result for a site without HTTPS is the nearest.
  if (downgrade !== undefined) {
    const test = scored(name, 'hsts-not-implemented-no-https');
    return { ...test, description: `${test.description} (the HTTPS response redirects to ${downgrade})` };
  }
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
  'The HSTS preload list is not consulted: hsts-preloaded (+5) and redirection-all-redirects-preloaded are never awarded.',
  '<meta http-equiv> policies (CSP, Referrer-Policy, CORP) are not seen: only response headers are.',
];

/** The endpoint's HTTP security-header grade per MDN HTTP Observatory's scoring. */
export function gradeHeaders(facts: EndpointFacts): HeadersGrade {
  const limits = [...ALWAYS_LIMITS];
  const ungraded = (reason: string): HeadersGrade => ({ grade: null, score: null, tests: [], limits: [reason, ...limits] });
  if (facts.placeholder !== undefined) return ungraded(`Not graded: not probed (${facts.placeholder}).`);
  if (facts.error) return ungraded(`Not graded: the endpoint could not be probed (${facts.error}).`);
  const unreached = whyUnreached(facts);
  if (unreached !== undefined) return ungraded(`Not graded: nothing answered (${unreached}).`);
  const https = facts.https;
  if (!https) return ungraded('Not graded: no HTTPS response was recorded.');
  if (https.error) return ungraded(`Not graded: the HTTPS request failed (${https.error}).`);
  // An empty header list from a request that got no response is not a site without headers.
  if (!responseReceived(https)) return ungraded(`Not graded: no HTTPS response was received${https.notServed ? ` (${https.notServed})` : ''}.`);

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
  const hsts = hstsTest(headers['strict-transport-security'], certificateValid, httpsDowngrade(https));
  const tests: HeadersTest[] = [csp.test];
  const cookies = [...https.cookies, ...(facts.http?.cookies ?? [])];
  tests.push(cookiesTest(cookies, hsts.result === 'hsts-implemented-max-age-at-least-six-months'));
  if (facts.http) {
    tests.push(redirectionTest(facts.http, certificateValid, limits));
  } else {
    limits.push('redirection: not assessed (the plain-HTTP twin was not requested); counted as 0.');
  }
  tests.push(referrerPolicyTest(headers['referrer-policy']), hsts);
  const sri = subresourceIntegrityTest(facts, headers['content-type'], limits);
  if (sri) tests.push(sri);
  tests.push(
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
