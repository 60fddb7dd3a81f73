// Owns web.cookies: whether every cookie an endpoint sets carries Secure, HttpOnly and SameSite.
import { type CookieFacts, defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';
import { invalidSameSite } from '../../src/gather/cookies.js';

const ID = 'web.cookies';

/** What a cookie lacks, in words: "no Secure", or a SameSite value browsers ignore. */
function shortcomings(cookie: CookieFacts): string[] {
  const invalid = invalidSameSite(cookie);
  return [
    ...(cookie.secure ? [] : ['no Secure']),
    ...(cookie.httpOnly ? [] : ['no HttpOnly']),
    // An unknown value is not "no SameSite" to whoever wrote it: say what browsers make of it.
    ...(invalid !== undefined ? [`SameSite=${invalid} is not Strict, Lax or None, so browsers ignore it`] : cookie.sameSite ? [] : ['no SameSite']),
  ];
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoint cookies are Secure, HttpOnly and SameSite',
    area: 'web',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(d)'],
    obligation: 'practice',
    basis:
      'OWASP Session Management Cheat Sheet and the MDN HTTP Observatory: Secure, HttpOnly and SameSite cookies',
    rationale:
      'A session cookie without Secure can be sent over plain HTTP and stolen on the path, one without HttpOnly can be read by any injected script, and one without SameSite rides along on cross-site requests; each lets someone act as a signed-in patient or staff member.',
    remediation:
      'Set every cookie with `Secure; HttpOnly; SameSite=Lax` (or Strict), ideally with a `__Host-` name prefix, in the application or framework session settings, or ask the vendor that runs the endpoint to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label}'s cookies are protected is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      // Names and attribute flags only: cookie values are never recorded, and never reported.
      const lacking = page.cookies.map((c) => ({ name: c.name, missing: shortcomings(c) })).filter((c) => c.missing.length > 0);
      const evidence = page.cookies.map((c) => ({
        name: c.name,
        secure: c.secure,
        httpOnly: c.httpOnly,
        sameSite: c.sameSite,
        ...(c.sameSiteRaw !== undefined ? { sameSiteRaw: c.sameSiteRaw } : {}),
      }));
      if (page.cookies.length === 0) return { ...at, status: 'pass', evidence, message: `${label} sets no cookies.` };
      if (lacking.length === 0) {
        return { ...at, status: 'pass', evidence, message: `${label} sets ${page.cookies.length === 1 ? 'its cookie' : `all ${page.cookies.length} cookies`} with Secure, HttpOnly and SameSite (${page.cookies.map((c) => c.name).join(', ')}).` };
      }
      const what = `sets cookies without protective attributes: ${lacking.map((c) => `${c.name} (${c.missing.join(', ')})`).join('; ')}`;
      return endpoint.phi
        ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
        : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
    });
  },
});
