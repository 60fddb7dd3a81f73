import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** Store types reached over a network, for which an undeclared `in_transit` is worth a warning. */
const NETWORKED_TYPES: readonly string[] = ['cloud', 'server'];

export default defineCheck({
  meta: {
    id: 'encryption.in-transit',
    title: 'PHI travelling to and from data stores is encrypted in transit',
    area: 'encryption',
    severity: 'high',
    hipaa: ['164.312(e)(2)(ii)', '164.312(e)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(e)(2)(ii): encrypt ePHI whenever deemed appropriate, under the transmission security standard 164.312(e)(1)',
    rationale:
      'PHI sent to a cloud service or server over plain HTTP, FTP or unencrypted database connections can be read by anyone on the path, including public or guest Wi-Fi; TLS 1.2+ or a VPN prevents that.',
    remediation:
      'Reach the store only over TLS 1.2 or later (HTTPS, SFTP, TLS database connections) or a VPN, and set `data_stores[].encryption.in_transit: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi) return [];
      const inTransit = store.encryption?.in_transit;
      if (inTransit === true) {
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption', 'in_transit'),
          message: `${store.name} holds PHI and is reached only over encrypted connections.`,
          evidence: { in_transit: true },
        }];
      }
      if (inTransit === false) {
        return [{
          status: 'fail',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption', 'in_transit'),
          message: `${store.name} holds PHI but is declared reachable over unencrypted connections: PHI crosses the network in the clear.`,
          evidence: { in_transit: false },
        }];
      }
      // A standalone workstation, phone or drive may never send PHI over a network: no finding.
      if (!NETWORKED_TYPES.includes(store.type)) return [];
      return [{
        status: 'warn',
        subject: store.name,
        path: store.encryption ? toPointer('data_stores', i, 'encryption') : toPointer('data_stores', i),
        message: `${store.name} (${store.type}) holds PHI but encryption in transit is not declared (encryption.in_transit).`,
        evidence: { type: store.type, in_transit: null },
      }];
    });
  },
});
