import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the nightly backup covers both PHI stores',
    expect: [
      ['ChartCloud EHR', 'pass', /covered by the backup 'Nightly encrypted backup'/],
      ['Reception PC', 'pass', /Nightly encrypted backup/],
    ],
  },
  {
    name: 'vendor backups under a BAA, one not yet confirmed, and stores nothing backs up',
    stack: {
      data_stores: [
        { name: 'ChartCloud EHR', vendor: 'ChartCloud', type: 'cloud', phi: true, vendor_backup: true },
        { name: 'Photo cloud', vendor: 'ChartCloud', type: 'cloud', phi: true },
        { name: 'Vault archive', vendor: 'VaultBackup', type: 'cloud', phi: true, vendor_backup: false },
        { name: 'Hosted server', vendor: 'ChartCloud', type: 'server', phi: true, vendor_backup: true },
        { name: 'Shared drive', type: 'cloud', phi: true },
        { name: 'Reception PC', type: 'workstation', phi: true },
        { name: 'Lobby kiosk', type: 'workstation', phi: false },
      ],
      backups: [],
    },
    expect: [
      ['ChartCloud EHR', 'pass', /^ChartCloud EHR holds PHI and is backed up by ChartCloud under its BAA\.$/],
      ['Photo cloud', 'manual', /^Photo cloud is run by ChartCloud under a BAA; confirm in writing that the vendor backs it up and can restore it, then set vendor_backup: true, or add it to a backup's covers\.$/],
      ['Vault archive', 'manual', /run by VaultBackup under a BAA/],
      ['Hosted server', 'fail', /vendor_backup only counts/],
      ['Shared drive', 'fail', /no backup covers it\.$/],
      ['Reception PC', 'fail', /^Reception PC holds PHI but no backup covers it\.$/],
    ],
  },
  {
    name: 'a backup job wins over a vendor backup',
    edit: (s) => {
      s.data_stores![0]!.vendor_backup = true;
    },
    expect: [
      ['ChartCloud EHR', 'pass', /Nightly encrypted backup/],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'a vendor backup counts on the last day of the BAA',
    edit: (s) => {
      s.backups = [];
      s.vendors![0]!.baa!.expires = '2026-11-28';
      s.data_stores![0]!.vendor_backup = true;
    },
    expect: [
      ['ChartCloud EHR', 'pass', /backed up by ChartCloud/],
      ['Reception PC', 'fail'],
    ],
  },
  {
    name: 'a vendor backup does not count once the BAA has expired',
    edit: (s) => {
      s.backups = [];
      s.vendors![0]!.baa!.expires = '2026-11-27';
      s.data_stores![0]!.vendor_backup = true;
    },
    expect: [
      ['ChartCloud EHR', 'fail', /vendor_backup only counts/],
      ['Reception PC', 'fail'],
    ],
  },
  {
    name: 'a vendor backup does not count without a signed BAA, or with one dated after the audit',
    stack: {
      vendors: [
        { name: 'Dropbox', phi: true },
        { name: 'Box', phi: true, baa: { signed: '2026-12-01' } },
      ],
      data_stores: [
        { name: 'Dropbox files', vendor: 'Dropbox', type: 'cloud', phi: true, vendor_backup: true },
        { name: 'Box files', vendor: 'Box', type: 'cloud', phi: true },
      ],
      messaging: [],
      backups: [],
    },
    expect: [
      ['Dropbox files', 'fail', /vendor_backup only counts/],
      ['Box files', 'fail'],
    ],
  },
  {
    name: 'no data_stores section',
    stack: { data_stores: undefined, backups: undefined },
    expect: [],
  },
]);
