// Owns web.framing: whether an endpoint's page forbids being framed by other sites (clickjacking).
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.framing';

/** X-Frame-Options values that forbid framing by other sites (ALLOW-FROM is obsolete and ignored by browsers). */
const SAFE_FRAME_OPTIONS: ReadonlySet<string> = new Set(['DENY', 'SAMEORIGIN']);
/** frame-ancestors sources that let any site frame the page. */
const WILDCARD_SOURCES: ReadonlySet<string> = new Set(['*', 'http:', 'https:']);

/** The sources of every frame-ancestors directive in the (possibly several, joined with ", ") policies. */
function frameAncestors(csp: string | undefined): string[][] {
  if (!csp) return [];
  return csp
    .split(',')
    .flatMap((policy) => policy.split(';'))
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name?.toLowerCase() === 'frame-ancestors')
    .map(([, ...sources]) => sources.map((s) => s.toLowerCase()));
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints cannot be framed by other sites',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.312(c)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory and OWASP Clickjacking Defense Cheat Sheet (frame-ancestors, X-Frame-Options)',
    rationale:
      'A page that other sites may frame can be overlaid with a decoy (clickjacking), tricking a signed-in patient or staff member into submitting, changing or revealing PHI.',
    remediation:
      'Send `Content-Security-Policy: frame-ancestors \'none\'` (or \'self\') and `X-Frame-Options: DENY` (or SAMEORIGIN), or ask the vendor that runs the endpoint to; endpoints that handle PHI (`endpoints[].phi: true`) fail until they do.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} can be framed by other sites is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const frameOptions = page.headers['x-frame-options']?.trim();
      const ancestors = frameAncestors(page.headers['content-security-policy']);
      const evidence = { 'x-frame-options': frameOptions ?? null, 'frame-ancestors': ancestors.map((s) => s.join(' ')) };
      const byFrameOptions = frameOptions !== undefined && SAFE_FRAME_OPTIONS.has(frameOptions.split(',')[0]!.trim().toUpperCase());
      // Every policy is enforced, so one restrictive frame-ancestors is enough.
      const byCsp = ancestors.some((sources) => !sources.some((s) => WILDCARD_SOURCES.has(s)));
      if (byFrameOptions || byCsp) {
        const how = [byCsp ? 'CSP frame-ancestors' : '', byFrameOptions ? `X-Frame-Options ${frameOptions}` : ''].filter(Boolean).join(' and ');
        return { ...at, status: 'pass', evidence, message: `${label} forbids framing by other sites (${how}).` };
      }
      const what = 'can be framed by any site (no X-Frame-Options DENY/SAMEORIGIN and no restrictive CSP frame-ancestors), which allows clickjacking';
      return endpoint.phi
        ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but ${what}.` }
        : { ...at, status: 'warn', evidence, message: `${label} ${what}.` };
    });
  },
});
