import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'both BAA documents are on file',
    expect: [
      ['ChartCloud', 'pass', /evidence\/baa-chartcloud\.pdf is on file/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a BAA document that is missing; one the gather step did not look up',
    facts: { documents: { 'evidence/baa-chartcloud.pdf': { path: 'evidence/baa-chartcloud.pdf', exists: false } } },
    expect: [
      ['ChartCloud', 'warn', /^ChartCloud's BAA document evidence\/baa-chartcloud\.pdf is referenced but not found next to the stack file\.$/],
    ],
  },
  {
    name: 'a vendor that names no BAA document',
    edit: (s) => {
      delete s.vendors![0]!.baa!.document;
    },
    expect: [['VaultBackup', 'pass']],
  },
  {
    name: 'a non-PHI vendor that files a BAA anyway is checked too',
    stack: {
      vendors: [
        { name: 'Mailchimp', phi: false, baa: { signed: '2024-01-01', document: 'evidence/mailchimp.pdf' } },
        { name: 'Backblaze', phi: true, baa: null },
      ],
      data_stores: [],
      messaging: [],
      backups: [],
    },
    facts: { documents: { 'evidence/mailchimp.pdf': { path: 'evidence/mailchimp.pdf', exists: false } } },
    expect: [['Mailchimp', 'warn', /evidence\/mailchimp\.pdf is referenced but not found/]],
  },
  {
    name: 'no document facts gathered',
    facts: { documents: {} },
    expect: [],
  },
]);
