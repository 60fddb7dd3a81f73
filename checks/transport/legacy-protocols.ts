// Owns transport.legacy-protocols: whether an HTTPS endpoint still accepts TLS 1.0 or TLS 1.1.
import { defineCheck, type Finding, type TlsProtocol } from '../../src/index.js';
import { endpointAt, endpointTls, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'transport.legacy-protocols';

/** Retired by NIST SP 800-52r2 and RFC 8996: both rest on SHA-1/MD5 and CBC constructions with practical attacks. */
const LEGACY_VERSIONS: ReadonlyArray<readonly [TlsProtocol, string]> = [
  ['TLSv1', 'TLS 1.0'],
  ['TLSv1.1', 'TLS 1.1'],
];

const list = (names: string[]) => names.join(' and ');

export default defineCheck({
  meta: {
    id: ID,
    title: 'Endpoints refuse TLS 1.0 and TLS 1.1',
    area: 'transport',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2 (named for data in motion by HHS\'s Guidance to Render Unsecured PHI Unusable) and RFC 8996: no TLS 1.0 or 1.1',
    rationale:
      'TLS 1.0 and 1.1 are retired (NIST SP 800-52r2, RFC 8996) and no longer count as the strong encryption HHS guidance points to; a server that still accepts them lets an attacker on the path force a weaker connection.',
    remediation:
      'Disable TLS 1.0 and TLS 1.1 on the server, load balancer or CDN (e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;`), or ask the hosting vendor to; endpoints that handle PHI (`endpoints[].phi: true`) fail until they do.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} accepts TLS 1.0 or TLS 1.1 is unknown: ${reason}.`, reason, explainedBy);
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS versions to judge (endpoints.https reports it).` };
      }
      const lookup = endpointTls(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { tls } = lookup;

      const probes = LEGACY_VERSIONS.map(([version, name]) => ({ name, probe: tls.protocols[version] }));
      const evidence = Object.fromEntries(probes.map(({ name, probe }) => [name, probe?.status ?? null]));
      const accepted = probes.filter((p) => p.probe?.status === 'accepted').map((p) => p.name);
      const untestable = probes.filter((p) => p.probe?.status === 'untestable');
      const untestedNote = untestable.length ? ` (${list(untestable.map((p) => p.name))} could not be tested from this machine)` : '';
      if (accepted.length) {
        return endpoint.phi
          ? { ...at, status: 'fail', evidence, message: `${label} handles PHI but accepts ${list(accepted)}, retired by NIST SP 800-52r2${untestedNote}.` }
          : { ...at, status: 'warn', evidence, message: `${label} accepts ${list(accepted)}, retired by NIST SP 800-52r2${untestedNote}.` };
      }
      // A failed probe is a fact we could not gather; only an explicit refusal counts as refused.
      const failed = probes.find((p) => p.probe === undefined || p.probe.status === 'error');
      if (failed) {
        return unknown(failed.probe ? `the ${failed.name} probe failed: ${failed.probe.reason ?? 'no reason recorded'}` : `no ${failed.name} probe was recorded`);
      }
      const refused = probes.filter((p) => p.probe?.status === 'rejected').map((p) => p.name);
      if (untestable.length) {
        const why = untestable.map((p) => p.probe?.reason).filter(Boolean).join('; ');
        return {
          ...at,
          status: 'manual',
          evidence,
          message: `${refused.length ? `${label} refuses ${list(refused)}, but whether it accepts ` : `Whether ${label} accepts `}${list(untestable.map((p) => p.name))} is unknown: this machine's TLS library cannot offer ${untestable.length > 1 ? 'them' : 'it'}${why ? ` (${why})` : ''}; test it with testssl or sslscan.`,
        };
      }
      return { ...at, status: 'pass', evidence, message: `${label} refuses ${list(refused)}.` };
    });
  },
});
