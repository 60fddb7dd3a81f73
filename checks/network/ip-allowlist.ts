import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** Store types reachable over the network at an address an allowlist can restrict. */
const NETWORKED_TYPES: readonly string[] = ['cloud', 'server'];

export default defineCheck({
  meta: {
    id: 'network.ip-allowlist',
    title: 'Cloud and server stores with PHI only accept connections from known addresses',
    area: 'network',
    severity: 'medium',
    hipaa: ['164.312(a)(1)'],
    obligation: 'practice',
    basis:
      'Network access restriction for cloud and server systems (NIST SP 800-53 Rev. 5 AC-17, SC-7)',
    rationale:
      'A cloud or server system reachable from anywhere on the internet can be attacked with stolen passwords from anywhere; limiting it to the practice\'s own addresses stops most of those attempts, and MFA only partly makes up for not doing so.',
    remediation:
      'Turn on the IP allowlist (sometimes called "trusted IPs" or "network restrictions") in the system\'s admin settings, list the office\'s public ranges under `network.ip_allowlists`, and name that list in `data_stores[].access.ip_allowlist`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi || !NETWORKED_TYPES.includes(store.type)) return [];
      const access = store.access;
      const list = access?.ip_allowlist;
      if (list !== undefined) {
        const ranges = stack.network?.ip_allowlists?.[list] ?? [];
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'access', 'ip_allowlist'),
          message: `${store.name} (${store.type}) holds PHI and only accepts connections from the addresses in allowlist ${list}.`,
          evidence: { ip_allowlist: list, ranges },
        }];
      }
      const path = access !== undefined ? toPointer('data_stores', i, 'access') : toPointer('data_stores', i);
      if (access?.mfa_required === true) {
        return [{
          status: 'warn',
          subject: store.name,
          path,
          message: `${store.name} (${store.type}) holds PHI and accepts connections from any address; its required MFA only partly makes up for the missing IP allowlist.`,
          evidence: { ip_allowlist: null, mfa_required: true },
        }];
      }
      return [{
        status: 'fail',
        subject: store.name,
        path,
        message: `${store.name} (${store.type}) holds PHI and accepts connections from any address, with no IP allowlist and no MFA required by the store.`,
        evidence: { ip_allowlist: null, mfa_required: access?.mfa_required ?? null },
      }];
    });
  },
});
