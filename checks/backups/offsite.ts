import { defineCheck, phiBackups, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'backups.offsite',
    title: 'Every backup of PHI keeps copies offsite',
    area: 'backups',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)'],
    obligation: 'practice',
    basis:
      'NIST SP 800-34 Rev. 1 (contingency planning: store backups offsite) and the HHS 405(d) Health Industry Cybersecurity Practices',
    rationale:
      'Disaster recovery needs a copy that survives the practice: a fire, flood, burglary or ransomware that takes out the office also takes out a backup kept next to the computers.',
    remediation:
      'Send copies to a place away from the practice (a backup service under a BAA, or encrypted drives rotated off site) and set `backups[].offsite: true`.',
    needs: ['stack'],
  },
  run({ stack }) {
    return phiBackups(stack).map(({ backup, index: i }): Finding => {
      const path = toPointer('backups', i, 'offsite');
      if (backup.offsite === true) {
        return { status: 'pass', subject: backup.name, path, message: `${backup.name} keeps copies of PHI offsite${backup.destination ? ` (${backup.destination})` : ''}.`, evidence: { offsite: true, destination: backup.destination ?? null } };
      }
      return { status: 'fail', subject: backup.name, path, message: `${backup.name} copies PHI but keeps no copy away from the practice.`, evidence: { offsite: false, destination: backup.destination ?? null } };
    });
  },
});
