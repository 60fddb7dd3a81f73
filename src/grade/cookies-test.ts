// The HTTP Observatory's cookies test (mdn/mdn-http-observatory, src/analyzer/tests/cookies.js) on
// the cookie attributes the probe recorded: Secure, HttpOnly for session cookies, and SameSite.
import type { CookieFacts } from '../gather/endpoint-facts.js';
import { invalidSameSite } from '../gather/cookies.js';
import { scored, type HeadersTest, type Result } from './observatory-table.js';

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

export function cookiesTest(cookies: CookieFacts[], hstsPasses: boolean): HeadersTest {
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
    // The Observatory reads the raw Set-Cookie for this: a value that is not Strict, Lax or None
    // (or no value at all) is invalid, though browsers then treat the cookie as having none.
    if (invalidSameSite(cookie) !== undefined) report('cookies-samesite-flag-invalid');
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
