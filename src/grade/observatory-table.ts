// The HTTP Observatory's results and their modifiers (its SCORE_TABLE in src/grader/charts.js), shared
// by the header grade and the CSP test.

export interface HeadersTest {
  /** The Observatory's test name, e.g. `content-security-policy`. */
  name: string;
  /** The Observatory's result name, e.g. `csp-implemented-with-no-unsafe`. */
  result: string;
  modifier: number;
  description: string;
}

/**
 * Every result we can produce, with the Observatory's modifier (SCORE_TABLE in charts.js) and our own
 * plain-text wording of its description.
 */
export const SCORE_TABLE = {
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
  'hsts-not-implemented-no-https': [-20, 'Strict-Transport-Security cannot be set: the site is not served over HTTPS.'],
  // subresource-integrity (read from the page's <script src> elements as served; see sri-test.ts)
  'sri-implemented-and-all-scripts-loaded-securely': [5, "Subresource Integrity (SRI) implemented, and every script is loaded from the page's own site."],
  'sri-implemented-and-external-scripts-loaded-securely': [5, 'Subresource Integrity (SRI) implemented, and every external script is loaded over HTTPS with it.'],
  'sri-not-implemented-response-not-html': [0, 'Subresource Integrity (SRI) is only needed for HTML pages, and this response is not one.'],
  'sri-not-implemented-but-no-scripts-loaded': [0, 'Subresource Integrity (SRI) not needed: the HTML loads no script files.'],
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': [0, "Subresource Integrity (SRI) not implemented, but every script is loaded from the page's own site."],
  'sri-not-implemented-but-external-scripts-loaded-securely': [-5, 'Subresource Integrity (SRI) not implemented, but every external script is loaded over HTTPS.'],
  'sri-implemented-but-external-scripts-not-loaded-securely': [-20, 'Subresource Integrity (SRI) implemented, but external scripts are loaded over plain HTTP.'],
  'sri-not-implemented-and-external-scripts-not-loaded-securely': [-50, 'Subresource Integrity (SRI) not implemented, and external scripts are loaded over plain HTTP.'],
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

export type Result = keyof typeof SCORE_TABLE;

export function scored(name: string, result: Result): HeadersTest {
  const [modifier, description] = SCORE_TABLE[result];
  return { name, result, modifier, description };
}
