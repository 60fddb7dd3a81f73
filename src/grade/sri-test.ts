// The HTTP Observatory's subresource-integrity test (mdn/mdn-http-observatory,
// src/analyzer/tests/subresource-integrity.js; its modifiers in src/grader/charts.js SCORE_TABLE) on
// the <script src> elements of a page's HTML as served (PageFacts.markupScripts): a pure function, so
// that the header grade and web.subresource-integrity judge the same way.
//
// The Observatory's rules, as implemented here:
//   - a response that is not HTML (its Content-Type is neither text/html nor application/xhtml+xml):
//     sri-not-implemented-response-not-html (0); a page without a script: ...-but-no-scripts-loaded (0);
//   - a script on the page's own site ("same second-level domain": the registrable domain, here
//     siteOf) is from a secure origin, whatever its scheme, and is not listed; with an integrity
//     attribute over HTTPS, and no result yet, it earns sri-implemented-and-all-scripts-loaded-securely;
//   - a script on another site is external: with integrity over HTTP -20, without integrity over
//     HTTPS -5, without integrity over HTTP -50, with integrity over HTTPS nothing; a later result
//     replaces an earlier one only when it comes later in the Observatory's `goodness` order (below,
//     where -20 ranks before -5, as in the source);
//   - nothing found: external scripts all with integrity over HTTPS (+5), or only own-site scripts (0).
// Passing results: the two +5 results, not-html, no-scripts and all-from-secure-origin.
//
// Two differences, both from what the facts keep: a script src is recorded resolved to an absolute
// URL, so a protocol-relative src (`//cdn.example/x.js`), which the Observatory always counts as
// insecure, is judged by the scheme it resolved to; and a page with only inline scripts reads as
// no-scripts rather than all-from-secure-origin (both 0, both passing). Registrable domains are
// siteOf's approximation, not the Public Suffix List the Observatory's tldts reads.
import type { EndpointFacts } from '../gather/endpoint-facts.js';
import type { MarkupScript } from '../gather/page-facts-schema.js';
import { hostOf, siteOf } from '../gather/page-scan.js';
import { scored, type HeadersTest, type Result } from './observatory-table.js';

export type SriResult = Extract<Result, `sri-${string}`>;

/** The Observatory's `goodness` order: a result replaces the current one only when it comes later. */
const GOODNESS: readonly SriResult[] = [
  'sri-implemented-and-all-scripts-loaded-securely',
  'sri-implemented-and-external-scripts-loaded-securely',
  'sri-implemented-but-external-scripts-not-loaded-securely',
  'sri-not-implemented-but-external-scripts-loaded-securely',
  'sri-not-implemented-and-external-scripts-not-loaded-securely',
  'sri-not-implemented-response-not-html',
];

const PASSING: ReadonlySet<SriResult> = new Set<SriResult>([
  'sri-implemented-and-all-scripts-loaded-securely',
  'sri-implemented-and-external-scripts-loaded-securely',
  'sri-not-implemented-response-not-html',
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
  'sri-not-implemented-but-no-scripts-loaded',
]);

/** The Observatory's HTML_TYPES: any other Content-Type has no scripts to check. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export interface ExternalScript {
  url: string;
  integrity: boolean;
  /** Loaded over https:// (else plain http://, or another scheme). */
  https: boolean;
}

export interface SriOutcome extends HeadersTest {
  name: 'subresource-integrity';
  result: SriResult;
  /** Whether the Observatory counts the test as passed. */
  pass: boolean;
  /** The scripts on other sites than the page's, in page order: what the result is about. */
  external: ExternalScript[];
}

function outcome(result: SriResult, external: ExternalScript[] = []): SriOutcome {
  return { ...scored('subresource-integrity', result), name: 'subresource-integrity', result, pass: PASSING.has(result), external };
}

const worse = (next: SriResult, current: SriResult | undefined): SriResult =>
  current === undefined || GOODNESS.indexOf(next) > GOODNESS.indexOf(current) ? next : current;

/** False when a Content-Type header names something other than HTML (a missing or empty one is read as HTML, as the Observatory does). */
export function isHtmlType(contentType: string | undefined): boolean {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return mime === '' || HTML_TYPES.has(mime);
}

/**
 * The subresource-integrity result of the page at `pageUrl` whose served HTML has `scripts`; with
 * `contentType` (the response's Content-Type header, when known), a non-HTML response is judged so.
 */
export function sriTest(pageUrl: string, scripts: readonly MarkupScript[], contentType?: string): SriOutcome {
  if (!isHtmlType(contentType)) return outcome('sri-not-implemented-response-not-html');
  if (scripts.length === 0) return outcome('sri-not-implemented-but-no-scripts-loaded');

  const pageSite = siteOf(hostOf(pageUrl));
  const external: ExternalScript[] = [];
  let result: SriResult | undefined;
  for (const script of scripts) {
    const https = /^https:/i.test(script.url);
    if (siteOf(hostOf(script.url)) === pageSite) {
      // Own site: never penalized; integrity over HTTPS earns the bonus if nothing was found before it.
      if (script.integrity && https && result === undefined) result = 'sri-implemented-and-all-scripts-loaded-securely';
      continue;
    }
    external.push({ url: script.url, integrity: script.integrity, https });
    if (script.integrity && !https) result = worse('sri-implemented-but-external-scripts-not-loaded-securely', result);
    else if (!script.integrity && https) result = worse('sri-not-implemented-but-external-scripts-loaded-securely', result);
    else if (!script.integrity) result = worse('sri-not-implemented-and-external-scripts-not-loaded-securely', result);
  }
  result ??= external.length > 0 ? 'sri-implemented-and-external-scripts-loaded-securely' : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
  return outcome(result, external);
}

/**
 * The subresource-integrity test, from the Content-Type of the HTTPS response (a response that is not
 * HTML needs no page) or the scripts of the recorded page visit; undefined, with a limit said, when
 * neither tells.
 */
export function subresourceIntegrityTest(facts: EndpointFacts, contentType: string | undefined, limits: string[]): HeadersTest | undefined {
  if (!isHtmlType(contentType)) return plain(sriTest(facts.url, [], contentType));
  const page = facts.page;
  if (page === undefined || page.error !== undefined) {
    const why = page === undefined ? 'no page visit was recorded' : `the page visit failed: ${page.error}`;
    limits.push(`subresource-integrity: not assessed (${why}); counted as 0, which is what a page without external scripts gets.`);
    return undefined;
  }
  const sri = sriTest(page.url, page.markupScripts);
  if (sri.external.length > 0) {
    limits.push('subresource-integrity: script addresses are kept resolved, so a protocol-relative src (//host/x.js), which the Observatory counts as not loaded securely, is judged by the scheme it resolved to.');
  }
  return plain(sri);
}

/** A test as the grade lists it: the Observatory's four fields, nothing more. */
const plain = ({ name, result, modifier, description }: HeadersTest): HeadersTest => ({ name, result, modifier, description });
