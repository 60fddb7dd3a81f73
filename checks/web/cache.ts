// Owns web.cache: whether a PHI endpoint's page tells browsers and proxies not to store it.
import { defineCheck, type Finding } from '../../src/index.js';
import { endpointAt, endpointResponse, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.cache';

export default defineCheck({
  meta: {
    id: ID,
    title: 'PHI endpoints send Cache-Control: no-store',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.312(a)(1)'],
    obligation: 'practice',
    basis:
      'OWASP Application Security Verification Standard 4.0, V8.2.1 (anti-caching headers on sensitive data)',
    rationale:
      'Without `no-store`, pages showing PHI may be kept in the browser cache of a shared front-desk or family computer and in intermediate caches, where the next person can read them; `no-cache` and `private` still allow storing.',
    remediation:
      'Send `Cache-Control: no-store` on every response of an endpoint that handles PHI (a header setting in the application, web server or CDN), or ask the vendor that runs it to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).flatMap((endpoint, i): Finding[] => {
      if (!endpoint.phi) return [];
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding[] => [unknownFinding(at, `Whether ${label} forbids caching is unknown: ${reason}.`, reason, explainedBy)];
      const lookup = endpointResponse(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const value = page.headers['cache-control']?.trim();
      const directives = (value ?? '').split(',').map((d) => d.trim().split('=')[0]!.trim().toLowerCase());
      const evidence = { 'cache-control': value ?? null };
      if (directives.includes('no-store')) {
        return [{ ...at, status: 'pass', evidence, message: `${label} handles PHI and sends Cache-Control: no-store.` }];
      }
      return [{
        ...at,
        status: 'fail',
        evidence,
        message: `${label} handles PHI but ${value ? `sends Cache-Control "${value}" without no-store` : 'sends no Cache-Control header'}, so its pages may be stored in browser and proxy caches.`,
      }];
    });
  },
});
