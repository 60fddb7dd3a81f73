import { defineCheck, phiBackups, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'backups.encrypted',
    title: 'Every backup of PHI is encrypted',
    area: 'backups',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(a)(2)(iv): implement a mechanism to encrypt and decrypt ePHI',
    rationale:
      'A backup holds a full copy of the PHI it covers; an unencrypted backup drive or bucket that goes missing is presumed a breach of every record on it (164.402), while one encrypted as HHS guidance describes, with the key kept apart, is not unsecured PHI.',
    remediation:
      'Turn on encryption in the backup software or destination (with the key kept apart from the copies) and set `backups[].encrypted: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return phiBackups(stack).map(({ backup, index: i, phiStores: phi }): Finding => {
      const path = toPointer('backups', i, 'encrypted');
      if (backup.encrypted === true) {
        return { status: 'pass', subject: backup.name, path, message: `${backup.name} copies PHI and its copies are encrypted.`, evidence: { encrypted: true, covers: phi } };
      }
      return { status: 'fail', subject: backup.name, path, message: `${backup.name} copies PHI (${phi.join(', ')}) but its copies are not encrypted.`, evidence: { encrypted: false, covers: phi } };
    });
  },
});
