import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the nightly backup goes offsite to VaultBackup',
    expect: [['Nightly encrypted backup', 'pass', /offsite \(VaultBackup\)/]],
  },
  {
    name: 'a PHI backup kept on site, and an on-site backup of a store with no PHI',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups![0]!.offsite = false;
      s.backups!.push({ name: 'Marketing copy', covers: ['Marketing drive'], offsite: false, encrypted: true });
    },
    expect: [['Nightly encrypted backup', 'fail', /keeps no copy away from the practice/]],
  },
  {
    name: 'an offsite backup with no destination named',
    edit: (s) => {
      delete s.backups![0]!.destination;
    },
    expect: [['Nightly encrypted backup', 'pass', /offsite\.$/]],
  },
  {
    name: 'no backups section',
    stack: { backups: undefined },
    expect: [],
  },
]);
