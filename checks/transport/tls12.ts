// Owns transport.tls12: whether an HTTPS endpoint offers TLS 1.2 (and at least one modern version).
import { defineCheck, type Finding, type ProtocolProbe } from '../../src/index.js';
import { endpointAt, endpointTls, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.tls12';

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints offer TLS 1.2',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.1: servers support TLS 1.2',
    rationale:
      'NIST SP 800-52r2 requires servers to support TLS 1.2: without it, clients that lack TLS 1.3 (older phones, browsers and integrations) cannot connect at all, and a server offering neither has no approved protocol left.',
    remediation:
      'Enable TLS 1.2 (and TLS 1.3) on the server, load balancer or CDN (e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;`), or ask the hosting vendor to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} offers TLS 1.2 is unknown: ${reason}.`, reason, explainedBy);
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS versions to judge (endpoints.https reports it).` };
      }
      const lookup = endpointTls(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { tls } = lookup;

      const tls12 = tls.protocols['TLSv1.2'];
      const tls13 = tls.protocols['TLSv1.3'];
      const evidence = { 'TLS 1.2': tls12?.status ?? null, 'TLS 1.3': tls13?.status ?? null };
      // What a probe that neither accepted nor refused means: unknown (error) or for a person to test (untestable).
      const notDecided = (probe: ProtocolProbe | undefined, name: string): Finding | undefined => {
        if (!probe) return unknown(`no ${name} probe was recorded`);
        if (probe.status === 'error') return unknown(`the ${name} probe failed: ${probe.reason ?? 'no reason recorded'}`);
        if (probe.status === 'untestable') {
          return {
            ...at,
            status: 'manual',
            evidence,
            message: `Whether ${label} offers ${name} is unknown: this machine's TLS library cannot offer it${probe.reason ? ` (${probe.reason})` : ''}; test it with testssl or sslscan.`,
          };
        }
        return undefined;
      };

      if (tls12?.status === 'accepted') return { ...at, status: 'pass', evidence, message: `${label} offers TLS 1.2.` };
      const tls12Unknown = notDecided(tls12, 'TLS 1.2');
      if (tls12Unknown) return tls12Unknown;
      if (tls13?.status === 'accepted') {
        return { ...at, status: 'warn', evidence, message: `${label} offers TLS 1.3 only: clients without TLS 1.3 (older phones, browsers and integrations) cannot connect.` };
      }
      const tls13Unknown = notDecided(tls13, 'TLS 1.3');
      if (tls13Unknown) return tls13Unknown;
      return { ...at, status: 'fail', evidence, message: `${label} offers neither TLS 1.2 nor TLS 1.3, so no connection to it uses an approved protocol.` };
    });
  },
});
