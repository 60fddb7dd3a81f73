import type { DocumentFact } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';

const CHARTCLOUD = 'evidence/baa-chartcloud.pdf';
const VAULT = 'evidence/baa-vaultbackup.pdf';
const SHA = 'a'.repeat(64);
/** A document the gather step read and hashed: the only kind that is on file. */
const hashed = (path: string): DocumentFact => ({ path, exists: true, kind: 'file', bytes: 1200, sha256: SHA });
/** ChartCloud's document as given, VaultBackup's on file. */
const chartcloud = (fact: Omit<DocumentFact, 'path'>) => ({ documents: { [CHARTCLOUD]: { path: CHARTCLOUD, ...fact }, [VAULT]: hashed(VAULT) } });

export default cases([
  {
    name: 'both BAA documents are on file',
    facts: { documents: { [CHARTCLOUD]: hashed(CHARTCLOUD), [VAULT]: hashed(VAULT) } },
    expect: [
      ['ChartCloud', 'pass', /evidence\/baa-chartcloud\.pdf is on file/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a BAA document that is missing; one the gather step did not look up',
    facts: { documents: { [CHARTCLOUD]: { path: CHARTCLOUD, exists: false } } },
    expect: [
      ['ChartCloud', 'warn', /^ChartCloud's BAA document evidence\/baa-chartcloud\.pdf is referenced but not found next to the stack file\.$/],
    ],
  },
  {
    name: 'a directory (e.g. /etc) is not a document',
    facts: chartcloud({ exists: false, kind: 'directory', error: 'a directory, not a file' }),
    expect: [
      ['ChartCloud', 'fail', /^ChartCloud's BAA document evidence\/baa-chartcloud\.pdf is not on file: it is a directory, not a file\.$/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a device or a FIFO is not a document',
    facts: chartcloud({ exists: false, kind: 'special', error: 'a FIFO (named pipe), not a regular file' }),
    expect: [
      ['ChartCloud', 'fail', /is not on file: it is a FIFO \(named pipe\), not a regular file\.$/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a file too large to hash is not on file',
    facts: chartcloud({ exists: true, kind: 'too-large', error: '70.0 MiB, over the 64 MiB limit for a document' }),
    expect: [
      ['ChartCloud', 'fail', /is not on file: it is 70\.0 MiB, over the 64 MiB limit for a document, so it was not hashed/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a name containing a NUL byte names no file',
    facts: chartcloud({ exists: false, kind: 'invalid-name', error: 'the name contains a NUL byte' }),
    expect: [
      ['ChartCloud', 'fail', /no file can have this name \(the name contains a NUL byte\)/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: "a path outside the stack file's folder is not followed",
    facts: chartcloud({ exists: false, kind: 'outside', error: "outside the stack file's folder /srv/clinic (allowed only with --allow-outside)" }),
    expect: [
      ['ChartCloud', 'fail', /it was not read, as it is outside the stack file's folder \/srv\/clinic \(allowed only with --allow-outside\)/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a document that cannot be read is an error, never a pass',
    facts: chartcloud({ exists: true, kind: 'unreadable', error: 'EACCES' }),
    expect: [
      ['ChartCloud', 'error', /could not be read \(EACCES\)/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a fact that says it exists but carries no hash was not read: not on file',
    facts: chartcloud({ exists: true, bytes: 100 }),
    expect: [
      ['ChartCloud', 'fail', /is not on file: it was not read and hashed\.$/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a vendor that names no BAA document',
    edit: (s) => {
      delete s.vendors![0]!.baa!.document;
    },
    facts: { documents: { [VAULT]: hashed(VAULT) } },
    expect: [
      ['ChartCloud', 'warn', /^ChartCloud's BAA is recorded as signed on \d{4}-\d{2}-\d{2}, but no copy is referenced: give the signed document's path in `baa\.document`\.$/],
      ['VaultBackup', 'pass'],
    ],
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
