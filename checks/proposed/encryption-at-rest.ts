// Owns proposed.encryption-at-rest: whether every store and backup of PHI is encrypted at rest, as the
// 2025 proposal would require in place of today's addressable specification.
import { defineCheck, phiBackups, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'proposed.encryption-at-rest',
    title: 'Every store and backup of PHI is encrypted at rest, with no addressable alternative',
    area: 'proposed',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.312 (90 FR 898, January 6, 2025): encryption of ePHI at rest, with limited exceptions, in place of the addressable specification at 164.312(a)(2)(iv)',
    rationale:
      'Today encryption at rest is addressable: a practice may document why it chose an equivalent measure instead. The proposed rule would make encryption of ePHI at rest mandatory, with only narrow exceptions, so a documented alternative would no longer be enough. This is a proposal, not law.',
    remediation:
      'Turn on encryption (full-disk, volume, database or the cloud provider\'s storage encryption) for every store of PHI and every backup of it, then set `data_stores[].encryption.at_rest: true` and `backups[].encrypted: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    const stores = (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
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
      const path =
        atRest === false
          ? toPointer('data_stores', i, 'encryption', 'at_rest')
          : store.encryption
            ? toPointer('data_stores', i, 'encryption')
            : toPointer('data_stores', i);
      const declared = atRest === false ? 'is declared not encrypted at rest' : 'has no encryption at rest declared (`encryption.at_rest`)';
      return [{
        status: 'fail',
        subject: store.name,
        path,
        message: `${store.name} (${store.type}) holds PHI but ${declared}; under the proposal a documented alternative would no longer suffice.`,
        evidence: { type: store.type, at_rest: atRest ?? null },
      }];
    });
    const backups = phiBackups(stack).map(({ backup, index, phiStores }): Finding => {
      const path = toPointer('backups', index, 'encrypted');
      if (backup.encrypted === true) {
        return {
          status: 'pass',
          subject: backup.name,
          path,
          message: `${backup.name} copies PHI (${phiStores.join(', ')}) and its copies are encrypted.`,
          evidence: { covers: phiStores, encrypted: true },
        };
      }
      return {
        status: 'fail',
        subject: backup.name,
        path,
        message: `${backup.name} copies PHI (${phiStores.join(', ')}) but its copies are not encrypted; under the proposal a documented alternative would no longer suffice.`,
        evidence: { covers: phiStores, encrypted: false },
      };
    });
    return [...stores, ...backups];
  },
});
