import { cases } from '../../helpers/cases.js';

const ASSETS = 'Technology asset inventory';
const MAP = 'Network map';

export default cases([
  {
    name: 'both records are on file and were reviewed in February',
    expect: [
      [ASSETS, 'pass', /^The technology asset inventory evidence\/technology-asset-inventory\.pdf is on file and was reviewed on 2026-02-01; the next review is due by 2027-02-01\.$/],
      [MAP, 'pass', /^The network map evidence\/network-map\.pdf is on file and was reviewed on 2026-02-01/],
    ],
  },
  {
    name: 'no inventory section',
    stack: { inventory: undefined },
    expect: [
      [ASSETS, 'fail', /^No written technology asset inventory is on record \(`inventory\.assets` is not set\)\.$/],
      [MAP, 'fail', /^No written network map is on record \(`inventory\.network_map` is not set\)\.$/],
    ],
  },
  {
    name: 'an empty inventory section',
    stack: { inventory: {} },
    expect: [
      [ASSETS, 'fail', /is not set/],
      [MAP, 'fail', /is not set/],
    ],
  },
  {
    name: 'records with no document',
    edit: (s) => {
      delete s.inventory!.assets!.document;
      s.inventory!.network_map = {};
    },
    expect: [
      [ASSETS, 'fail', /^The technology asset inventory has no document: `inventory\.assets\.document` does not name the written technology asset inventory\.$/],
      [MAP, 'fail', /network map has no document/],
    ],
  },
  {
    name: 'a document that is not found next to the stack file',
    facts: {
      documents: {
        'evidence/technology-asset-inventory.pdf': { path: 'evidence/technology-asset-inventory.pdf', exists: false, kind: 'missing' },
        'evidence/network-map.pdf': { path: 'evidence/network-map.pdf', exists: true, kind: 'file', bytes: 100, sha256: 'a'.repeat(64) },
      },
    },
    expect: [
      [ASSETS, 'fail', /^The technology asset inventory evidence\/technology-asset-inventory\.pdf is referenced but not found next to the stack file\.$/],
      [MAP, 'pass'],
    ],
  },
  {
    name: 'a document missing from the gathered facts counts as not found',
    facts: { documents: {} },
    expect: [
      [ASSETS, 'fail', /referenced but not found/],
      [MAP, 'fail', /^The network map evidence\/network-map\.pdf is referenced but not found next to the stack file\.$/],
    ],
  },
  {
    name: 'a directory, and a document that could not be read',
    facts: {
      documents: {
        'evidence/technology-asset-inventory.pdf': { path: 'evidence/technology-asset-inventory.pdf', exists: false, kind: 'directory', error: 'a directory, not a file' },
        'evidence/network-map.pdf': { path: 'evidence/network-map.pdf', exists: true, kind: 'unreadable', error: 'EACCES' },
      },
    },
    expect: [
      [ASSETS, 'fail', /is not on file: it was not read and hashed \(a directory, not a file\)\.$/],
      [MAP, 'error', /could not be read \(EACCES\)/],
    ],
  },
  {
    name: 'no review date (absent), and a null one',
    edit: (s) => {
      delete s.inventory!.assets!.reviewed;
      s.inventory!.network_map!.reviewed = null;
    },
    expect: [
      [ASSETS, 'fail', /has no review date \(`inventory\.assets\.reviewed`\)/],
      [MAP, 'fail', /has no review date/],
    ],
  },
  {
    name: 'reviewed exactly 12 months before the audit, and 12 months less a day',
    edit: (s) => {
      s.inventory!.assets!.reviewed = '2025-11-28';
      s.inventory!.network_map!.reviewed = '2025-11-29';
    },
    expect: [
      [ASSETS, 'pass', /the next review is due by 2026-11-28/],
      [MAP, 'pass', /the next review is due by 2026-11-29/],
    ],
  },
  {
    name: 'reviewed 12 months and one day before the audit',
    edit: (s) => {
      s.inventory!.assets!.reviewed = '2025-11-27';
      s.inventory!.network_map!.reviewed = '2024-06-01';
    },
    expect: [
      [ASSETS, 'fail', /^The technology asset inventory was last reviewed on 2025-11-27; the proposed rule would require a review every 12 months, so it was due by 2026-11-27\.$/],
      [MAP, 'fail', /due by 2025-06-01/],
    ],
  },
  {
    name: 'a review date after the audit day',
    edit: (s) => {
      s.inventory!.assets!.reviewed = '2026-11-29';
    },
    expect: [
      [ASSETS, 'fail', /reviewed on 2026-11-29, after the audit day 2026-11-28: the date cannot be right/],
      [MAP, 'pass'],
    ],
  },
  {
    name: 'a missing document is reported before an overdue review',
    edit: (s) => {
      s.inventory!.network_map!.reviewed = '2020-01-01';
    },
    facts: { documents: { 'evidence/technology-asset-inventory.pdf': { path: 'evidence/technology-asset-inventory.pdf', exists: true, kind: 'file', bytes: 10, sha256: 'b'.repeat(64) } } },
    expect: [
      [ASSETS, 'pass'],
      [MAP, 'fail', /referenced but not found/],
    ],
  },
]);
