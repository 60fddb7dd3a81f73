// Owns transport.tls13: whether an HTTPS endpoint offers TLS 1.3.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'transport.tls13',
    title: 'Endpoints offer TLS 1.3',
    area: 'transport',
    severity: 'low',
    hipaa: ['164.312(e)(1)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-52 Rev. 2, section 3.1: servers support TLS 1.3 (required of federal systems since 2024)',
    rationale:
      'TLS 1.3 drops every cipher suite without forward secrecy or authenticated encryption and encrypts more of the handshake; NIST SP 800-52r2 asks servers to support it.',
    remediation:
      'Enable TLS 1.3 on the server, load balancer or CDN (e.g. nginx `ssl_protocols TLSv1.2 TLSv1.3;` with OpenSSL 1.1.1 or later), or ask the hosting vendor to.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url } = endpoint;
      const label = endpoint.name ? `${url} (${endpoint.name})` : url;
      const at = { subject: url, path: toPointer('endpoints', i) };
      const unknown = (reason: string): Finding => ({
        ...at,
        status: 'not_applicable',
        unavailable: reason,
        message: `Whether ${label} offers TLS 1.3 is unknown: ${reason}.`,
      });
      if (!/^https:/i.test(url)) {
        return { ...at, status: 'not_applicable', message: `${label} is plain HTTP, so it has no TLS versions to judge (endpoints.https reports it).` };
      }
      const seen = facts.endpoints?.[url];
      if (!seen) return unknown('no probe results were recorded for it');
      if (seen.error) return unknown(`the probe failed: ${seen.error}`);
      if (!seen.tls) return unknown('no TLS results were recorded');
      if (seen.tls.error) return unknown(`no TLS handshake could be made: ${seen.tls.error}`);

      const probe = seen.tls.protocols['TLSv1.3'];
      if (!probe) return unknown('no TLS 1.3 probe was recorded');
      const evidence = { 'TLS 1.3': probe.status };
      switch (probe.status) {
        case 'accepted':
          return { ...at, status: 'pass', evidence, message: `${label} offers TLS 1.3.` };
        case 'rejected':
          return { ...at, status: 'warn', evidence, message: `${label} does not offer TLS 1.3${probe.reason ? ` (${probe.reason})` : ''}.` };
        case 'untestable':
          return {
            ...at,
            status: 'manual',
            evidence,
            message: `Whether ${label} offers TLS 1.3 is unknown: this machine's TLS library cannot offer it${probe.reason ? ` (${probe.reason})` : ''}; test it with testssl or sslscan.`,
          };
        case 'error':
          return unknown(`the TLS 1.3 probe failed: ${probe.reason ?? 'no reason recorded'}`);
      }
    });
  },
});
