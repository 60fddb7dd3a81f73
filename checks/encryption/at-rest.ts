import { defineCheck, toPointer, type DataStore, type Finding } from '../../src/index.js';

/** What an unencrypted store of each type exposes PHI to: the reason encryption matters for it. */
const EXPOSURE: Record<DataStore['type'], string> = {
  cloud: "a leak or misconfiguration of the provider's storage would expose the PHI in readable form",
  server: 'a stolen server or pulled disk would expose every record on it',
  workstation: 'a lost or stolen computer would expose every record on it',
  mobile: 'a lost or stolen phone or tablet would expose every record on it',
  removable: 'a lost USB drive or disk would expose every record on it',
};

export default defineCheck({
  meta: {
    id: 'encryption.at-rest',
    title: 'Every data store that holds PHI is encrypted at rest',
    area: 'encryption',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(a)(2)(iv): implement a mechanism to encrypt and decrypt ePHI',
    rationale:
      'Lost and stolen laptops, phones, drives and servers are among the most common HIPAA breaches. PHI encrypted as HHS\'s guidance describes (NIST SP 800-111 for data at rest) is not "unsecured PHI" (164.402), so losing the device is not a reportable breach, provided the key or password was not lost or compromised with it.',
    remediation:
      'Turn on full-disk, volume or database encryption (BitLocker, FileVault, device encryption, the cloud provider\'s storage encryption) and set `data_stores[].encryption.at_rest: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi) return [];
      const atRest = store.encryption?.at_rest;
      if (atRest === true) {
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption', 'at_rest'),
          message: `${store.name} (${store.type}) holds PHI and is encrypted at rest.`,
          evidence: { type: store.type, at_rest: true },
        }];
      }
      const exposure = EXPOSURE[store.type];
      if (atRest === false) {
        return [{
          status: 'fail',
          subject: store.name,
          path: toPointer('data_stores', i, 'encryption', 'at_rest'),
          message: `${store.name} (${store.type}) holds PHI but is declared not encrypted at rest: ${exposure}.`,
          evidence: { type: store.type, at_rest: false },
        }];
      }
      return [{
        status: 'fail',
        subject: store.name,
        path: store.encryption ? toPointer('data_stores', i, 'encryption') : toPointer('data_stores', i),
        message: `${store.name} (${store.type}) holds PHI but encryption at rest is not declared (encryption.at_rest), so it counts as unencrypted: ${exposure}.`,
        evidence: { type: store.type, at_rest: null },
      }];
    });
  },
});
