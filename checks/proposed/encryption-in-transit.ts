// Owns proposed.encryption-in-transit: whether PHI is encrypted wherever it crosses a network (stores
// reached over one, messaging channels, endpoints), as the 2025 proposal would require in place of
// today's addressable specification.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { endpointAt, urlProtocol } from '../../src/engine/endpoint-queries.js';

/** Store types reached over a network: the ones PHI travels to and from. */
const NETWORKED_TYPES: readonly string[] = ['cloud', 'server'];

const NO_ALTERNATIVE = 'under the proposal a documented alternative would no longer suffice';

export default defineCheck({
  meta: {
    id: 'proposed.encryption-in-transit',
    title: 'PHI is encrypted in transit everywhere it moves, with no addressable alternative',
    area: 'proposed',
    severity: 'high',
    hipaa: ['164.312(e)(2)(ii)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.312 (90 FR 898, January 6, 2025): encryption of ePHI in transit, with limited exceptions, in place of the addressable specification at 164.312(e)(2)(ii)',
    rationale:
      'Today encryption in transit is addressable: a practice may document why it chose an equivalent measure instead. The proposed rule would make encryption of ePHI in transit mandatory, with only narrow exceptions, so PHI sent to a cloud service or server, over a messaging channel or through a website would have to be encrypted. This is a proposal, not law.',
    remediation:
      'Reach every cloud service and server that holds PHI only over TLS 1.2 or later or a VPN and set `data_stores[].encryption.in_transit: true`; move PHI to encrypted channels and set `messaging[].encrypted: true`; serve every endpoint that handles PHI over HTTPS and set `endpoints[].url` to its https:// address.',
    needs: ['stack'],
  },
  run({ stack }) {
    const stores = (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi || !NETWORKED_TYPES.includes(store.type)) return [];
      const inTransit = store.encryption?.in_transit;
      if (inTransit === true) {
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption', 'in_transit'),
          message: `${store.name} (${store.type}) holds PHI and is reached only over encrypted connections.`,
          evidence: { type: store.type, in_transit: true },
        }];
      }
      const path =
        inTransit === false
          ? toPointer('data_stores', i, 'encryption', 'in_transit')
          : store.encryption
            ? toPointer('data_stores', i, 'encryption')
            : toPointer('data_stores', i);
      const declared = inTransit === false ? 'is declared reachable over unencrypted connections' : 'has no encryption in transit declared (`encryption.in_transit`)';
      return [{
        status: 'fail',
        subject: store.name,
        path,
        message: `${store.name} (${store.type}) holds PHI but ${declared}; ${NO_ALTERNATIVE}.`,
        evidence: { type: store.type, in_transit: inTransit ?? null },
      }];
    });
    const channels = (stack.messaging ?? []).flatMap((channel, i): Finding[] => {
      if (!channel.phi) return [];
      const path = toPointer('messaging', i, 'encrypted');
      if (channel.encrypted === true) {
        return [{ status: 'pass', subject: channel.name, path, message: `${channel.name} carries PHI and is encrypted.`, evidence: { encrypted: true } }];
      }
      return [{
        status: 'fail',
        subject: channel.name,
        path,
        message: `${channel.name} carries PHI unencrypted; ${NO_ALTERNATIVE}.`,
        evidence: { encrypted: false },
      }];
    });
    const endpoints = (stack.endpoints ?? []).flatMap((endpoint, i): Finding[] => {
      if (!endpoint.phi) return [];
      const { url, label } = endpointAt(endpoint, i);
      const path = toPointer('endpoints', i, 'url');
      if (urlProtocol(endpoint.url) === 'https:') {
        return [{ status: 'pass', subject: url, path, message: `${label} handles PHI and is served over HTTPS.`, evidence: { url } }];
      }
      return [{
        status: 'fail',
        subject: url,
        path,
        message: `${label} handles PHI but is not served over HTTPS; ${NO_ALTERNATIVE}.`,
        evidence: { url, protocol: urlProtocol(endpoint.url) ?? null },
      }];
    });
    return [...stores, ...channels, ...endpoints];
  },
});
